package ai.sergik.als;

import java.util.ArrayList;
import java.util.List;

/** What {@link SetExtraction} collects about one track, device, clip, sample reference, parameter or envelope. */
final class SetBuilders {
  private SetBuilders() {}

  static final class TrackBuilder {
    final int index;
    final TrackType type;
    final int id;
    int groupId = -1;
    int color = -1;
    boolean frozen;
    String name;
    String userName = "";

    TrackBuilder(int index, TrackType type, int id) {
      this.index = index;
      this.type = type;
      this.id = id;
    }
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

    DeviceBuilder(
        int level, int trackIndex, int index, String className, int parent, int chain, int depth) {
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
      DeviceKind k = maxForLive
          ? DeviceKind.MAX_FOR_LIVE
          : kind.isPlugin() ? kind : rack ? DeviceKind.RACK : DeviceKind.STOCK;
      String name;
      if (k.isPlugin() && pluginName != null && !pluginName.isEmpty()) {
        name = pluginName;
      } else if (k == DeviceKind.MAX_FOR_LIVE
          && (patchName != null && !patchName.isEmpty() || pluginFile != null)) {
        name =
            patchName != null && !patchName.isEmpty() ? patchName : AlsParser.fileName(pluginFile);
      } else if (userName != null && !userName.isEmpty()) {
        name = userName;
      } else {
        name = className;
      }
      return new Device(
          trackIndex, index, parent, chain, depth, className, k, name, pluginFile, vendor);
    }
  }

  static final class ClipBuilder {
    final int level;
    final ClipLocation location;
    final boolean midi;
    final int slot;
    final double time;
    String name;
    double start;
    double end;
    double loopStart;
    double loopEnd;
    boolean loopOn;

    ClipBuilder(int level, ClipLocation location, boolean midi, int slot, double time) {
      this.level = level;
      this.location = location;
      this.midi = midi;
      this.slot = slot;
      this.time = time;
    }

    Clip build(int trackIndex) {
      return new Clip(
          trackIndex,
          location,
          midi,
          slot,
          location == ClipLocation.SESSION ? 0 : time,
          name,
          start,
          end,
          loopStart,
          loopEnd,
          loopOn);
    }
  }

  static final class SampleBuilder {
    final int level;
    final List<String> folders = new ArrayList<>();
    String path;
    String relativePath;
    int relativePathType = -1;
    String name;
    String data;

    SampleBuilder(int level) {
      this.level = level;
    }

    SampleFile build() {
      String rel = relativePath;
      String fileName = name;
      if (path != null && !path.isEmpty()) {
        fileName = AlsParser.fileName(path);
      }
      if (rel == null || rel.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (String f : folders) {
          sb.append(f).append('/');
        }
        if (name != null) sb.append(name);
        rel = sb.toString();
      }
      String absolute = path;
      if ((absolute == null || absolute.isEmpty()) && data != null) {
        absolute = FileRefData.decodePath(data);
      }
      return new SampleFile(absolute, rel, relativePathType, fileName, 1);
    }
  }

  static final class ParamBuilder {
    final int level;
    String manual;
    String targetId;
    String first;
    int events;

    ParamBuilder(int level) {
      this.level = level;
    }
  }

  static final class EnvelopeBuilder {
    final int level;
    String pointee;
    String first;
    int events;

    EnvelopeBuilder(int level) {
      this.level = level;
    }
  }
}
