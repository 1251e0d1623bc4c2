package ai.sergik.device;

import ai.sergik.music.JsonReader;
import ai.sergik.music.Note;
import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads a clip from Live as one {@link LiveCalls.Job}: the highlighted clip, or a track's clip by name (and slot).
 * Live Object Model: ClipSlot {@code has_clip}/{@code clip}, Clip {@code name}, {@code length},
 * {@code loop_start}, {@code loop_end}, {@code signature_numerator}, {@code signature_denominator} and
 * {@code get_notes_extended(from_pitch, pitch_span, from_time, time_span)}, which answers with a dictionary
 * {@code {"notes":[{"note_id","pitch","start_time","duration","velocity","mute",…}]}} as JSON text
 * (https://docs.cycling74.com/apiref/lom/clip/, https://cycling74.com/articles/what's-new-in-live-11-part-2).
 *
 * <p>A track named without a slot gives its clip in the highlighted scene, else its playing clip, else its first
 * clip (Track {@code playing_slot_index}: -1 or -2 when no Session clip plays).
 */
final class ClipReader {
  private ClipReader() {}

  /** The highlighted clip (Live's {@code live_set view highlighted_clip_slot}). */
  static LiveCalls.Job highlighted(Outcome<LiveClip> outcome) {
    return new Read(null, -1, outcome);
  }

  /** The clip of the track named {@code track} (any case) in scene row {@code slot} (0-based), or -1 to choose. */
  static LiveCalls.Job onTrack(String track, int slot, Outcome<LiveClip> outcome) {
    return new Read(track, slot, outcome);
  }

  private static final class Read extends LiveCalls.Job {
    private final String trackWanted;
    private final int slotWanted;
    private final Outcome<LiveClip> outcome;
    private int track = -1;
    private String trackName = "";
    private int slots;

    Read(String trackWanted, int slotWanted, Outcome<LiveClip> outcome) {
      this.trackWanted = trackWanted;
      this.slotWanted = slotWanted;
      this.outcome = outcome;
    }

    @Override
    void start() {
      if (trackWanted == null) {
        highlightedSlot();
      } else {
        LiveSteps.findTrack(this, trackWanted, this::trackFound);
      }
    }

    private void trackFound(int index, String name, int clipSlots) {
      track = index;
      trackName = name;
      slots = clipSlots;
      if (slotWanted < 0) {
        highlightedScene();
      } else if (slotWanted >= slots) {
        fail("slot " + (slotWanted + 1) + " out of range 1.." + slots + " on track '" + name + "'");
      } else {
        clipAt(slotWanted);
      }
    }

    private void highlightedSlot() {
      LiveSteps.highlightedSlot(
          this, "no clip is highlighted; click a clip in Session view", (index, scene) -> {
            track = index;
            goTo(
                "live_set tracks " + track,
                id -> get("name", name -> {
                  trackName = Atom.toOneString(name);
                  clipAt(scene);
                }));
          });
    }

    /** The clip in the highlighted scene, else the playing one, else the first. */
    private void highlightedScene() {
      goTo("live_set view selected_scene", id -> {
        if (id == 0) {
          playingClip();
          return;
        }
        getPath(path -> {
          int scene = LiveAnswers.sceneOf(path);
          if (scene < 0 || scene >= slots) {
            playingClip();
            return;
          }
          goTo(slotPath(scene) + " clip", clip -> {
            if (clip != 0) {
              readClip(scene);
            } else {
              playingClip();
            }
          });
        });
      });
    }

    private void playingClip() {
      goTo(
          "live_set tracks " + track,
          id -> get("playing_slot_index", value -> {
            int playing = value.length > 0 ? value[0].toInt() : -1;
            if (playing >= 0 && playing < slots) {
              clipAt(playing);
            } else {
              firstClip(0);
            }
          }));
    }

    private void firstClip(int scene) {
      if (scene >= slots) {
        fail("track '" + trackName + "' has no clip in any of its " + slots + " slots");
        return;
      }
      goTo(slotPath(scene) + " clip", id -> {
        if (id != 0) {
          readClip(scene);
        } else {
          firstClip(scene + 1);
        }
      });
    }

    private void clipAt(int scene) {
      goTo(slotPath(scene) + " clip", id -> {
        if (id == 0) {
          fail("slot " + (scene + 1) + " on track '" + trackName + "' has no clip");
          return;
        }
        readClip(scene);
      });
    }

    private String slotPath(int scene) {
      return "live_set tracks " + track + " clip_slots " + scene;
    }

    /** The live.path points at the clip now: its properties, then its notes. */
    private void readClip(int scene) {
      LiveClip.Builder clip =
          new LiveClip.Builder(track, trackName, scene, slotPath(scene) + " clip");
      get("name", name -> {
        clip.name = Atom.toOneString(name);
        get("length", length -> {
          clip.length = LiveAnswers.number(length);
          get("loop_start", loopStart -> {
            clip.loopStart = LiveAnswers.number(loopStart);
            get("loop_end", loopEnd -> {
              clip.loopEnd = LiveAnswers.number(loopEnd);
              signatureAndNotes(clip);
            });
          });
        });
      });
    }

    private void signatureAndNotes(LiveClip.Builder clip) {
      get("signature_numerator", numerator -> {
        clip.numerator = (int) LiveAnswers.number(numerator);
        get("signature_denominator", denominator -> {
          clip.denominator = (int) LiveAnswers.number(denominator);
          call(
              "get_notes_extended",
              notes -> {
                clip.notes = notes(Atom.toOneString(notes));
                done();
                outcome.done(clip.build());
              },
              0,
              128,
              0.0,
              ClipWriter.REMOVE_ALL_BEATS);
        });
      });
    }

    @Override
    void failed(String reason) {
      outcome.failed(reason);
    }
  }

  /** The notes of a get_notes_extended answer; velocities rounded to MIDI's 1..127, muted notes kept as muted. */
  static List<Note> notes(String json) {
    Object root;
    try {
      root = JsonReader.parse(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Live's notes could not be read: " + e.getMessage());
    }
    Object list = root instanceof Map ? ((Map<?, ?>) root).get("notes") : null;
    if (!(list instanceof List)) {
      throw new IllegalArgumentException("Live's notes came without a \"notes\" list");
    }
    List<Note> out = new ArrayList<Note>();
    for (Object o : (List<?>) list) {
      Map<?, ?> n = (Map<?, ?>) o;
      int velocity = (int) Math.round(((Number) n.get("velocity")).doubleValue());
      Object mute = n.get("mute");
      out.add(new Note(
          ((Number) n.get("pitch")).intValue(),
          ((Number) n.get("start_time")).doubleValue(),
          ((Number) n.get("duration")).doubleValue(),
          Math.max(1, Math.min(127, velocity)),
          mute instanceof Number && ((Number) mute).intValue() != 0));
    }
    Collections.sort(out, Note.BY_START_THEN_PITCH);
    return Collections.unmodifiableList(out);
  }
}
