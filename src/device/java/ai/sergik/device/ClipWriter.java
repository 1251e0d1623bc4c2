package ai.sergik.device;

import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import com.cycling74.max.Atom;
import java.util.List;

/**
 * Writes notes into the clip of Live's highlighted clip slot with the Live 11+ notes API, one step at a time,
 * each step waiting for Live's answer, so that a write is reported as done only once Live has taken the notes.
 *
 * <p>Messages go to three boxes of the patcher: {@link #PATH} → {@code live.path}, whose {@code id} goes to
 * the {@code live.object}'s right inlet and back to the device as {@code target id N}; {@link #LIVE} →
 * {@code live.object}, whose answers come back as {@code answer …}; {@link #DICT} → a {@code dict}, whose
 * {@code dictionary <name>} output goes through {@code prepend call add_new_notes} into the {@code live.object}.
 *
 * <ol>
 *   <li>{@code goto live_set view highlighted_clip_slot}: the slot selected now (re-resolved on every write,
 *       since an id taken earlier keeps pointing at the slot that was selected then); id 0 = nothing selected;
 *       for notes pushed to this track, {@code getpath} gives the slot's scene and
 *       {@code goto this_device canonical_parent clip_slots <scene>} the slot on the device's own track;
 *   <li>{@code get has_clip};
 *   <li>an empty slot gets {@code call create_clip <length>}; then {@code goto … clip} (id 0 = Live made no
 *       clip, e.g. on an audio track);
 *   <li>an existing clip loses its notes ({@code call remove_notes_extended}) and gets loop and markers for the
 *       new length;
 *   <li>{@code call add_new_notes dictionary <name>} with {@code {"notes":[…]}}; Live answers with the new
 *       note ids, and only that answer completes the write.
 * </ol>
 *
 * Answers may come synchronously (Max's main thread) or later (the Live API defers calls made elsewhere);
 * a write Live never answers fails after {@link #TIMEOUT_MS}.
 */
final class ClipWriter {
  static final int LIVE = DevicePorts.OUT_LIVE;
  static final int PATH = DevicePorts.OUT_PATH;
  static final int DICT = DevicePorts.OUT_DICT;

  static final String SLOT_PATH = "live_set view highlighted_clip_slot";

  /** remove_notes_extended covers this many beats: more than any clip Live can hold. */
  static final double REMOVE_ALL_BEATS = 1_000_000.0;

  /** How long Live may take to answer one step before the write is reported as failed. */
  static final double TIMEOUT_MS = 2000;

  /** What became of a write. */
  interface Result {
    void written(int notes, double lengthBeats, boolean newClip);

    void failed(String reason);
  }

  private enum Step { IDLE, SLOT, SLOT_PATH, OWN_SLOT, HAS_CLIP, CLIP, NOTES }

  /** The device's own track, from {@code this_device}. */
  static final String OWN_TRACK = "this_device canonical_parent";

  private static final java.util.regex.Pattern SCENE = java.util.regex.Pattern.compile("clip_slots (\\d+)");

  private final Outlets out;
  private final Clock timeout;
  private Step step = Step.IDLE;
  private List<Note> notes;
  private double length;
  private boolean hadClip;
  private boolean ownTrack;
  private String slotPath = SLOT_PATH;
  private Result result;

  ClipWriter(Outlets out, Clock.Factory clocks) {
    this.out = out;
    this.timeout = clocks.create(new Runnable() {
      @Override
      public void run() {
        fail("Live did not answer in time (" + describe(step) + ")");
      }
    });
  }

  boolean busy() {
    return step != Step.IDLE;
  }

  /**
   * Starts a write into the highlighted clip slot, or with {@code onOwnTrack} into the slot of the device's
   * own track in the highlighted slot's scene (for notes pushed to this track); the result arrives through
   * {@code whenDone}, perhaps before this returns.
   */
  void write(List<Note> newNotes, double lengthBeats, boolean onOwnTrack, Result whenDone) {
    if (busy()) {
      whenDone.failed("the previous write is still waiting for Live");
      return;
    }
    this.notes = newNotes;
    this.length = lengthBeats;
    this.result = whenDone;
    this.hadClip = false;
    this.ownTrack = onOwnTrack;
    this.slotPath = SLOT_PATH;
    step = Step.SLOT;
    timeout.delay(TIMEOUT_MS);
    out.message(PATH, "goto", (Object[]) SLOT_PATH.split(" "));
  }

  /** {@code id N} from the live.path. */
  void target(Atom[] args) {
    if (args.length != 2 || !"id".equals(args[0].toString()) || args[1].isString()) {
      throw new IllegalArgumentException("target needs id N from live.path, got " + Args.describe(args));
    }
    int id = args[1].toInt();
    if (step == Step.SLOT) {
      if (id == 0) {
        fail("no clip slot is selected; click a clip slot in Session view, then Write");
        return;
      }
      if (ownTrack) {
        step = Step.SLOT_PATH;
        out.message(LIVE, "getpath");
        return;
      }
      step = Step.HAS_CLIP;
      out.message(LIVE, "get", "has_clip");
    } else if (step == Step.OWN_SLOT) {
      if (id == 0) {
        fail("this track has no clip slot in the selected scene");
        return;
      }
      step = Step.HAS_CLIP;
      out.message(LIVE, "get", "has_clip");
    } else if (step == Step.CLIP) {
      if (id == 0) {
        fail(hadClip ? "the selected slot's clip is gone" : "Live made no clip in the selected slot (is it on a MIDI track?)");
        return;
      }
      if (hadClip) {
        out.message(LIVE, "call", "remove_notes_extended", 0, 128, 0.0, REMOVE_ALL_BEATS);
        out.message(LIVE, "set", "loop_start", 0.0);
        out.message(LIVE, "set", "loop_end", length);
        out.message(LIVE, "set", "start_marker", 0.0);
        out.message(LIVE, "set", "end_marker", length);
      }
      if (step != Step.CLIP) {
        return;
      }
      step = Step.NOTES;
      out.message(DICT, "clear");
      out.message(DICT, "parse", NoteJson.toJson(notes));
      out.message(DICT, "bang");
    }
  }

  /** A live.object answer: {@code property value…} for get, {@code function result…} for call. */
  void answer(Atom[] args) {
    if (args.length == 0) {
      return;
    }
    String what = args[0].toString();
    if (step == Step.SLOT_PATH && what.equals("path")) {
      java.util.regex.Matcher m = SCENE.matcher(Atom.toOneString(args).replace("\"", ""));
      if (!m.find()) {
        fail("Live gave no scene for the selected clip slot (" + Atom.toOneString(args) + ")");
        return;
      }
      slotPath = OWN_TRACK + " clip_slots " + m.group(1);
      step = Step.OWN_SLOT;
      out.message(PATH, "goto", (Object[]) slotPath.split(" "));
    } else if (step == Step.HAS_CLIP && what.equals("has_clip") && args.length == 2) {
      hadClip = args[1].toInt() == 1;
      step = Step.CLIP;
      if (!hadClip) {
        out.message(LIVE, "call", "create_clip", length);
      }
      if (step == Step.CLIP) {
        out.message(PATH, "goto", (Object[]) (slotPath + " clip").split(" "));
      }
    } else if (step == Step.NOTES && what.equals("add_new_notes")) {
      int ids = 0;
      boolean numeric = true;
      for (int i = 1; i < args.length; i++) {
        if (args[i].isString()) {
          numeric = false;
        } else {
          ids++;
        }
      }
      if (numeric && ids != notes.size()) {
        fail("Live took " + ids + " of " + notes.size() + " notes");
        return;
      }
      Result r = finish();
      r.written(notes.size(), length, !hadClip);
    }
  }

  /** The device is going away: a pending write fails quietly. */
  void release() {
    step = Step.IDLE;
    result = null;
    timeout.release();
  }

  private void fail(String reason) {
    if (step == Step.IDLE) {
      return;
    }
    Result r = finish();
    r.failed(reason);
  }

  private Result finish() {
    timeout.unset();
    step = Step.IDLE;
    Result r = result;
    result = null;
    return r;
  }

  private static String describe(Step s) {
    switch (s) {
      case SLOT: return "finding the selected clip slot";
      case SLOT_PATH: return "asking where the selected clip slot is";
      case OWN_SLOT: return "finding this track's clip slot";
      case HAS_CLIP: return "asking whether the slot has a clip";
      case CLIP: return "finding the clip";
      default: return "adding the notes";
    }
  }
}
