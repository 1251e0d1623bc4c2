package ai.sergik.device.virtuallive;

import java.util.List;
import java.util.Map;

/** A clip slot of a track in Session view: {@code live_set tracks n clip_slots m}. */
public final class ClipSlot extends LomObject {
  final Track track;
  Clip clip;

  ClipSlot(VirtualLive live, Track track) {
    super(live, "ClipSlot");
    this.track = track;
    property("has_clip", () -> atoms(clip != null));
    child("clip", () -> clip);
    // LOM ClipSlot.create_clip(length): "Only works on MIDI tracks and empty clip slots".
    function("create_clip", args -> {
      if (clip != null) {
        throw new LiveError("create_clip: the clip slot already has a clip");
      }
      if (!track.midi) {
        throw new LiveError("create_clip: clips can only be created in clip slots of MIDI tracks");
      }
      if (args.length != 1 || args[0].isString() || args[0].toDouble() <= 0) {
        throw new LiveError("create_clip: needs a length > 0 in beats");
      }
      replaceClip(new Clip(live, args[0].toDouble()));
      return null;
    });
    action("delete_clip", () -> replaceClip(null));
    action("fire", this::fire);
  }

  public Clip clip() {
    return clip;
  }

  private void replaceClip(Clip newClip) {
    clip = newClip;
    live.edited();
    changed("has_clip");
  }

  /**
   * ClipSlot.fire: launches the clip (and Live's transport with it); a slot without a clip stops the track's
   * clip, like its stop button.
   */
  void fire() {
    track.playingSlot = clip == null ? -1 : track.slots.indexOf(this);
    if (clip != null) {
      live.startPlaying();
    }
  }

  @Override
  String path() {
    return track.path() + " clip_slots " + track.slots.indexOf(this);
  }

  /** The user records or drops a clip into the slot. */
  public Clip putClip(double length, List<Map<String, Object>> notes) {
    clip = new Clip(live, length);
    for (Map<String, Object> n : notes) {
      clip.add(n);
    }
    changed("has_clip");
    return clip;
  }
}
