package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance targets on music rendered from MIDI with a known tempo and key: tempo within 2 %
 * for at least 95 % of clips (with every clip in the 80–99 BPM zone right), key exact for at least
 * 90 % with a MIREX weighted score of at least 0.93. The full sweep (all tempi 70–180 in 1 BPM
 * steps, several seeds per key) is {@code scripts/bench-analysis accuracy}; this is a fixed sample.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderedMusicAccuracyTest {
  static final double[] TEMPI = {
    62, 66, 70, 73, 77, 80, 82, 84, 85, 86, 88, 90, 91.5, 93, 95, 97, 99, 104, 110, 118, 122, 126,
    128, 133, 138, 145, 152, 160, 168, 174, 180
  };
  static final long[] KEY_SEEDS = {100, 101};

  @TempDir
  Path dir;

  private ExecutorService pool;
  private final FeatureExtractor extractor = new FeatureExtractor();

  @BeforeAll
  void startPool() {
    pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  @AfterAll
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void tempoWithinTwoPercentOnAtLeast95PercentAndAlwaysInThe80To99Zone() throws Exception {
    List<Future<TrackFeatures>> results = new ArrayList<>();
    for (double bpm : TEMPI) {
      int bars = (int) Math.ceil(12 * bpm / 240);
      results.add(pool.submit(() -> extractor
          .analyze(TestMusic.render(
              TestMusic.groove(bpm, bars, (long) (bpm * 100) + 7), dir, "t" + bpm + ".wav"))
          .features()));
    }
    int right = 0, octave = 0, zone = 0, zoneRight = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < TEMPI.length; i++) {
      double truth = TEMPI[i];
      Double got = results.get(i).get().bpm();
      boolean ok = got != null && Math.abs(got - truth) / truth <= 0.02;
      boolean oct = got != null
          && !ok
          && (Math.abs(got - 2 * truth) / (2 * truth) <= 0.02
              || Math.abs(got - truth / 2) / (truth / 2) <= 0.02);
      if (ok) right++;
      if (oct) octave++;
      if (!ok) misses.add(truth + " -> " + got);
      if (truth >= 80 && truth < 100) {
        zone++;
        if (ok) zoneRight++;
      }
    }
    System.out.printf(
        "tempo: %d/%d within 2 %%, %d octave errors, 80-99 zone %d/%d; misses %s%n",
        right, TEMPI.length, octave, zoneRight, zone, misses);
    assertThat((double) right / TEMPI.length)
        .as("share within 2 %%, misses %s", misses)
        .isGreaterThanOrEqualTo(0.95);
    assertThat(zoneRight).as("80-99 BPM zone, misses %s", misses).isEqualTo(zone);
  }

  @Test
  void keyExactOnAtLeast90PercentWithMirexScoreAtLeast093() throws Exception {
    List<Future<TrackFeatures>> results = new ArrayList<>();
    List<Key> truths = new ArrayList<>();
    for (long seed : KEY_SEEDS) {
      for (int i = 0; i < 24; i++) {
        Key key = Key.of(i % 12, i >= 12);
        double bpm = 90 + (i * 7 + seed * 13) % 40;
        truths.add(key);
        results.add(pool.submit(() -> extractor
            .analyze(TestMusic.render(
                TestMusic.song(
                    key, bpm, 5, seed * 1000 + key.tonic() * 2 + (!key.isMinor() ? 1 : 0)),
                dir,
                "k" + seed + key.camelot() + ".wav"))
            .features()));
      }
    }
    List<Key> found = new ArrayList<>();
    for (Future<TrackFeatures> result : results) found.add(result.get().key());
    KeyScores.Tally tally =
        KeyScores.Tally.of(truths.stream().map(Key::camelot).toList(), truths, found);
    System.out.println("key: " + tally);
    assertThat(tally.exactShare()).as("exact share, %s", tally).isGreaterThanOrEqualTo(0.90);
    assertThat(tally.mirex()).as("MIREX weighted score, %s", tally).isGreaterThanOrEqualTo(0.93);
  }
}
