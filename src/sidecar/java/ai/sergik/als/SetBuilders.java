package ai.sergik.als;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@link SetExtraction} collects about one track, device, clip or sample reference, and its counts. */
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
          && ((patchName != null && !patchName.isEmpty()) || pluginFile != null)) {
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

  /** The set's counts, which go on after the lists stop. */
  static final class Tally {
    int midiTracks;
    int audioTracks;
    int groupTracks;
    int returnTracks;
    int devices;
    int plugins;
    int maxForLive;
    int sessionClips;
    int arrangementClips;
    int takeLaneClips;

    void track(TrackType type) {
      switch (type) {
        case MIDI -> midiTracks++;
        case AUDIO -> audioTracks++;
        case GROUP -> groupTracks++;
        case RETURN -> returnTracks++;
        case MAIN -> {}
      }
    }

    void clip(ClipLocation location) {
      switch (location) {
        case SESSION -> sessionClips++;
        case ARRANGEMENT -> arrangementClips++;
        case TAKE_LANE -> takeLaneClips++;
      }
    }

    LiveSet.Counts build(int sampleRefs, int uniqueSamples) {
      return new LiveSet.Counts(
          midiTracks,
          audioTracks,
          groupTracks,
          returnTracks,
          devices,
          plugins,
          maxForLive,
          sessionClips,
          arrangementClips,
          takeLaneClips,
          sampleRefs,
          uniqueSamples);
    }
  }

  /** The tracks as read, each with how deep it sits in groups (a group that contains itself stops the count). */
  static List<Track> tracks(List<TrackBuilder> read) {
    Map<Integer, TrackBuilder> groups = new HashMap<>();
    for (TrackBuilder t : read) {
      if (t.type == TrackType.GROUP) groups.put(t.id, t);
    }
    List<Track> tracks = new ArrayList<>(read.size());
    for (TrackBuilder t : read) {
      int nesting = 0;
      TrackBuilder g = groups.get(t.groupId);
      while (g != null && nesting < read.size()) {
        nesting++;
        g = groups.get(g.groupId);
      }
      tracks.add(new Track(
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
    return tracks;
  }
}
