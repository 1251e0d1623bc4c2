package ai.sergik.als;

import ai.sergik.als.AlsParser.RefusedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The state of one pass over one document: the header and the tracks here, and the parts that live inside tracks
 * read by their own classes ({@link DeviceReading}, {@link ClipReading}, {@link SampleReading}, {@link TempoReading}),
 * all looking at one {@link ElementPath}. Lists stop at {@link AlsLimits#maxListedItems()}; counts go on.
 */
final class SetExtraction {
  private final AlsLimits limits;
  private final int maxListed;
  private final ElementPath p;

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
  private boolean truncated;

  private final DeviceReading devices;
  private final ClipReading clips;
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
    this.p = new ElementPath(limits.maxDepth());
    this.devices = new DeviceReading(p, maxListed);
    this.clips = new ClipReading(p, maxListed);
    this.samples = new SampleReading(p, maxListed);
    this.tempo = new TempoReading(p);
  }

  boolean sawRoot() {
    return sawRoot;
  }

  /** " in <a/b/c>" for errors: where the reader was. */
  String where() {
    return p.where();
  }

  void run(XMLStreamReader reader) throws XMLStreamException {
    p.reader = reader;
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

  private void start(String name) throws XMLStreamException {
    int level = p.depth;
    if (level >= limits.maxDepth()) {
      throw new RefusedException("elements nest deeper than " + limits.maxDepth() + where() + " (AlsLimits.maxDepth)");
    }
    p.names[level] = name;
    p.depth = level + 1;

    if (level == 0) {
      if (!"Ableton".equals(name)) {
        throw new RefusedException("not a Live set: the root element is <" + name + ">, expected <Ableton>");
      }
      sawRoot = true;
      creator = p.attribute("Creator");
      minorVersion = p.attribute("MinorVersion");
      majorVersion = AlsParser.parseInt(p.attribute("MajorVersion"), -1);
      return;
    }
    if (level == 1) {
      if ("LiveSet".equals(name)) {
        sawLiveSet = true;
      }
      return;
    }
    if (!sawLiveSet || !"LiveSet".equals(p.names[1])) {
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
    if (level == 3 && "Tracks".equals(p.names[2])) {
      TrackType type = TrackType.ofTracksChild(name);
      if (type != null) {
        beginTrack(type, level);
      }
      return;
    }
    if (level <= 5 && "Locators".equals(p.names[2])) {
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
      samples.field(level, name);
      return;
    }
    if (track == null) {
      return;
    }
    trackField(level, name);
  }

  private void beginTrack(TrackType type, int level) {
    counts[type.ordinal()]++;
    track = new TrackBuilder(tracks.size(), type, AlsParser.parseInt(p.attribute("Id"), -1));
    trackLevel = level;
    slotIndex = -1;
    devices.trackStarted();
  }

  private void trackField(int level, String name) {
    int rel = level - trackLevel;
    if (rel == 1) {
      switch (name) {
        case "ColorIndex", "Color" -> track.color = AlsParser.parseInt(p.value(), -1);
        case "TrackGroupId" -> track.groupId = AlsParser.parseInt(p.value(), -1);
        case "Freeze" -> track.frozen = "true".equals(p.value());
        default -> { }
      }
      return;
    }
    if (rel == 2 && "Name".equals(p.names[trackLevel + 1])) {
      if ("EffectiveName".equals(name)) {
        track.name = p.value();
      } else if ("UserName".equals(name)) {
        track.userName = p.value();
      }
      return;
    }
    if (freezeLevel >= 0) {
      return;
    }
    if (clips.open()) {
      clips.field(level, name);
      return;
    }
    if (clips.begin(level, name, trackLevel, slotIndex)) {
      return;
    }
    if ("ClipSlot".equals(name) && "ClipSlotList".equals(p.names[level - 1])) {
      slotIndex++;
      return;
    }
    if (devices.isDevice(level)) {
      devices.begin(level, name, track.index);
      return;
    }
    if (devices.open()) {
      devices.field(level, name);
    }
    if (track.type == TrackType.MAIN) {
      tempo.field(level, name, rel);
    }
  }

  private void locatorStart(int level, String name) {
    if (level == 4 && "Locator".equals(name) && "Locators".equals(p.names[3])) {
      inLocator = true;
      locatorTime = 0;
      locatorName = "";
    } else if (level == 5 && inLocator) {
      if ("Time".equals(name)) {
        locatorTime = AlsParser.parseDouble(p.value(), 0);
      } else if ("Name".equals(name)) {
        locatorName = p.value();
      }
    }
  }

  private void end() {
    int level = --p.depth;
    if (level < 0) {
      p.depth = 0;
      return;
    }
    if (level == freezeLevel) {
      freezeLevel = -1;
    }
    samples.end(level);
    clips.end(level, track == null ? -1 : track.index);
    devices.end(level);
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
      devices.trackEnded();
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
    int[] clipCounts = clips.counts;
    LiveSet.Counts c = new LiveSet.Counts(
        counts[TrackType.MIDI.ordinal()], counts[TrackType.AUDIO.ordinal()], counts[TrackType.GROUP.ordinal()],
        counts[TrackType.RETURN.ordinal()], devices.count, devices.plugins, devices.maxForLive,
        clipCounts[ClipLocation.SESSION.ordinal()], clipCounts[ClipLocation.ARRANGEMENT.ordinal()],
        clipCounts[ClipLocation.TAKE_LANE.ordinal()], samples.refs, samples.unique);
    boolean anyTruncated = truncated || devices.truncated || clips.truncated || samples.truncated;
    return new LiveSet(creator, AlsParser.productVersion(creator), majorVersion, minorVersion, tempo.tempo(),
        tempo.timeSignature(), locators, builtTracks, devices.build(), clips.clips, new ArrayList<>(samples.samples.values()),
        c, xmlBytes, anyTruncated);
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
}
