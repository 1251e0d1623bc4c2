package ai.sergik.device;

import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import java.util.List;

/**
 * Writes notes into the clip of Live's highlighted clip slot with the Live 11+ notes API, as a sequence of
 * messages to three boxes of the patcher:
 *
 * <ul>
 *   <li>{@link #PATH} outlet → {@code live.path}, whose id goes to the {@code live.object}'s right inlet;
 *   <li>{@link #LIVE} outlet → {@code live.object} ({@code call …}, {@code set …});
 *   <li>{@link #DICT} outlet → a {@code dict}, whose {@code dictionary <name>} output goes through
 *       {@code prepend call add_new_notes} into the {@code live.object}.
 * </ul>
 *
 * An empty slot first gets {@code call create_clip <length>}; an existing clip has its notes removed with
 * {@code call remove_notes_extended} and its loop and markers set to the new length. Then the notes go in as
 * {@code {"notes":[…]}} with {@code call add_new_notes}.
 */
final class ClipWriter {
  static final int LIVE = DevicePorts.OUT_LIVE;
  static final int PATH = DevicePorts.OUT_PATH;
  static final int DICT = DevicePorts.OUT_DICT;

  static final String SLOT_PATH = "live_set view highlighted_clip_slot";
  static final String CLIP_PATH = SLOT_PATH + " clip";

  /** remove_notes_extended covers this many beats: more than any clip Live can hold. */
  static final double REMOVE_ALL_BEATS = 1_000_000.0;

  private final Outlets out;

  ClipWriter(Outlets out) {
    this.out = out;
  }

  void write(List<Note> notes, double lengthBeats, boolean slotHasClip) {
    if (slotHasClip) {
      out.message(PATH, "goto", (Object[]) CLIP_PATH.split(" "));
      out.message(LIVE, "call", "remove_notes_extended", 0, 128, 0.0, REMOVE_ALL_BEATS);
      out.message(LIVE, "set", "loop_start", 0.0);
      out.message(LIVE, "set", "loop_end", lengthBeats);
      out.message(LIVE, "set", "start_marker", 0.0);
      out.message(LIVE, "set", "end_marker", lengthBeats);
    } else {
      out.message(PATH, "goto", (Object[]) SLOT_PATH.split(" "));
      out.message(LIVE, "call", "create_clip", lengthBeats);
      out.message(PATH, "goto", (Object[]) CLIP_PATH.split(" "));
    }
    out.message(DICT, "clear");
    out.message(DICT, "parse", NoteJson.toJson(notes));
    out.message(DICT, "bang");
  }
}
