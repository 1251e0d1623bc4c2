package ai.sergik.als;

import ai.sergik.als.SetBuilders.ClipBuilder;
import ai.sergik.als.SetBuilders.DeviceBuilder;
import ai.sergik.als.SetBuilders.EnvelopeBuilder;
import ai.sergik.als.SetBuilders.ParamBuilder;
import ai.sergik.als.SetBuilders.SampleBuilder;
import ai.sergik.als.SetBuilders.TrackBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The state of one pass over one document: the open elements, the header, and what the set holds (tracks, devices,
 * clips, samples, tempo and time signature, locators). Lists stop at {@link AlsLimits#maxListedItems()}; counts go
 * on. One class on purpose: its tests run for every element of a set, and split across classes by what they read
 * they cost a cold scan about a tenth more CPU, in JIT compilation (measured with farm-bench against this shape).
 */
final class SetExtraction {
  private final String source;
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
  private final int[] counts = new int[TrackType.values().length];

  // devices
  private final List<DeviceBuilder> devices = new ArrayList<>();
  private final ArrayList<DeviceBuilder> deviceStack = new ArrayList<>();
  private int deviceIndexInTrack;
  private int deviceCount;
  private int pluginCount;
  private int maxForLiveCount;

  // clips
  private final List<Clip> clips = new ArrayList<>();
  private ClipBuilder clip;
  private final int[] clipCounts = new int[ClipLocation.values().length];

  // samples
  private SampleBuilder sample;
  private int sampleRefs;
  private final Map<String, SampleFile> samples = new LinkedHashMap<>();
  private int uniqueSamples;

  // tempo and time signature (on the main track)
  private ParamBuilder tempo;
  private ParamBuilder timeSignature;
  private ParamBuilder param;
  private final Map<String, EnvelopeBuilder> mainEnvelopes = new HashMap<>();
  private EnvelopeBuilder envelope;

  // locators
  private final List<Locator> locators = new ArrayList<>();
  private double locatorTime;
  private String locatorName;
  private boolean inLocator;

  SetExtraction(String source, AlsLimits limits) {
    this.source = source;
    this.limits = limits;
    this.maxListed = limits.maxListedItems();
    this.path = new String[limits.maxDepth() + 1];
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
        sampleRefs++;
        sample = new SampleBuilder(level);
      }
      return;
    }
    if (sample != null) {
      sampleField(level, name);
      return;
    }
    if (track == null) {
      return;
    }
    trackField(level, name);
  }

  private void beginTrack(TrackType type, int level) {
    counts[type.ordinal()]++;
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
        clipCounts[location.ordinal()]++;
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
      mainTrackField(level, name, rel);
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
    deviceCount++;
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

  private void mainTrackField(int level, String name, int rel) {
    // tempo and time signature: …/Mixer/Tempo (DeviceChain/Mixer from 9, MasterChain/Mixer in 8)
    if (param == null
        && ("Tempo".equals(name) || "TimeSignature".equals(name))
        && "Mixer".equals(path[level - 1])
        && rel == 3) {
      param = new ParamBuilder(level);
      if ("Tempo".equals(name)) tempo = param;
      else timeSignature = param;
      return;
    }
    if (param != null) {
      int prel = level - param.level;
      if (prel == 1) {
        if ("Manual".equals(name)) {
          param.manual = value();
        } else if ("AutomationTarget".equals(name)) {
          param.targetId = r.getAttributeValue(null, "Id");
        }
      } else if (prel == 3
          && "ArrangerAutomation".equals(path[param.level + 1])
          && "Events".equals(path[level - 1])) {
        param.events++;
        if (param.first == null) param.first = value();
      }
      return;
    }
    // Live 10+: automation lives on the main track, linked to the parameter by PointeeId.
    if (rel == 3
        && "AutomationEnvelope".equals(name)
        && "Envelopes".equals(path[level - 1])
        && "AutomationEnvelopes".equals(path[level - 2])) {
      envelope = new EnvelopeBuilder(level);
      return;
    }
    if (envelope != null) {
      int erel = level - envelope.level;
      if (erel == 2 && "PointeeId".equals(name) && "EnvelopeTarget".equals(path[level - 1])) {
        envelope.pointee = value();
      } else if (erel == 3
          && "Events".equals(path[level - 1])
          && "Automation".equals(path[level - 2])) {
        envelope.events++;
        if (envelope.first == null) envelope.first = value();
      }
    }
  }

  private void sampleField(int level, String name) throws XMLStreamException {
    int rel = level - sample.level;
    if (rel < 2 || !"FileRef".equals(path[sample.level + 1])) {
      return;
    }
    if (rel == 2) {
      switch (name) {
        case "Path" -> sample.path = value();
        case "RelativePath" -> sample.relativePath = value();
        case "RelativePathType" -> sample.relativePathType = AlsParser.parseInt(value(), -1);
        case "Name" -> sample.name = value();
        case "Data" -> {
          String hex = r.getElementText();
          depth--; // getElementText consumed the end tag
          sample.data = hex;
        }
        default -> {}
      }
    } else if (rel == 3
        && "RelativePathElement".equals(name)
        && "RelativePath".equals(path[level - 1])) {
      String dir = r.getAttributeValue(null, "Dir");
      sample.folders.add(dir == null || dir.isEmpty() ? ".." : dir);
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
    if (sample != null && level == sample.level) {
      addSample(sample);
      sample = null;
    }
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
      if (d.kind.isPlugin()) pluginCount++;
      if (d.maxForLive) maxForLiveCount++;
    }
    if (param != null && level == param.level) {
      param = null;
    }
    if (envelope != null && level == envelope.level) {
      if (envelope.pointee != null) {
        mainEnvelopes.put(envelope.pointee, envelope);
      }
      envelope = null;
    }
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

  private void addSample(SampleBuilder s) {
    SampleFile file = s.build();
    String key = file.identity();
    SampleFile seen = samples.get(key);
    if (seen != null) {
      samples.put(
          key,
          new SampleFile(
              seen.path(),
              seen.relativePath(),
              seen.relativePathType(),
              seen.fileName(),
              seen.uses() + 1));
    } else {
      uniqueSamples++;
      if (samples.size() < maxListed) {
        samples.put(key, file);
      } else {
        truncated = true;
      }
    }
  }

  LiveSet result(long xmlBytes) {
    List<Track> builtTracks = new ArrayList<>(tracks.size());
    Map<Integer, TrackBuilder> groups = new HashMap<>();
    for (TrackBuilder t : tracks) {
      if (t.type == TrackType.GROUP) groups.put(t.id, t);
    }
    for (TrackBuilder t : tracks) {
      int nesting = 0;
      TrackBuilder g = groups.get(t.groupId);
      while (g != null && nesting < tracks.size()) {
        nesting++;
        g = groups.get(g.groupId);
      }
      builtTracks.add(new Track(
          t.index,
          t.id,
          t.type,
          t.groupId,
          nesting,
          t.name != null ? t.name : t.userName,
          t.userName,
          t.color,
          t.frozen));
    }
    List<Device> builtDevices = new ArrayList<>(devices.size());
    for (DeviceBuilder d : devices) builtDevices.add(d.build());
    LiveSet.Counts c = new LiveSet.Counts(
        counts[TrackType.MIDI.ordinal()],
        counts[TrackType.AUDIO.ordinal()],
        counts[TrackType.GROUP.ordinal()],
        counts[TrackType.RETURN.ordinal()],
        deviceCount,
        pluginCount,
        maxForLiveCount,
        clipCounts[ClipLocation.SESSION.ordinal()],
        clipCounts[ClipLocation.ARRANGEMENT.ordinal()],
        clipCounts[ClipLocation.TAKE_LANE.ordinal()],
        sampleRefs,
        uniqueSamples);
    return new LiveSet(
        creator,
        AlsParser.productVersion(creator),
        majorVersion,
        minorVersion,
        tempo(),
        timeSignature(),
        locators,
        builtTracks,
        builtDevices,
        clips,
        new ArrayList<>(samples.values()),
        c,
        xmlBytes,
        truncated);
  }

  private Tempo tempo() {
    if (tempo == null) {
      return Tempo.UNKNOWN;
    }
    double manual = AlsParser.parseDouble(tempo.manual, Double.NaN);
    String first = tempo.first;
    int events = tempo.events;
    EnvelopeBuilder env = tempo.targetId == null ? null : mainEnvelopes.get(tempo.targetId);
    if (env != null && env.events > 0) {
      first = env.first;
      events = env.events;
    }
    boolean automated = events > 1;
    double start = AlsParser.parseDouble(first, Double.NaN);
    double bpm =
        automated || Double.isNaN(manual) ? (Double.isNaN(start) ? manual : start) : manual;
    return new Tempo(bpm, manual, automated, events);
  }

  private TimeSignature timeSignature() {
    if (timeSignature == null) {
      return TimeSignature.FOUR_FOUR;
    }
    String value = timeSignature.manual;
    EnvelopeBuilder env =
        timeSignature.targetId == null ? null : mainEnvelopes.get(timeSignature.targetId);
    if (env != null && env.first != null) {
      value =
          env.first; // Manual can stay 4/4 after the song was switched; the envelope's first event
      // holds the truth
    } else if (value == null) {
      value = timeSignature.first;
    }
    int v = AlsParser.parseInt(value, 201);
    return v >= 0 && v <= TimeSignature.MAX_ENCODED
        ? new TimeSignature(v)
        : TimeSignature.FOUR_FOUR;
  }
}
