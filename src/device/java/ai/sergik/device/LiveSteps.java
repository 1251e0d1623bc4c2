package ai.sergik.device;

import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Steps several jobs share: finding a track by the name the producer gave it. */
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
  static void findTrack(final LiveCalls.Job job, final String wanted, final TrackFound then) {
    job.goTo("live_set", new LiveCalls.IdAnswer() {
      @Override
      public void take(int id) {
        job.get("tracks", new LiveCalls.Answer() {
          @Override
          public void take(Atom[] ids) {
            nameOf(job, 0, ids.length / 2, new ArrayList<String>(), wanted, then);
          }
        });
      }
    });
  }

  private static void nameOf(final LiveCalls.Job job, final int i, final int count, final List<String> names,
      final String wanted, final TrackFound then) {
    if (i == count) {
      job.fail("no track '" + wanted + "'; tracks: " + (names.isEmpty() ? "none" : join(names)));
      return;
    }
    job.goTo("live_set tracks " + i, new LiveCalls.IdAnswer() {
      @Override
      public void take(int id) {
        job.get("name", new LiveCalls.Answer() {
          @Override
          public void take(Atom[] value) {
            final String name = Atom.toOneString(value);
            names.add(name);
            if (!same(name, wanted)) {
              nameOf(job, i + 1, count, names, wanted, then);
              return;
            }
            job.get("clip_slots", new LiveCalls.Answer() {
              @Override
              public void take(Atom[] slots) {
                then.found(i, name, slots.length / 2);
              }
            });
          }
        });
      }
    });
  }

  static boolean same(String a, String b) {
    return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }

  static String join(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (String s : items) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s);
    }
    return sb.toString();
  }
}
