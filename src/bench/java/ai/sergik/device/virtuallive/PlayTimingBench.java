package ai.sergik.device.virtuallive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Note-on error against Live's grid when the device plays through the patch in the virtual Live: every part,
 * humanized (so notes fall between grid lines too), several seeds, at 120 and 174 BPM with Live's reports
 * arriving up to 0, 10 and 30 ms late. Prints median, p99 and max per case. Run with scripts/bench-play-timing.
 */
public final class PlayTimingBench {
  private PlayTimingBench() {}

  public static void main(String[] args) throws Exception {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.println("| BPM | report latency | note-ons | median | p99 | max |");
    System.out.println("|---|---|---|---|---|---|");
    for (double bpm : new double[] {120, 174}) {
      for (double latency : new double[] {0, 10, 30}) {
        List<Double> all = new ArrayList<>();
        int ons = 0;
        int expected = 0;
        for (String part : new String[] {"chords", "bass", "arp", "drums"}) {
          for (long seed = 1; seed <= seeds; seed++) {
            PlayTiming.Result r = PlayTiming.run(part, bpm, latency, seed, 8, 0);
            for (double e : r.errorsMs) {
              all.add(e);
            }
            ons += r.noteOns;
            expected += r.expectedNoteOns;
          }
        }
        double[] e = all.stream().mapToDouble(Double::doubleValue).toArray();
        PlayTiming.Result total = new PlayTiming.Result(e, new double[e.length], Double.NaN, expected, ons);
        System.out.println(String.format(Locale.ROOT, "| %.0f | 0–%.0f ms | %d of %d | %.3f ms | %.3f ms | %.3f ms |",
            bpm, latency, ons, expected, total.percentile(50), total.percentile(99), total.max()));
      }
    }
  }
}
