package ai.sergik.analysis;

import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.PcmStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Memory for one long file: writes an N-minute 44.1 kHz 16-bit stereo WAV (a rendered 30 s groove,
 * repeated), analyses it, and reports the largest heap still in use after any garbage collection
 * during the analysis (what the analysis really holds) next to the JVM's -Xmx.
 *
 * <p>Run: {@code scripts/bench-analysis memory [minutes, default 60]} (the script sets -Xmx256m)
 */
public final class AnalysisMemory {
  public static void main(String[] args) throws Exception {
    int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    Path dir = Files.createTempDirectory("sergik-memory");
    Path clip = TestMusic.render(TestMusic.groove(92, 12, 5), dir, "clip.wav");
    byte[] pcm;
    try (PcmStream in = AudioFiles.open(clip)) {
      float[][] block = new float[2][44_100 * 40];
      int n = Math.min(in.read(block, block[0].length), (int)
          Math.round(12 * 4 * 60 / 92.0 * 44_100)); // exactly 12 bars
      ByteBuffer b = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        b.putShort((short) Math.round(block[0][i] * 32767));
        b.putShort((short) Math.round(block[1][i] * 32767));
      }
      pcm = b.array();
    }
    long frames = 44_100L * 60 * minutes;
    long dataBytes = frames * 4;
    Path big = dir.resolve("long.wav");
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
      ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
      h.put("RIFF".getBytes())
          .putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes))
          .put("WAVE".getBytes());
      h.put("fmt ".getBytes())
          .putInt(16)
          .putShort((short) 1)
          .putShort((short) 2)
          .putInt(44_100)
          .putInt(44_100 * 4)
          .putShort((short) 4)
          .putShort((short) 16);
      h.put("data".getBytes()).putInt((int) dataBytes);
      out.write(h.array());
      for (long written = 0; written < dataBytes; ) {
        int n = (int) Math.min(pcm.length, dataBytes - written);
        out.write(pcm, 0, n);
        written += n;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d-minute file: %.0f MB on disk; JVM max heap %d MB%n",
        minutes,
        Files.size(big) / 1e6,
        Runtime.getRuntime().maxMemory() >> 20);
    final long[] maxAfterGc = {0};
    Thread monitor = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
          if (gc instanceof com.sun.management.GarbageCollectorMXBean g
              && g.getLastGcInfo() != null) {
            long used = 0;
            for (MemoryUsage u : g.getLastGcInfo().getMemoryUsageAfterGc().values())
              used += u.getUsed();
            maxAfterGc[0] = Math.max(maxAfterGc[0], used);
          }
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    monitor.setDaemon(true);
    monitor.start();
    long t0 = System.nanoTime();
    TrackFeatures f = new FeatureExtractor().analyze(big).features();
    long t1 = System.nanoTime();
    monitor.interrupt();
    monitor.join();
    System.out.printf(
        Locale.ROOT,
        "analysed in %.1f s wall: %s BPM, %s, %s LUFS, %d beats%n",
        (t1 - t0) / 1e9,
        f.bpm(),
        f.key(),
        f.lufs(),
        f.beatCount());
    System.out.printf(
        Locale.ROOT,
        "largest heap in use after a GC during the analysis: %.1f MB (includes the JVM's own and the 30 s clip kept for writing)%n",
        maxAfterGc[0] / 1e6);
    Files.delete(big);
    Files.delete(clip);
  }
}
