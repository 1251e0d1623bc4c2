package ai.sergik.als;

import ai.sergik.catalog.AlsScanner;
import ai.sergik.data.DataDir;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Measurements for scripts/bench-als (not a test: it prints numbers).
 *
 * <pre>
 *   throughput DIR ROUNDS      single-thread parse of every .als in DIR, MB of XML per second
 *   library N DIR              writes a synthetic library of N sets under DIR (from the small corpus sets)
 *   scan LIBRARY DATA THREADS  one scan in this JVM, printing the summary
 *   heap FILE                  parses FILE and prints the peak heap used
 *   bigset FILE CLIPS          writes a synthetic set with CLIPS arrangement clips (for the heap bound)
 * </pre>
 */
public final class AlsBench {
  private AlsBench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "throughput" -> throughput(Path.of(args[1]), Integer.parseInt(args[2]));
      case "library" -> library(Integer.parseInt(args[1]), Path.of(args[2]));
      case "scan" -> scan(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
      case "heap" -> heap(Path.of(args[1]));
      case "bigset" -> bigSet(Path.of(args[1]), Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  static List<Path> sets(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".als")).sorted().toList();
    }
  }

  /**
   * Parse throughput against {@code gzip -dc} of the same files, measured in alternating rounds so that
   * both see the same machine load; best and median of each are printed, and the ratio of the bests.
   */
  static void throughput(Path dir, int rounds) throws Exception {
    List<Path> paths = sets(dir);
    List<byte[]> files = new ArrayList<>();
    for (Path p : paths) files.add(Files.readAllBytes(p));
    AlsParser parser = new AlsParser();
    long xml = 0;
    for (int warm = 0; warm < 3; warm++) {
      xml = 0;
      for (byte[] f : files)
        xml += parser.parse(new ByteArrayInputStream(f), "warmup").xmlBytes();
    }
    List<String> gzipCommand = new ArrayList<>(List.of("gzip", "-dc"));
    paths.forEach(p -> gzipCommand.add(p.toString()));
    double[] parse = new double[rounds];
    double[] gzip = new double[rounds];
    double[] inflate = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (byte[] f : files) parser.parse(new ByteArrayInputStream(f), "bench");
      long t1 = System.nanoTime();
      Process p = new ProcessBuilder(gzipCommand)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (p.waitFor() != 0) throw new IllegalStateException("gzip -dc failed");
      long t2 = System.nanoTime();
      byte[] buf = new byte[1 << 16];
      for (byte[] f : files) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(f), 1 << 16)) {
          while (in.read(buf) > 0) {}
        }
      }
      long t3 = System.nanoTime();
      parse[r] = xml / 1e6 / ((t1 - t0) / 1e9);
      gzip[r] = xml / 1e6 / ((t2 - t1) / 1e9);
      inflate[r] = xml / 1e6 / ((t3 - t2) / 1e9);
    }
    Arrays.sort(parse);
    Arrays.sort(gzip);
    Arrays.sort(inflate);
    System.out.printf(
        Locale.ROOT, "sets=%d xml_mb=%.1f rounds=%d%n", files.size(), xml / 1e6, rounds);
    System.out.printf(
        Locale.ROOT,
        "gzip -dc        MB/s best=%.1f median=%.1f%n",
        gzip[rounds - 1],
        gzip[rounds / 2]);
    System.out.printf(
        Locale.ROOT,
        "parse (1 core)  MB/s best=%.1f median=%.1f%n",
        parse[rounds - 1],
        parse[rounds / 2]);
    System.out.printf(
        Locale.ROOT,
        "java gunzip     MB/s best=%.1f median=%.1f%n",
        inflate[rounds - 1],
        inflate[rounds / 2]);
    System.out.printf(
        Locale.ROOT,
        "ratio gzip/parse best=%.2f median=%.2f (target <= 2)%n",
        gzip[rounds - 1] / parse[rounds - 1],
        gzip[rounds / 2] / parse[rounds / 2]);
  }

  /** Templates are the corpus sets below this size, so that 20,000 of them scan in minutes, not hours. */
  static final long MAX_TEMPLATE_BYTES = Long.getLong("sergik.bench.maxTemplateBytes", 30_000);

  /** Small real sets copied into a producer-like tree: "Song i Project/Song i.als", every 10th with a backup. */
  static void library(int n, Path dir) throws IOException {
    Path corpus =
        dir.getFileSystem().getPath(System.getProperty("sergik.corpus", "../shared/corpus/als"));
    List<byte[]> templates = new ArrayList<>();
    for (Path p : sets(corpus)) {
      if (Files.size(p) < MAX_TEMPLATE_BYTES) templates.add(Files.readAllBytes(p));
    }
    String[] collaborators = {"Silent Jay", "Andino", "Slick Floyd", "OG Coconut", "Breauxxx"};
    long written = 0;
    for (int i = 0; i < n; i++) {
      String name = i % 3 == 0
          ? "SERGIK x " + collaborators[i % collaborators.length] + " - Song " + i
          : "SERGIK - Song " + i;
      Path project =
          dir.resolve(String.format(Locale.ROOT, "%04d", i / 100)).resolve(name + " Project");
      Files.createDirectories(project);
      byte[] bytes = templates.get(i % templates.size());
      Path set = project.resolve(name + ".als");
      Files.write(set, bytes);
      Files.setLastModifiedTime(set, FileTime.fromMillis(1_600_000_000_000L + i * 60_000L));
      written += bytes.length;
    }
    System.out.printf(
        Locale.ROOT, "library sets=%d bytes=%d templates=%d%n", n, written, templates.size());
  }

  static void scan(Path library, Path data, int threads) throws Exception {
    AlsScanner scanner = new AlsScanner(
        new DataDir(data), new AlsParser(), new AlsScanner.Options(threads, false, ZoneOffset.UTC));
    long t0 = System.nanoTime();
    AlsScanner.Summary s = scanner.scan(library, AlsScanner.Listener.NONE);
    System.out.printf(Locale.ROOT, "scan_in_jvm_s=%.2f %s%n", (System.nanoTime() - t0) / 1e9, s);
  }

  static void heap(Path file) throws Exception {
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long t0 = System.nanoTime();
    LiveSet set = new AlsParser().parse(file);
    long t1 = System.nanoTime();
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        Locale.ROOT,
        "file=%s xml_mb=%.1f clips=%d devices=%d max_heap_mb=%.0f peak_heap_mb=%.1f parse_s=%.2f%n",
        file.getFileName(),
        set.xmlBytes() / 1e6,
        set.counts().clips(),
        set.counts().devices(),
        Runtime.getRuntime().maxMemory() / 1e6,
        peak / 1e6,
        (t1 - t0) / 1e9);
  }

  /** A set larger than any real one: one audio track with {@code clips} arrangement clips. */
  static void bigSet(Path file, int clips) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\" "
                  + "Creator=\"Ableton Live 11.3.21\"><LiveSet><Tracks><AudioTrack Id=\"1\"><Name><EffectiveName Value=\"Big\" />"
                  + "<UserName Value=\"Big\" /></Name><DeviceChain><MainSequencer><Sample><ArrangerAutomation><Events>\n")
              .getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < clips; i++) {
        out.write(("\t<AudioClip Id=\"" + i + "\" Time=\"" + (i * 4) + "\"><CurrentStart Value=\""
                + (i * 4)
                + "\" /><CurrentEnd Value=\"" + (i * 4 + 4)
                + "\" /><Loop><LoopStart Value=\"0\" /><LoopEnd Value=\"4\" />"
                + "<LoopOn Value=\"false\" /></Loop><Name Value=\"take " + i
                + "\" /><SampleRef><FileRef><RelativePathType Value=\"3\" />"
                + "<RelativePath Value=\"Samples/Recorded/take " + (i % 5000)
                + ".wav\" /><Path Value=\"/Users/p/Song/Samples/Recorded/take "
                + (i % 5000) + ".wav\" /></FileRef></SampleRef></AudioClip>\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      out.write(
          ("</Events></ArrangerAutomation></Sample></MainSequencer></DeviceChain></AudioTrack></Tracks>"
                  + "<MainTrack><DeviceChain><Mixer><Tempo><Manual Value=\"124\" /></Tempo></Mixer></DeviceChain></MainTrack>"
                  + "</LiveSet></Ableton>\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    System.out.printf(
        Locale.ROOT, "bigset file=%s clips=%d gz_bytes=%d%n", file, clips, Files.size(file));
  }
}
