package ai.sergik.analysis;

import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.PcmStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Full feature extraction speed as "x real time per core" on 44.1 kHz stereo WAVs of rendered music,
 * next to merely decoding the same files in the same JVM. Times are the measuring thread's CPU time
 * (the machine may be shared), best of the repetitions after a warm-up.
 *
 * <p>Run: {@code scripts/bench-analysis speed [seconds per file, default 30] [files, default 6]}
 */
public final class AnalysisSpeed {
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    Path dir = Files.createTempDirectory("sergik-speed");
    List<Path> files = new ArrayList<>();
    double audioSeconds = 0;
    for (int i = 0; i < count; i++) {
      double bpm = 80 + 15 * i;
      int bars = (int) Math.ceil(seconds * bpm / 240);
      Path f = TestMusic.render(TestMusic.groove(bpm, bars, i), dir, "speed" + i + ".wav");
      files.add(f);
      audioSeconds += AudioFiles.probe(f).durationSeconds();
    }
    System.out.printf(
        Locale.ROOT, "%d files, %.0f s of 44.1 kHz stereo 16-bit audio%n", count, audioSeconds);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    FeatureExtractor fx = new FeatureExtractor();
    double bestDecode = Double.MAX_VALUE, bestExtract = Double.MAX_VALUE;
    double bestDecodeWall = Double.MAX_VALUE, bestExtractWall = Double.MAX_VALUE;
    double sink = 0;
    for (int round = 0; round < 4; round++) {
      long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
      for (Path f : files) sink += decode(f);
      long c1 = mx.getCurrentThreadCpuTime(), w1 = System.nanoTime();
      for (Path f : files) sink += fx.analyze(f).features().durationSeconds();
      long c2 = mx.getCurrentThreadCpuTime(), w2 = System.nanoTime();
      if (round == 0) continue; // warm-up
      bestDecode = Math.min(bestDecode, (c1 - c0) / 1e9);
      bestExtract = Math.min(bestExtract, (c2 - c1) / 1e9);
      bestDecodeWall = Math.min(bestDecodeWall, (w1 - w0) / 1e9);
      bestExtractWall = Math.min(bestExtractWall, (w2 - w1) / 1e9);
    }
    double decodeX = audioSeconds / bestDecode, extractX = audioSeconds / bestExtract;
    System.out.printf(
        Locale.ROOT,
        "decode only:        %.3f s CPU (%.3f s wall) = %.0fx real time per core%n",
        bestDecode,
        bestDecodeWall,
        decodeX);
    System.out.printf(
        Locale.ROOT,
        "full extraction:    %.3f s CPU (%.3f s wall) = %.0fx real time per core%n",
        bestExtract,
        bestExtractWall,
        extractX);
    System.out.printf(
        Locale.ROOT,
        "extraction / decoding speed ratio: %.3f (extraction costs %.1fx decoding)%n",
        extractX / decodeX,
        decodeX / extractX);
    System.out.printf(Locale.ROOT, "a 5-minute track: %.2f s of one core%n", 300 / extractX);
    for (Path f : files) Files.deleteIfExists(f);
    if (sink == 42) System.out.println();
  }

  private static double decode(Path f) throws Exception {
    double s = 0;
    try (PcmStream in = AudioFiles.open(f)) {
      float[][] block = new float[in.info().channels()][FeatureExtractor.BLOCK_FRAMES];
      int n;
      while ((n = in.read(block, FeatureExtractor.BLOCK_FRAMES)) > 0) s += block[0][n - 1];
    }
    return s;
  }
}
