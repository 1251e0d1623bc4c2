package ai.sergik.device;

import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Steps several jobs share: finding a track by the name the producer gave it, the highlighted slot, a bar's beat. */
final class LiveSteps {
  private LiveSteps() {}

  /** A track found by name: its index, its name as Live spells it, and how many clip slots it has. */
  interface TrackFound {
    void found(int index, String name, int clipSlots);
  }

  /**
   * Asks Live for the tracks ({@code live_set get tracks}) and their names, and gives the one named
   * {@code wanted} (any case, surrounding spaces ignored); fails the job naming the tracks there are.
   */
  static void findTrack(LiveCalls.Job job, String wanted, TrackFound then) {
    job.goTo(
        "live_set",
        id -> job.get(
            "tracks",
            ids -> nameOf(job, 0, ids.length / 2, new ArrayList<String>(), wanted, then)));
  }

  private static void nameOf(
      LiveCalls.Job job, int i, int count, List<String> names, String wanted, TrackFound then) {
    if (i == count) {
      job.fail(
          "no track '" + wanted + "'; tracks: " + (names.isEmpty() ? "none" : Args.join(names)));
      return;
    }
    job.goTo(
        "live_set tracks " + i,
        id -> job.get("name", value -> {
          String name = Atom.toOneString(value);
          names.add(name);
          if (!same(name, wanted)) {
            nameOf(job, i + 1, count, names, wanted, then);
            return;
          }
          job.get("clip_slots", slots -> then.found(i, name, slots.length / 2));
        }));
  }

  /** The highlighted clip slot: its track index and scene row. */
  interface SlotFound {
    void found(int track, int scene);
  }

  /**
   * Finds the clip slot highlighted now ({@code live_set view highlighted_clip_slot}, then {@code getpath}); fails
   * the job with {@code nothing} when no slot is highlighted.
   */
  static void highlightedSlot(LiveCalls.Job job, String nothing, SlotFound then) {
    job.goTo(ClipWriter.SLOT_PATH, id -> {
      if (id == 0) {
        job.fail(nothing);
        return;
      }
      job.getPath(path -> {
        int track = LiveAnswers.trackOf(path);
        int scene = LiveAnswers.slotRowOf(path);
        if (track < 0 || scene < 0) {
          job.fail("Live gave no track and scene for the highlighted clip slot ("
              + Atom.toOneString(path) + ")");
          return;
        }
        then.found(track, scene);
      });
    });
  }

  /** A bar's first beat in the song's meter. */
  interface BeatFound {
    void found(double beat);
  }

  /**
   * Where bar {@code bar} (1-based) starts, in beats, in the song's meter ({@code live_set signature_numerator}
   * and {@code signature_denominator}: bar 17 of 4/4 is beat 64, of 3/4 beat 48, of 6/8 beat 96). Leaves the
   * live.path at {@code live_set}.
   */
  static void beatOfBar(LiveCalls.Job job, int bar, BeatFound then) {
    job.goTo(
        "live_set",
        id -> job.get(
            "signature_numerator",
            num -> job.get("signature_denominator", den -> {
              int numerator = num.length > 0 && num[0].toInt() > 0 ? num[0].toInt() : 4;
              int denominator = den.length > 0 && den[0].toInt() > 0 ? den[0].toInt() : 4;
              then.found((bar - 1) * numerator * 4.0 / denominator);
            })));
  }

  static boolean same(String a, String b) {
    return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }
}
