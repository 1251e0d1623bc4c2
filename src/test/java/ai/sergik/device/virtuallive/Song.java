package ai.sergik.device.virtuallive;

import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.List;

/** The song: {@code live_set}, with its transport, tracks, scenes and view. */
public final class Song extends LomObject {
  public final List<Track> tracks = new ArrayList<>();
  private final List<Scene> sceneList = new ArrayList<>();
  public int signatureNumerator = 4;
  public int signatureDenominator = 4;
  public final SongView view = new SongView(live, this);

  Song(VirtualLive live) {
    super(live, "Song");
    property("tempo", () -> atoms(live.tempo()), v -> live.setTempo(v[0].toDouble()));
    property("is_playing", () -> atoms(live.playing()), v -> {
      if (on(v)) {
        live.startPlaying();
      } else {
        live.stopPlaying();
      }
    });
    property("current_song_time", () -> atoms(live.beatAt(StandIn.now())));
    property("signature_numerator", () -> atoms(signatureNumerator));
    property("signature_denominator", () -> atoms(signatureDenominator));
    list("tracks", () -> tracks);
    list("scenes", this::scenes);
    child("view", () -> view);
    action("start_playing", live::startPlaying);
    action("stop_playing", live::stopPlaying);
    // Song.continue_playing: "From the current playback position."
    action("continue_playing", live::startPlaying);
    // Live's Song.begin_undo_step / end_undo_step (Live's Python API, which the LOM passes
    // through):
    // everything changed between them is one entry in Live's undo history.
    action("begin_undo_step", live::beginUndoStep);
    action("end_undo_step", live::endUndoStep);
  }

  @Override
  String path() {
    return "live_set";
  }

  public Track addMidiTrack(String name, int slots) {
    Track t = new Track(live, name, true, slots);
    tracks.add(t);
    if (view.selectedTrack == null) {
      view.selectedTrack = t;
    }
    return t;
  }

  public Track addAudioTrack(String name, int slots) {
    Track t = new Track(live, name, false, slots);
    tracks.add(t);
    return t;
  }

  /** Live keeps one scene per clip slot row; every track has a slot in each. */
  public List<Scene> scenes() {
    int rows = 0;
    for (Track t : tracks) {
      rows = Math.max(rows, t.slots.size());
    }
    while (sceneList.size() < rows) {
      sceneList.add(new Scene(live, sceneList.size()));
    }
    return sceneList;
  }
}
