package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A MIDI track's clips in the Arrangement View (Live 11+), and the two functions that place new ones. */
final class Arrangement {
  private final Track track;
  /** By start time. */
  final List<Clip> clips = new ArrayList<>();

  Arrangement(Track track) {
    this.track = track;
  }

  /**
   * Live 12.1 Track.create_midi_clip(start_time, length): "Creates an empty MIDI clip and inserts it into the
   * arrangement at the specified time. Throws an error when called on non-MIDI tracks or frozen tracks."
   * Returns the new clip.
   */
  Atom[] createMidiClip(Atom[] args) {
    if (!track.midi) {
      throw new LiveError("create_midi_clip: only MIDI tracks hold MIDI clips");
    }
    if (args.length != 2 || args[1].toDouble() <= 0 || args[0].toDouble() < 0) {
      throw new LiveError("create_midi_clip: needs start_time >= 0 and length > 0 in beats");
    }
    return LomObject.idOf(place(args[0].toDouble(), args[1].toDouble()));
  }

  /**
   * Track.duplicate_clip_to_arrangement(clip, destination_time): a copy of a Session clip in the arrangement;
   * what it covers there is replaced. Returns the new clip.
   */
  Atom[] duplicateClip(Atom[] args) {
    if (args.length != 3 || !"id".equals(args[0].toString())) {
      throw new LiveError("duplicate_clip_to_arrangement: needs id <clip> and a time in beats");
    }
    LomObject o = track.live.byId(args[1].toInt());
    if (!(o instanceof Clip)) {
      throw new LiveError("duplicate_clip_to_arrangement: id " + args[1] + " is no clip");
    }
    Clip source = (Clip) o;
    Clip c = place(args[2].toDouble(), source.length);
    c.name = source.name;
    for (ObjectNode n : source.notes()) {
      c.add(n);
    }
    return LomObject.idOf(c);
  }

  /** A new arrangement clip at {@code start}; clips it covers are cut back or removed, as Live does. */
  private Clip place(double start, double length) {
    double end = start + length;
    List<Clip> keep = new ArrayList<>();
    for (Clip c : clips) {
      if (c.startTime >= end || c.startTime + c.length <= start) {
        keep.add(c);
      } else if (c.startTime < start) {
        c.length = start - c.startTime;
        c.loopEnd = c.endMarker = c.length;
        keep.add(c);
      }
    }
    Clip c = new Clip(track.live, length);
    c.startTime = start;
    c.arrangementOf = track;
    keep.add(c);
    keep.sort((a, b) -> Double.compare(a.startTime, b.startTime));
    clips.clear();
    clips.addAll(keep);
    track.live.edited();
    return c;
  }
}
