package ai.sergik.device;

import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import com.cycling74.max.Atom;
import java.util.List;

/**
 * Writes notes into a clip with the Live 11+ notes API as one {@link LiveCalls.Job}, so that a write is reported
 * as done only once Live has taken the notes, and as one undo step for the producer
 * ({@code live_set call begin_undo_step} … {@code end_undo_step}, also after a failure).
 *
 * <p>Where the notes go ({@link Target}): the highlighted clip slot (Write); the device's own track in the
 * highlighted slot's scene (pushes) or in a given scene (Fit, pushes with {@code "slot"}); an existing clip, whose
 * notes are replaced (Apply); or the device's own track in the Arrangement at a bar (Live 12's
 * {@code Track.create_midi_clip(start_time, length)}, which answers with the new clip's id).
 *
 * <ol>
 *   <li>{@code goto live_set view highlighted_clip_slot} (re-resolved on every write, since an id taken earlier
 *       keeps pointing at the slot selected then; id 0 = nothing selected), {@code getpath} for its track and scene;
 *       for the device's own track, {@code goto this_device canonical_parent clip_slots <scene>};
 *   <li>{@code get has_clip}; an empty slot gets {@code call create_clip <length>}; then {@code goto … clip}
 *       (id 0 = Live made no clip, e.g. on an audio track);
 *   <li>an existing clip loses its notes ({@code call remove_notes_extended}) and gets loop and markers for the
 *       new length;
 *   <li>{@code call add_new_notes dictionary <name>} with {@code {"notes":[…]}}; Live answers with the new note
 *       ids, and only that answer completes the write.
 * </ol>
 */
final class ClipWriter {
  static final String SLOT_PATH = "live_set view highlighted_clip_slot";

  /** The device's own track, from {@code this_device}. */
  static final String OWN_TRACK = "this_device canonical_parent";

  /** remove_notes_extended covers this many beats: more than any clip Live can hold. */
  static final double REMOVE_ALL_BEATS = 1_000_000.0;

  private ClipWriter() {}

  /** A write Live took. */
  static final class Written {
    final int notes;
    final double lengthBeats;
    final boolean newClip;
    /** The scene row (0-based) of a session write, -1 for the arrangement or an existing clip. */
    final int scene;
    /** Where an arrangement clip starts (beats), -1 otherwise. */
    final double arrangementBeat;

    Written(int notes, double lengthBeats, boolean newClip, int scene, double arrangementBeat) {
      this.notes = notes;
      this.lengthBeats = lengthBeats;
      this.newClip = newClip;
      this.scene = scene;
      this.arrangementBeat = arrangementBeat;
    }
  }

  /** Where a write goes. */
  static final class Target {
    enum Kind {
      HIGHLIGHTED,
      OWN_TRACK_HIGHLIGHTED_SCENE,
      OWN_TRACK_SCENE,
      CLIP,
      ARRANGEMENT
    }

    final Kind kind;
    final int scene;
    final String clipPath;
    final int bar;

    private Target(Kind kind, int scene, String clipPath, int bar) {
      this.kind = kind;
      this.scene = scene;
      this.clipPath = clipPath;
      this.bar = bar;
    }

    static Target highlighted() {
      return new Target(Kind.HIGHLIGHTED, -1, null, 0);
    }

    static Target ownTrackInHighlightedScene() {
      return new Target(Kind.OWN_TRACK_HIGHLIGHTED_SCENE, -1, null, 0);
    }

    /** The device's own track in scene row {@code scene} (0-based). */
    static Target ownTrackAt(int scene) {
      return new Target(Kind.OWN_TRACK_SCENE, scene, null, 0);
    }

    /** An existing clip ({@code live_set tracks t clip_slots s clip}); its notes are replaced, its loop kept. */
    static Target clip(String clipPath) {
      return new Target(Kind.CLIP, -1, clipPath, 0);
    }

    /** The device's own track in the Arrangement, starting at bar {@code bar} (1-based). */
    static Target arrangementAt(int bar) {
      return new Target(Kind.ARRANGEMENT, -1, null, bar);
    }
  }

  /** The write as a job for {@link LiveCalls}. */
  static LiveCalls.Job job(
      List<Note> notes, double length, Target target, Outcome<Written> outcome) {
    return new Write(notes, length, target, outcome);
  }

  private static final class Write extends LiveCalls.Job {
    private final List<Note> notes;
    private final double length;
    private final Target target;
    private final Outcome<Written> outcome;
    private boolean hadClip;
    private String slotPath;
    private int scene = -1;

    Write(List<Note> notes, double length, Target target, Outcome<Written> outcome) {
      this.notes = notes;
      this.length = length;
      this.target = target;
      this.outcome = outcome;
    }

    @Override
    void start() {
      switch (target.kind) {
        case ARRANGEMENT:
          arrangement();
          break;
        case CLIP:
          openUndo(() -> {
            slotPath = null;
            intoClip(target.clipPath);
          });
          break;
        case OWN_TRACK_SCENE:
          ownSlot(target.scene);
          break;
        default:
          highlightedSlot();
      }
    }

    private void openUndo(Runnable then) {
      goTo("live_set", id -> {
        beginUndo();
        then.run();
      });
    }

    private void highlightedSlot() {
      LiveSteps.highlightedSlot(
          this,
          "no clip slot is selected; click a clip slot in Session view, then Write",
          (track, row) -> {
            scene = row;
            if (target.kind == Target.Kind.OWN_TRACK_HIGHLIGHTED_SCENE) {
              ownSlot(row);
            } else {
              slotPath = "live_set tracks " + track + " clip_slots " + row;
              openUndo(this::hasClip);
            }
          });
    }

    private void ownSlot(int row) {
      scene = row;
      slotPath = OWN_TRACK + " clip_slots " + row;
      goTo(slotPath, id -> {
        if (id == 0) {
          fail(
              target.kind == Target.Kind.OWN_TRACK_SCENE
                  ? "this track has no clip slot " + (row + 1)
                  : "this track has no clip slot in the selected scene");
          return;
        }
        openUndo(this::hasClip);
      });
    }

    /** The slot (after the undo step opened): has it a clip? An empty one gets a new clip. */
    private void hasClip() {
      goTo(slotPath, id -> {
        if (id == 0) {
          fail("the selected clip slot is gone");
          return;
        }
        get("has_clip", value -> {
          hadClip = value.length > 0 && value[0].toInt() == 1;
          if (!hadClip) {
            send("create_clip", length);
          }
          intoClip(slotPath + " clip");
        });
      });
    }

    private void intoClip(String clipPath) {
      goTo(clipPath, id -> {
        if (id == 0) {
          fail(
              target.kind == Target.Kind.CLIP || hadClip
                  ? "the selected slot's clip is gone"
                  : "Live made no clip in the selected slot (is it on a MIDI track?)");
          return;
        }
        if (target.kind == Target.Kind.CLIP || hadClip) {
          send("remove_notes_extended", 0, 128, 0.0, REMOVE_ALL_BEATS);
        }
        if (hadClip) {
          set("loop_start", 0.0);
          set("loop_end", length);
          set("start_marker", 0.0);
          set("end_marker", length);
        }
        addTheNotes(-1);
      });
    }

    private void arrangement() {
      LiveSteps.beatOfBar(this, target.bar, beat -> {
        beginUndo();
        newArrangementClip(beat);
      });
    }

    private void newArrangementClip(double beat) {
      goTo(
          OWN_TRACK,
          id -> call(
              "create_midi_clip",
              clip -> {
                int clipId = LiveAnswers.idOf(clip);
                if (clipId == 0) {
                  fail("Live made no arrangement clip (" + Atom.toOneString(clip) + ")");
                  return;
                }
                hadClip = false;
                goTo("id " + clipId, same -> addTheNotes(beat));
              },
              beat,
              length));
    }

    private void addTheNotes(double arrangementBeat) {
      addNotes(NoteJson.toJson(notes), ids -> {
        int count = 0;
        boolean numeric = true;
        for (Atom a : ids) {
          if (a.isString()) {
            numeric = false;
          } else {
            count++;
          }
        }
        if (numeric && count != notes.size()) {
          fail("Live took " + count + " of " + notes.size() + " notes");
          return;
        }
        done();
        outcome.done(new Written(
            notes.size(),
            length,
            !hadClip && target.kind != Target.Kind.CLIP,
            target.kind == Target.Kind.CLIP || target.kind == Target.Kind.ARRANGEMENT ? -1 : scene,
            arrangementBeat));
      });
    }

    @Override
    void failed(String reason) {
      outcome.failed(reason);
    }
  }
}
