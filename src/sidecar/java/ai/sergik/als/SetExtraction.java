package ai.sergik.als;

import ai.sergik.als.SetBuilders.ClipBuilder;
import ai.sergik.als.SetBuilders.DeviceBuilder;
import ai.sergik.als.SetBuilders.Tally;
import ai.sergik.als.SetBuilders.TrackBuilder;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The state of one pass over one document: the open elements, the header, and what the set holds (tracks, devices,
 * clips, locators here; samples in {@link SampleReading}, tempo and time signature in {@link TempoReading}). Lists
 * stop at {@link AlsLimits#maxListedItems()}; counts go on. The tests that run for every element of a set stay in
 * this class, in one dispatch over the shared element path: spread over classes that each test every element, the
 * pass cost a cold scan about a tenth more CPU in JIT compilation. The helpers are called only inside a sample
 * reference or on the main track.
 */
final class SetExtraction {
  private final AlsLimits limits;
  private final int maxListed;
  private final String[] path;
  private int depth;
  private boolean truncated;
  private XMLStreamReader r;

  // header
  private boolean sawRoot;
  private boolean sawLiveSet;
  private String creator;
  private int majorVersion = -1;
  private String minorVersion;

  // tracks
  private final List<TrackBuilder> tracks = new ArrayList<>();
  private TrackBuilder track;
  private int trackLevel = -1;
  private int freezeLevel = -1;
  private int slotIndex = -1;
  private final Tally tally = new Tally();

  // devices
  private final List<DeviceBuilder> devices = new ArrayList<>();
  private final ArrayList<DeviceBuilder> deviceStack = new ArrayList<>();
  private int deviceIndexInTrack;

  // clips
  private final List<Clip> clips = new ArrayList<>();
  private ClipBuilder clip;

  private final SampleReading samples;
  private final TempoReading tempo;

  // locators
  private final List<Locator> locators = new ArrayList<>();
  private double locatorTime;
  private String locatorName;
  private boolean inLocator;

  SetExtraction(AlsLimits limits) {
    this.limits = limits;
    this.maxListed = limits.maxListedItems();
    this.path = new String[limits.maxDepth() + 1];
    this.samples = new SampleReading(path, maxListed);
    this.tempo = new TempoReading(path);
  }

  boolean sawRoot() {
    return sawRoot;
  }

  /** " in <a/b/c>" for errors: where the reader was. */
  String where() {
    if (depth == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" in <");
    int from = Math.max(0, depth - 8);
    if (from > 0) {
      sb.append("…/");
    }
    for (int i = from; i < depth; i++) {
      if (i > from) sb.append('/');
      sb.append(path[i]);
    }
    return sb.append('>').toString();
  }

  void run(XMLStreamReader reader) throws XMLStreamException {
    this.r = reader;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT -> start(reader.getLocalName());
        case XMLStreamConstants.END_ELEMENT -> end();
        case XMLStreamConstants.DTD ->
          throw new AlsParser.RefusedException(
              "the file declares a DOCTYPE; Live sets never do, and DTDs are refused so that no entity is expanded or fetched");
        case XMLStreamConstants.ENTITY_REFERENCE ->
          throw new AlsParser.RefusedException("entity reference &" + reader.getLocalName() + ";"
              + where() + " is refused; a Live set uses only the predefined XML entities");
        default -> {}
      }
    }
    if (!sawLiveSet) {
      throw new AlsParser.RefusedException(
          sawRoot
              ? "not a Live set: <Ableton> holds no <LiveSet> element"
              : "not a Live set: the document has no elements");
    }
  }

  private String value() {
    return r.getAttributeValue(null, "Value");
  }

  private boolean at(int level, String name) {
    return level >= 0 && level < depth && name.equals(path[level]);
  }

  private void start(String name) throws XMLStreamException {
    int level = depth;
    if (level >= limits.maxDepth()) {
      throw new AlsParser.RefusedException(
          "elements nest deeper than " + limits.maxDepth() + where() + " (AlsLimits.maxDepth)");
    }
    path[level] = name;
    depth = level + 1;

    if (level == 0) {
      if (!"Ableton".equals(name)) {
        throw new AlsParser.RefusedException(
            "not a Live set: the root element is <" + name + ">, expected <Ableton>");
      }
      sawRoot = true;
      creator = r.getAttributeValue(null, "Creator");
      minorVersion = r.getAttributeValue(null, "MinorVersion");
      majorVersion = AlsParser.parseInt(r.getAttributeValue(null, "MajorVersion"), -1);
      return;
    }
    if (level == 1) {
      if ("LiveSet".equals(name)) {
        sawLiveSet = true;
      }
      return;
    }
    if (!sawLiveSet || !"LiveSet".equals(path[1])) {
      return;
    }
    if ("FreezeSequencer".equals(name) && freezeLevel < 0) {
      freezeLevel = level;
      return;
    }
    if (level == 2) {
      if ("MasterTrack".equals(name) || "MainTrack".equals(name)) {
        beginTrack(TrackType.MAIN, level);
      }
      return;
    }
    if (level == 3 && "Tracks".equals(path[2])) {
      TrackType type = TrackType.ofTracksChild(name);
      if (type != null) {
        beginTrack(type, level);
      }
      return;
    }
    if (level <= 5 && "Locators".equals(path[2])) {
      locatorStart(level, name);
      return;
    }
    if ("SampleRef".equals(name)) {
      if (freezeLevel < 0) {
        samples.begin(level);
      }
      return;
    }
    if (samples.open()) {
      if (samples.field(r, level, name)) {
        depth--; // getElementText consumed the end tag
      }
      return;
    }
    if (track == null) {
      return;
    }
    trackField(level, name);
  }

  private void beginTrack(TrackType type, int level) {
    tally.track(type);
    track = new TrackBuilder(
        tracks.size(), type, AlsParser.parseInt(r.getAttributeValue(null, "Id"), -1));
    trackLevel = level;
    slotIndex = -1;
    deviceIndexInTrack = 0;
  }

  private void trackField(int level, String name) throws XMLStreamException {
    int rel = level - trackLevel;
    if (rel == 1) {
      switch (name) {
        case "ColorIndex", "Color" -> track.color = AlsParser.parseInt(value(), -1);
        case "TrackGroupId" -> track.groupId = AlsParser.parseInt(value(), -1);
        case "Freeze" -> track.frozen = "true".equals(value());
        default -> {}
      }
      return;
    }
    if (rel == 2 && "Name".equals(path[trackLevel + 1])) {
      if ("EffectiveName".equals(name)) {
        track.name = value();
      } else if ("UserName".equals(name)) {
        track.userName = value();
      }
      return;
    }
    if (freezeLevel >= 0) {
      return;
    }
    if (clip != null) {
      clipField(level, name);
      return;
    }
    if ("MidiClip".equals(name) || "AudioClip".equals(name)) {
      ClipLocation location = clipLocation(level);
      if (location != null) {
        tally.clip(location);
        clip = new ClipBuilder(
            level,
            location,
            "MidiClip".equals(name),
            location == ClipLocation.SESSION ? slotIndex : -1,
            AlsParser.parseDouble(r.getAttributeValue(null, "Time"), 0));
      }
      return;
    }
    if ("ClipSlot".equals(name) && "ClipSlotList".equals(path[level - 1])) {
      slotIndex++;
      return;
    }
    if (level >= 2
        && "Devices".equals(path[level - 1])
        && path[level - 2].endsWith("DeviceChain")) {
      beginDevice(level, name);
      return;
    }
    if (!deviceStack.isEmpty()) {
      deviceField(level, name);
    }
    if (track.type == TrackType.MAIN) {
      tempo.start(r, level, name, rel);
    }
  }

  private ClipLocation clipLocation(int level) {
    if (level < trackLevel + 4) {
      return null;
    }
    String parent = path[level - 1];
    if ("Value".equals(parent)) {
      return at(level - 2, "ClipSlot") && at(level - 3, "ClipSlot") ? ClipLocation.SESSION : null;
    }
    if (!"Events".equals(parent)) {
      return null;
    }
    if (at(level - 2, "ArrangerAutomation")
        && (at(level - 3, "ClipTimeable") || at(level - 3, "Sample"))
        && at(level - 4, "MainSequencer")) {
      return ClipLocation.ARRANGEMENT;
    }
    if (at(level - 2, "ClipAutomation") && at(level - 3, "TakeLane")) {
      return ClipLocation.TAKE_LANE;
    }
    return null;
  }

  private void clipField(int level, String name) {
    int rel = level - clip.level;
    if (rel == 1) {
      switch (name) {
        case "Name" -> clip.name = value();
        case "CurrentStart" -> clip.start = AlsParser.parseDouble(value(), 0);
        case "CurrentEnd" -> clip.end = AlsParser.parseDouble(value(), 0);
        default -> {}
      }
    } else if (rel == 2 && "Loop".equals(path[clip.level + 1])) {
      switch (name) {
        case "LoopStart" -> clip.loopStart = AlsParser.parseDouble(value(), 0);
        case "LoopEnd" -> clip.loopEnd = AlsParser.parseDouble(value(), 0);
        case "LoopOn" -> clip.loopOn = "true".equals(value());
        default -> {}
      }
    }
  }

  private void beginDevice(int level, String name) {
    DeviceBuilder parent = deviceStack.isEmpty() ? null : deviceStack.get(deviceStack.size() - 1);
    DeviceBuilder d = new DeviceBuilder(
        level,
        track.index,
        deviceIndexInTrack++,
        name,
        parent == null ? -1 : parent.index,
        parent == null ? -1 : parent.currentChain,
        deviceStack.size());
    deviceStack.add(d);
    tally.devices++;
    if (devices.size() < maxListed) {
      devices.add(d);
    } else {
      truncated = true;
    }
  }

  private void deviceField(int level, String name) {
    DeviceBuilder d = deviceStack.get(deviceStack.size() - 1);
    int rel = level - d.level;
    if (rel == 1) {
      if ("UserName".equals(name)) {
        d.userName = value();
      }
    } else if (rel == 2) {
      String parent = path[level - 1];
      if (("Branches".equals(parent) || "ReturnBranches".equals(parent))
          && name.endsWith("Branch")) {
        d.rack = true;
        d.currentChain = d.chains++;
      } else if ("PluginDesc".equals(parent)) {
        switch (name) {
          case "VstPluginInfo" -> d.kind = DeviceKind.VST2;
          case "Vst3PluginInfo" -> d.kind = DeviceKind.VST3;
          case "AuPluginInfo" -> d.kind = DeviceKind.AU;
          default -> {}
        }
      }
    } else if (rel == 3 && "PluginDesc".equals(path[d.level + 1])) {
      switch (name) {
        case "PlugName" -> d.pluginName = AlsParser.first(d.pluginName, value());
        case "Name" -> d.pluginName = AlsParser.first(d.pluginName, value());
        case "FileName", "Path" -> d.pluginFile = AlsParser.first(d.pluginFile, value());
        case "Manufacturer" -> d.vendor = AlsParser.first(d.vendor, value());
        default -> {}
      }
    } else if (rel >= 3
        && d.maxForLive
        && "PatchSlot".equals(path[d.level + 1])
        && "FileRef".equals(path[level - 1])) {
      switch (name) {
        case "Path" -> d.pluginFile = AlsParser.first(d.pluginFile, value());
        case "Name" -> d.patchName = AlsParser.first(d.patchName, value());
        default -> {}
      }
    }
  }

  private void locatorStart(int level, String name) {
    if (level == 4 && "Locator".equals(name) && "Locators".equals(path[3])) {
      inLocator = true;
      locatorTime = 0;
      locatorName = "";
    } else if (level == 5 && inLocator) {
      if ("Time".equals(name)) {
        locatorTime = AlsParser.parseDouble(value(), 0);
      } else if ("Name".equals(name)) {
        locatorName = value();
      }
    }
  }

  private void end() {
    int level = --depth;
    if (level < 0) {
      depth = 0;
      return;
    }
    if (level == freezeLevel) {
      freezeLevel = -1;
    }
    samples.end(level);
    if (clip != null && level == clip.level) {
      if (clips.size() < maxListed) {
        clips.add(clip.build(track.index));
      } else {
        truncated = true;
      }
      clip = null;
    }
    if (!deviceStack.isEmpty() && level == deviceStack.get(deviceStack.size() - 1).level) {
      DeviceBuilder d = deviceStack.remove(deviceStack.size() - 1);
      if (d.kind.isPlugin()) tally.plugins++;
      if (d.maxForLive) tally.maxForLive++;
    }
    tempo.end(level);
    if (inLocator && level == 4) {
      inLocator = false;
      if (locators.size() < maxListed) {
        locators.add(new Locator(locatorTime, locatorName));
      } else {
        truncated = true;
      }
    }
    if (track != null && level == trackLevel) {
      if (tracks.size() < maxListed) {
        tracks.add(track);
      } else {
        truncated = true;
      }
      track = null;
      trackLevel = -1;
      deviceStack.clear();
    }
  }

  LiveSet result(long xmlBytes) {
    List<Device> builtDevices = new ArrayList<>(devices.size());
    for (DeviceBuilder d : devices) builtDevices.add(d.build());
    return new LiveSet(
        creator,
        AlsParser.productVersion(creator),
        majorVersion,
        minorVersion,
        tempo.tempo(),
        tempo.timeSignature(),
        locators,
        SetBuilders.tracks(tracks),
        builtDevices,
        clips,
        samples.files(),
        tally.build(samples.references(), samples.unique()),
        xmlBytes,
        truncated || samples.truncated());
  }
}
