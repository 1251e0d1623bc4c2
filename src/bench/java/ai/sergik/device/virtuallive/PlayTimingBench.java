package ai.sergik.device.virtuallive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Note-on error against Live's grid when the device plays through the patch in the virtual Live: every part,
 * humanized (so notes fall between grid lines too), several seeds, at 120 and 174 BPM with Live's reports
 * arriving up to 0, 10 and 30 ms late, and with a tempo change halfway. Prints median, p99 and max per case. Run with scripts/bench-play-timing.
 */
public final class PlayTimingBench {
  private PlayTimingBench() {}

  public static void main(String[] args) throws Exception {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.println("| BPM | report latency | note-ons | median | p99 | max |");
    System.out.println("|---|---|---|---|---|---|");
    double[][] cases = {
      {120, 0, 0},
      {120, 10, 0},
      {120, 30, 0},
      {174, 0, 0},
      {174, 10, 0},
      {174, 30, 0},
      {120, 30, 128},
      {174, 30, 160}
    };
    for (double[] c : cases) {
      double bpm = c[0];
      double latency = c[1];
      double newTempo = c[2];
      {
        List<Double> all = new ArrayList<>();
        int ons = 0;
        int expected = 0;
        for (String part : new String[] {"chords", "bass", "arp", "drums"}) {
          for (long seed = 1; seed <= seeds; seed++) {
            PlayTiming.Result r = PlayTiming.run(part, bpm, latency, seed, 8, newTempo);
            for (double e : r.errorsMs) {
              all.add(e);
            }
            ons += r.noteOns;
            expected += r.expectedNoteOns;
          }
        }
        double[] e = all.stream().mapToDouble(Double::doubleValue).toArray();
        PlayTiming.Result total =
            new PlayTiming.Result(e, new double[e.length], Double.NaN, expected, ons);
        String tempo = newTempo > 0
            ? String.format(Locale.ROOT, "%.0f → %.0f mid-play", bpm, newTempo)
            : String.format(Locale.ROOT, "%.0f", bpm);
        System.out.println(String.format(
            Locale.ROOT,
            "| %s | 0–%.0f ms | %d of %d | %.3f ms | %.3f ms | %.3f ms |",
            tempo,
            latency,
            ons,
            expected,
            total.percentile(50),
            total.percentile(99),
            total.max()));
      }
    }
  }
}
