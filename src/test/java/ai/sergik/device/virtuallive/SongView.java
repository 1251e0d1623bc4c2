package ai.sergik.device.virtuallive;

import java.util.List;

/**
 * {@code live_set view}: what is selected. The highlighted clip slot is the selected track's slot in the
 * selected scene.
 */
public final class SongView extends LomObject {
  private final Song song;
  Track selectedTrack;
  int selectedScene;

  SongView(VirtualLive live, Song song) {
    super(live, "Song.View");
    this.song = song;
    child("selected_track", () -> selectedTrack);
    child("highlighted_clip_slot", this::highlighted);
    child("selected_scene", this::selectedScene);
  }

  /** The user clicks a clip slot in Session view. */
  public void select(Track track, int scene) {
    selectedTrack = track;
    selectedScene = scene;
    changed("selected_track");
    changed("selected_scene");
    changed("highlighted_clip_slot");
  }

  Scene selectedScene() {
    List<Scene> all = song.scenes();
    return selectedScene >= 0 && selectedScene < all.size() ? all.get(selectedScene) : null;
  }

  ClipSlot highlighted() {
    return selectedTrack == null || selectedScene >= selectedTrack.slots.size()
        ? null
        : selectedTrack.slots.get(selectedScene);
  }
}
