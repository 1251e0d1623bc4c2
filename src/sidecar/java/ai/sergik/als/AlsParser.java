package ai.sergik.als;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Live set (.als: gzip around XML) in one streaming pass, never holding the document.
 *
 * <p>Elements are recognised by where they sit, not by the version in the header: a set saved by
 * 10.1.3 may already use Live 11 names, so both old and new shapes are looked for in every file
 * ({@code MasterTrack}/{@code MainTrack}, {@code ColorIndex}/{@code Color}, tempo automation inside
 * the parameter or on the main track, {@code FileRef/Path} or folder lists). The same name occurs at
 * many depths ({@code DeviceChain/DeviceChain}, {@code ClipSlot/ClipSlot}, {@code Events}), so every
 * test looks at the path of open elements rather than at a name alone.
 *
 * <p>A DOCTYPE is refused outright: Live never writes one, and refusing it means no entity is ever
 * expanded or fetched. Byte limits are enforced by {@link GuardedInput}, nesting here.
 *
 * <p>Instances are immutable and thread-safe; each call parses independently.
 */
public final class AlsParser {
  private final AlsLimits limits;
  private final XMLInputFactory factory;

  public AlsParser() {
    this(AlsLimits.DEFAULTS);
  }

  public AlsParser(AlsLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    this.factory = f;
  }

  public AlsLimits limits() {
    return limits;
  }

  /** Parses the set at {@code file}; the file name is the source named in errors. */
  public LiveSet parse(Path file) throws AlsFormatException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Parses a set from {@code raw} (gzip or plain XML). The caller closes {@code raw}; it is left open,
   * positioned after the bytes the parse needed.
   *
   * @throws AlsFormatException when the bytes are not a readable Live set; the message says why
   * @throws IOException when reading {@code raw} itself fails
   */
  public LiveSet parse(InputStream raw, String source) throws AlsFormatException, IOException {
    GuardedInput in = GuardedInput.open(source, raw, limits);
    XMLStreamReader reader;
    try {
      reader = factory.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw failure(source, in, null, e);
    }
    Extraction x = new Extraction(source, limits);
    try {
      x.run(reader);
    } catch (XMLStreamException e) {
      throw failure(source, in, x, e);
    } catch (RuntimeException e) {
      // The JDK reader reports some malformations (bad UTF-8, truncated input) as runtime exceptions.
      if (in.failure() != null) {
        throw new AlsFormatException(source, in.failure(), e);
      }
      throw new AlsFormatException(source, "unreadable XML" + x.where() + ": " + e, e);
    } finally {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // closing a reader that already failed has nothing more to report
      }
      in.close(); // frees the inflater now rather than at garbage collection; leaves raw open
    }
    if (in.failure() != null) {
      throw new AlsFormatException(source, in.failure());
    }
    return x.result(in.xmlBytes());
  }

  private static AlsFormatException failure(String source, GuardedInput in, Extraction x, XMLStreamException e) {
    if (in.failure() != null) {
      return new AlsFormatException(source, in.failure(), e);
    }
    if (e instanceof RefusedException) {
      return new AlsFormatException(source, e.getMessage(), e);
    }
    if (in.xmlBytes() == 0) {
      return new AlsFormatException(source, "not a Live set: the " + (in.isGzip() ? "gzip data holds" : "file holds")
          + " no XML at all", e);
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message, the location is added below.
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    String path = x == null ? "" : x.where();
    if (x != null && x.sawRoot() && message.toLowerCase(java.util.Locale.ROOT).contains("end of file")) {
      return new AlsFormatException(source, "the XML ends before the document is complete" + path + at
          + "; the file is truncated", e);
    }
    return new AlsFormatException(source, "malformed XML" + path + at + ": " + message.trim(), e);
  }

  /** Raised from inside the event loop for input that is well-formed but refused. */
  private static final class RefusedException extends XMLStreamException {
    RefusedException(String message) {
      super(message);
    }
  }

  /** The state of one pass over one document. */
  private static final class Extraction {
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

    Extraction(String source, AlsLimits limits) {
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
          case XMLStreamConstants.DTD -> throw new RefusedException(
              "the file declares a DOCTYPE; Live sets never do, and DTDs are refused so that no entity is expanded or fetched");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw new RefusedException(
              "entity reference &" + reader.getLocalName() + ";" + where() + " is refused; a Live set uses only the predefined XML entities");
          default -> { }
        }
      }
      if (!sawLiveSet) {
        throw new RefusedException(sawRoot
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
        throw new RefusedException("elements nest deeper than " + limits.maxDepth() + where() + " (AlsLimits.maxDepth)");
      }
      path[level] = name;
      depth = level + 1;

      if (level == 0) {
        if (!"Ableton".equals(name)) {
          throw new RefusedException("not a Live set: the root element is <" + name + ">, expected <Ableton>");
        }
        sawRoot = true;
        creator = r.getAttributeValue(null, "Creator");
        minorVersion = r.getAttributeValue(null, "MinorVersion");
        majorVersion = parseInt(r.getAttributeValue(null, "MajorVersion"), -1);
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
      track = new TrackBuilder(tracks.size(), type, parseInt(r.getAttributeValue(null, "Id"), -1));
      trackLevel = level;
      slotIndex = -1;
      deviceIndexInTrack = 0;
    }

    private void trackField(int level, String name) throws XMLStreamException {
      int rel = level - trackLevel;
      if (rel == 1) {
        switch (name) {
          case "ColorIndex", "Color" -> track.color = parseInt(value(), -1);
          case "TrackGroupId" -> track.groupId = parseInt(value(), -1);
          case "Freeze" -> track.frozen = "true".equals(value());
          default -> { }
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
          clip = new ClipBuilder(level, location, "MidiClip".equals(name),
              location == ClipLocation.SESSION ? slotIndex : -1, parseDouble(r.getAttributeValue(null, "Time"), 0));
        }
        return;
      }
      if ("ClipSlot".equals(name) && "ClipSlotList".equals(path[level - 1])) {
        slotIndex++;
        return;
      }
      if (level >= 2 && "Devices".equals(path[level - 1]) && path[level - 2].endsWith("DeviceChain")) {
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
      if (at(level - 2, "ArrangerAutomation") && (at(level - 3, "ClipTimeable") || at(level - 3, "Sample"))
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
          case "CurrentStart" -> clip.start = parseDouble(value(), 0);
          case "CurrentEnd" -> clip.end = parseDouble(value(), 0);
          default -> { }
        }
      } else if (rel == 2 && "Loop".equals(path[clip.level + 1])) {
        switch (name) {
          case "LoopStart" -> clip.loopStart = parseDouble(value(), 0);
          case "LoopEnd" -> clip.loopEnd = parseDouble(value(), 0);
          case "LoopOn" -> clip.loopOn = "true".equals(value());
          default -> { }
        }
      }
    }

    private void beginDevice(int level, String name) {
      DeviceBuilder parent = deviceStack.isEmpty() ? null : deviceStack.get(deviceStack.size() - 1);
      DeviceBuilder d = new DeviceBuilder(level, track.index, deviceIndexInTrack++, name,
          parent == null ? -1 : parent.index, parent == null ? -1 : parent.currentChain, deviceStack.size());
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
      } else if (rel == 3 && "PluginDesc".equals(path[d.level + 1])) {
        switch (name) {
          case "PlugName" -> d.pluginName = first(d.pluginName, value());
          case "Name" -> d.pluginName = first(d.pluginName, value());
          case "FileName", "Path" -> d.pluginFile = first(d.pluginFile, value());
          case "Manufacturer" -> d.vendor = first(d.vendor, value());
          default -> { }
        }
      } else if (rel >= 3 && d.maxForLive && "PatchSlot".equals(path[d.level + 1]) && "FileRef".equals(path[level - 1])) {
        switch (name) {
          case "Path" -> d.pluginFile = first(d.pluginFile, value());
          case "Name" -> d.patchName = first(d.patchName, value());
          default -> { }
        }
      }
    }

    private void mainTrackField(int level, String name, int rel) {
      // tempo and time signature: …/Mixer/Tempo (DeviceChain/Mixer from 9, MasterChain/Mixer in 8)
      if (param == null && ("Tempo".equals(name) || "TimeSignature".equals(name)) && "Mixer".equals(path[level - 1]) && rel == 3) {
        param = new ParamBuilder(level);
        if ("Tempo".equals(name)) tempo = param; else timeSignature = param;
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
        } else if (prel == 3 && "ArrangerAutomation".equals(path[param.level + 1]) && "Events".equals(path[level - 1])) {
          param.events++;
          if (param.first == null) param.first = value();
        }
        return;
      }
      // Live 10+: automation lives on the main track, linked to the parameter by PointeeId.
      if (rel == 3 && "AutomationEnvelope".equals(name) && "Envelopes".equals(path[level - 1])
          && "AutomationEnvelopes".equals(path[level - 2])) {
        envelope = new EnvelopeBuilder(level);
        return;
      }
      if (envelope != null) {
        int erel = level - envelope.level;
        if (erel == 2 && "PointeeId".equals(name) && "EnvelopeTarget".equals(path[level - 1])) {
          envelope.pointee = value();
        } else if (erel == 3 && "Events".equals(path[level - 1]) && "Automation".equals(path[level - 2])) {
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
          case "RelativePathType" -> sample.relativePathType = parseInt(value(), -1);
          case "Name" -> sample.name = value();
          case "Data" -> {
            String hex = r.getElementText();
            depth--; // getElementText consumed the end tag
            sample.data = hex;
          }
          default -> { }
        }
      } else if (rel == 3 && "RelativePathElement".equals(name) && "RelativePath".equals(path[level - 1])) {
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
          locatorTime = parseDouble(value(), 0);
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
        samples.put(key, new SampleFile(seen.path(), seen.relativePath(), seen.relativePathType(), seen.fileName(), seen.uses() + 1));
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
        builtTracks.add(new Track(t.index, t.id, t.type, t.groupId, nesting,
            t.name != null ? t.name : t.userName, t.userName, t.color, t.frozen));
      }
      List<Device> builtDevices = new ArrayList<>(devices.size());
      for (DeviceBuilder d : devices) builtDevices.add(d.build());
      LiveSet.Counts c = new LiveSet.Counts(
          counts[TrackType.MIDI.ordinal()], counts[TrackType.AUDIO.ordinal()], counts[TrackType.GROUP.ordinal()],
          counts[TrackType.RETURN.ordinal()], deviceCount, pluginCount, maxForLiveCount,
          clipCounts[ClipLocation.SESSION.ordinal()], clipCounts[ClipLocation.ARRANGEMENT.ordinal()],
          clipCounts[ClipLocation.TAKE_LANE.ordinal()], sampleRefs, uniqueSamples);
      return new LiveSet(creator, productVersion(creator), majorVersion, minorVersion, tempo(), timeSignature(),
          locators, builtTracks, builtDevices, clips, new ArrayList<>(samples.values()), c, xmlBytes, truncated);
    }

    private Tempo tempo() {
      if (tempo == null) {
        return Tempo.UNKNOWN;
      }
      double manual = parseDouble(tempo.manual, Double.NaN);
      String first = tempo.first;
      int events = tempo.events;
      EnvelopeBuilder env = tempo.targetId == null ? null : mainEnvelopes.get(tempo.targetId);
      if (env != null && env.events > 0) {
        first = env.first;
        events = env.events;
      }
      boolean automated = events > 1;
      double start = parseDouble(first, Double.NaN);
      double bpm = automated || Double.isNaN(manual) ? (Double.isNaN(start) ? manual : start) : manual;
      return new Tempo(bpm, manual, automated, events);
    }

    private TimeSignature timeSignature() {
      if (timeSignature == null) {
        return TimeSignature.FOUR_FOUR;
      }
      String value = timeSignature.manual;
      EnvelopeBuilder env = timeSignature.targetId == null ? null : mainEnvelopes.get(timeSignature.targetId);
      if (env != null && env.first != null) {
        value = env.first; // Manual can stay 4/4 after the song was switched; the envelope's first event holds the truth
      } else if (value == null) {
        value = timeSignature.first;
      }
      int v = parseInt(value, 201);
      return v >= 0 && v <= TimeSignature.MAX_ENCODED ? new TimeSignature(v) : TimeSignature.FOUR_FOUR;
    }
  }

  static String productVersion(String creator) {
    if (creator == null) {
      return "";
    }
    String prefix = "Ableton Live ";
    return creator.startsWith(prefix) ? creator.substring(prefix.length()).trim() : creator.trim();
  }

  private static String first(String current, String candidate) {
    return current != null && !current.isEmpty() ? current : candidate;
  }

  static int parseInt(String s, int fallback) {
    if (s == null) return fallback;
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static double parseDouble(String s, double fallback) {
    if (s == null) return fallback;
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static final class TrackBuilder {
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

  private static final class DeviceBuilder {
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
        name = patchName != null && !patchName.isEmpty() ? patchName : fileName(pluginFile);
      } else if (userName != null && !userName.isEmpty()) {
        name = userName;
      } else {
        name = className;
      }
      return new Device(trackIndex, index, parent, chain, depth, className, k, name, pluginFile, vendor);
    }
  }

  private static String fileName(String path) {
    if (path == null) return "";
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  private static final class ClipBuilder {
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
      return new Clip(trackIndex, location, midi, slot, location == ClipLocation.SESSION ? 0 : time, name, start, end,
          loopStart, loopEnd, loopOn);
    }
  }

  private static final class SampleBuilder {
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
        fileName = fileName(path);
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

  private static final class ParamBuilder {
    final int level;
    String manual;
    String targetId;
    String first;
    int events;

    ParamBuilder(int level) {
      this.level = level;
    }
  }

  private static final class EnvelopeBuilder {
    final int level;
    String pointee;
    String first;
    int events;

    EnvelopeBuilder(int level) {
      this.level = level;
    }
  }
}
