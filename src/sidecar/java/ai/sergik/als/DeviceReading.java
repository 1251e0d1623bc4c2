package ai.sergik.als;

import java.util.ArrayList;
import java.util.List;

/**
 * The devices of a set as a pass meets them, racks' chains included: each device's kind (stock, rack, plug-in format,
 * Max for Live), its name as Live shows it, plug-in file and vendor. Counted all, listed up to the limit.
 */
final class DeviceReading {
  private final ElementPath p;
  private final int maxListed;
  final List<DeviceBuilder> devices = new ArrayList<>();
  private final ArrayList<DeviceBuilder> stack = new ArrayList<>();
  private int indexInTrack;
  int count;
  int plugins;
  int maxForLive;
  boolean truncated;

  DeviceReading(ElementPath p, int maxListed) {
    this.p = p;
    this.maxListed = maxListed;
  }

  /** A new track: its devices count from 0. */
  void trackStarted() {
    indexInTrack = 0;
  }

  /** The track ended: no device is open any more. */
  void trackEnded() {
    stack.clear();
  }

  /** Whether a device is open: its fields are read. */
  boolean open() {
    return !stack.isEmpty();
  }

  /** Whether {@code level} is an element inside a device chain's device list, i.e. a device. */
  boolean isDevice(int level) {
    return level >= 2 && "Devices".equals(p.names[level - 1]) && p.names[level - 2].endsWith("DeviceChain");
  }

  void begin(int level, String name, int trackIndex) {
    DeviceBuilder parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    DeviceBuilder d = new DeviceBuilder(level, trackIndex, indexInTrack++, name,
        parent == null ? -1 : parent.index, parent == null ? -1 : parent.currentChain, stack.size());
    stack.add(d);
    count++;
    if (devices.size() < maxListed) {
      devices.add(d);
    } else {
      truncated = true;
    }
  }

  void field(int level, String name) {
    DeviceBuilder d = stack.get(stack.size() - 1);
    int rel = level - d.level;
    if (rel == 1) {
      if ("UserName".equals(name)) {
        d.userName = p.value();
      }
    } else if (rel == 2) {
      String parent = p.names[level - 1];
      if (("Branches".equals(parent) || "ReturnBranches".equals(parent)) && name.endsWith("Branch")) {
        d.rack = true;
        d.currentChain = d.chains++;
      } else if ("PluginDesc".equals(parent)) {
        switch (name) {
          case "VstPluginInfo" -> d.kind = DeviceKind.VST2;
          case "Vst3PluginInfo" -> d.kind = DeviceKind.VST3;
          case "AuPluginInfo" -> d.kind = DeviceKind.AU;
          default -> { }
        }
      }
    } else if (rel == 3 && "PluginDesc".equals(p.names[d.level + 1])) {
      switch (name) {
        case "PlugName" -> d.pluginName = first(d.pluginName, p.value());
        case "Name" -> d.pluginName = first(d.pluginName, p.value());
        case "FileName", "Path" -> d.pluginFile = first(d.pluginFile, p.value());
        case "Manufacturer" -> d.vendor = first(d.vendor, p.value());
        default -> { }
      }
    } else if (rel >= 3 && d.maxForLive && "PatchSlot".equals(p.names[d.level + 1]) && "FileRef".equals(p.names[level - 1])) {
      switch (name) {
        case "Path" -> d.pluginFile = first(d.pluginFile, p.value());
        case "Name" -> d.patchName = first(d.patchName, p.value());
        default -> { }
      }
    }
  }

  /** Closes the innermost open device when its element at {@code level} ends. */
  void end(int level) {
    if (!stack.isEmpty() && level == stack.get(stack.size() - 1).level) {
      DeviceBuilder d = stack.remove(stack.size() - 1);
      if (d.kind.isPlugin()) plugins++;
      if (d.maxForLive) maxForLive++;
    }
  }

  List<Device> build() {
    List<Device> built = new ArrayList<>(devices.size());
    for (DeviceBuilder d : devices) built.add(d.build());
    return built;
  }

  private static String first(String current, String candidate) {
    return current != null && !current.isEmpty() ? current : candidate;
  }

  static final class DeviceBuilder {
    final int level;
    final int trackIndex;
    final int index;
    final String className;
    final int parent;
    final int chain;
    final int depth;
    final boolean maxForLive;
    DeviceKind kind = DeviceKind.STOCK;
    boolean rack;
    int chains;
    int currentChain = -1;
    String userName;
    String pluginName;
    String pluginFile;
    String patchName;
    String vendor;

    DeviceBuilder(int level, int trackIndex, int index, String className, int parent, int chain, int depth) {
      this.level = level;
      this.trackIndex = trackIndex;
      this.index = index;
      this.className = className;
      this.parent = parent;
      this.chain = chain;
      this.depth = depth;
      this.maxForLive = className.startsWith("MxDevice");
    }

    Device build() {
      DeviceKind k = maxForLive ? DeviceKind.MAX_FOR_LIVE : kind.isPlugin() ? kind : rack ? DeviceKind.RACK : DeviceKind.STOCK;
      String name;
      if (k.isPlugin() && pluginName != null && !pluginName.isEmpty()) {
        name = pluginName;
      } else if (k == DeviceKind.MAX_FOR_LIVE && (patchName != null && !patchName.isEmpty() || pluginFile != null)) {
        name = patchName != null && !patchName.isEmpty() ? patchName : AlsParser.fileName(pluginFile);
      } else if (userName != null && !userName.isEmpty()) {
        name = userName;
      } else {
        name = className;
      }
      return new Device(trackIndex, index, parent, chain, depth, className, k, name, pluginFile, vendor);
    }
  }
}
