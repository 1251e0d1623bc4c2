package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.als.AlsCorpus;
import ai.sergik.data.DataDir;
import ai.sergik.data.DataDirLock;
import ai.sergik.data.HoldDataDirLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * One writer at a time per data directory, through the real commands: two {@code scan als} runs at once used to lose
 * clips.csv rows for good (7,779 became 24). Another process holding the lock is a child JVM.
 */
@Timeout(180) // a guard against hangs, not a speed check
class DataDirLockCommandTest {
  @TempDir
  Path tmp;

  Path library;
  Path data;

  @BeforeEach
  void library() throws IOException {
    library = tmp.resolve("lib");
    data = tmp.resolve("data");
    for (String set : List.of(
        "v10.1.3_abletoolz_skeleton.als",
        "v09.6_abletoolz_skeleton.als",
        "v10.0.1_abletoolz_skeleton.als",
        "v10.1.7_dawtool_example-140.als")) {
      Path to = library.resolve(set.replace(".als", " Project")).resolve(set);
      Files.createDirectories(to.getParent());
      Files.copy(AlsCorpus.dir().resolve(set), to);
    }
  }

  static long rows(Path csv) throws IOException {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.count() - 1;
    }
  }

  /** A stderr that tells when a line containing {@code text} was printed: an event to wait on, not a sleep. */
  static final class Watched extends StringWriter {
    final CountDownLatch seen = new CountDownLatch(1);
    final String text;

    Watched(String text) {
      this.text = text;
    }

    @Override
    public void flush() {
      if (toString().contains(text)) seen.countDown();
    }
  }

  @Test
  void twoScansAtOnceKeepEveryClipRowInsteadOfLosingThem() throws Exception {
    Path alone = tmp.resolve("alone");
    assertThat(CliRun.of(CliRun.scanAls(library, alone)).code()).isZero();
    long clips = rows(alone.resolve("catalog/clips.csv"));
    assertThat(clips).isGreaterThan(200);

    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<CliRun>> runs = Stream.of(1, 2)
        .map(i -> CompletableFuture.supplyAsync(() -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return CliRun.of(CliRun.scanAls(library, data, "--threads", "2"));
        }))
        .toList();
    go.countDown();
    for (CompletableFuture<CliRun> run : runs)
      assertThat(run.get(120, TimeUnit.SECONDS).code()).isZero();

    for (String table :
        List.of("clips.csv", "tracks.csv", "devices.csv", "samples.csv", "projects_als.csv")) {
      assertThat(rows(data.resolve("catalog").resolve(table)))
          .as(table)
          .isEqualTo(rows(alone.resolve("catalog").resolve(table)));
    }
  }

  @Test
  void secondScanWaitsForTheHolderAndNamesItThenWritesTheWholeCatalog() throws Exception {
    Process holder = HoldDataDirLock.start(data, "scan als --watch");
    try {
      Watched err = new Watched("waiting:");
      StringWriter out = new StringWriter();
      CompletableFuture<Integer> scan =
          CompletableFuture.supplyAsync(() -> CliRun.run(out, err, CliRun.scanAls(library, data)));
      assertThat(err.seen.await(60, TimeUnit.SECONDS)).as("the waiting message").isTrue();
      assertThat(err.toString())
          .contains("another sergik command is writing to " + data)
          .contains("'scan als --watch' (pid " + holder.pid() + " on ");
      assertThat(scan).isNotDone();
      assertThat(data.resolve("catalog/projects_als.csv")).doesNotExist();

      holder.getOutputStream().close(); // the holder finishes
      assertThat(scan.get(120, TimeUnit.SECONDS)).isZero();
      assertThat(out.toString()).startsWith("4 sets: 4 read");
      assertThat(rows(data.resolve("catalog/clips.csv"))).isGreaterThan(200);
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }

  static Stream<List<String>> writers() {
    return Stream.of(
        List.of("scan", "als", "LIB"),
        List.of("scan", "exports", "LIB"),
        List.of("analyze", "LIB"),
        List.of("dna", "build"),
        List.of("dataset", "build"),
        List.of("sync"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void everyWriterWithNoWaitRefusesWhileAnotherHoldsTheLockAndNamesTheHolder(List<String> command)
      throws Exception {
    Process holder = HoldDataDirLock.start(data, "analyze");
    try {
      List<String> args = new java.util.ArrayList<>(
          command.stream().map(a -> a.equals("LIB") ? library.toString() : a).toList());
      args.addAll(List.of("--data", data.toString(), "--no-wait"));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err())
          .contains("another sergik command is writing to " + data)
          .contains("'analyze' (pid " + holder.pid() + " on ")
          .contains("leave out --no-wait to wait for it");
      try (Stream<Path> files = Files.walk(data)) {
        assertThat(
                files.filter(Files::isRegularFile).map(p -> data.relativize(p).toString()))
            .as("nothing written")
            .containsExactly(DataDirLock.FILE_NAME);
      }
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }

  @Test
  void lockLeftByAKilledScanIsTakenOverAndSaysWhose() throws Exception {
    Process holder = HoldDataDirLock.start(data, "scan als");
    long pid = holder.pid();
    holder.destroyForcibly().waitFor();
    assertThat(DataDirLock.holder(new DataDir(data)))
        .get()
        .extracting(DataDirLock.Holder::pid)
        .isEqualTo(pid);

    CliRun run = CliRun.of(
        "scan", "als", library.toString(), "--data", data.toString(), "--no-progress", "--no-wait");
    assertThat(run.code()).isZero();
    assertThat(run.err())
        .contains("took over the lock of " + data + " left by 'scan als' (pid " + pid)
        .contains("which is no longer running");
    assertThat(DataDirLock.holder(new DataDir(data)))
        .as("released after the scan")
        .isEmpty();
  }

  @Test
  void orphanedTmpFilesOfKilledWritesAreCleanedWhenTheNextWriterStartsAndNothingElseIs()
      throws Exception {
    Path catalog = Files.createDirectories(data.resolve("catalog"));
    Path analysis = Files.createDirectories(data.resolve("analysis/bpm_key"));
    // the command's clock, not the machine's: the ages below are exact whatever the machine does
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    // named exactly as AtomicFiles names them
    Path oldClips = Files.createTempFile(catalog, ".clips.csv.", ".tmp");
    Path oldAnalysis = Files.createTempFile(analysis, ".analyzed_tracks.csv.", ".tmp");
    Path inProgress = Files.createTempFile(catalog, ".tracks.csv.", ".tmp");
    Path notOurs = Files.writeString(catalog.resolve("notes.tmp"), "mine");
    Path notOursEither = Files.writeString(catalog.resolve(".draft.tmp"), "mine");
    for (Path p : List.of(oldClips, oldAnalysis, notOurs, notOursEither))
      Files.setLastModifiedTime(p, FileTime.from(now.minusSeconds(61 * 60)));
    Files.setLastModifiedTime(inProgress, FileTime.from(now.minusSeconds(59 * 60)));

    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine(clock);
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(CliRun.scanAls(library, data));
    assertThat(code).as(err.toString()).isZero();
    assertThat(oldClips).doesNotExist();
    assertThat(oldAnalysis).doesNotExist();
    assertThat(inProgress).as("younger than an hour: maybe a write under way").exists();
    assertThat(notOurs).exists();
    assertThat(notOursEither).exists();
    assertThat(err.toString())
        .contains("note: removed 2 temporary file(s) left in " + data
            + " by writes interrupted more than 60 minutes ago");
  }

  /** A writer that can be waited on until its text satisfies a condition; woken by every flush (println flushes). */
  static final class Awaited extends StringWriter {
    @Override
    public synchronized void flush() {
      notifyAll();
    }

    synchronized boolean await(java.util.function.Predicate<String> condition, long seconds)
        throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (!condition.test(toString())) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) return false;
        wait(left);
      }
      return true;
    }
  }

  @Test
  void manualScanBesideAWatchingScanRunsAtOnceSinceTheWatcherHoldsTheLockOnlyWhileItRescans()
      throws Exception {
    Awaited watchOut = new Awaited();
    Thread watcher = new Thread(
        () -> CliRun.run(
            watchOut,
            new StringWriter(),
            CliRun.scanAls(library, data, "--watch", "--settle", "100ms")),
        "watch");
    watcher.start();
    try {
      assertThat(watchOut.await(s -> s.contains("watching "), 60))
          .as(watchOut.toString())
          .isTrue();

      CliRun manual = CliRun.of(CliRun.scanAls(library, data, "--no-wait"));
      assertThat(manual.code()).as(manual.err()).isZero();
      assertThat(manual.out()).startsWith("4 sets: 0 read");

      // a set saved while watching is picked up by the watcher, which takes the lock for that
      // rescan
      Path staged = Files.createDirectories(tmp.resolve("staging/New Project"));
      Files.copy(
          AlsCorpus.dir().resolve("v11.0.12_abletoolz_skeleton.als"), staged.resolve("new.als"));
      Files.move(
          staged,
          library.resolve("New Project"),
          java.nio.file.StandardCopyOption.ATOMIC_MOVE); // whole, at once
      assertThat(watchOut.await(s -> s.contains("5 sets: 1 read"), 60))
          .as(watchOut.toString())
          .isTrue();
      assertThat(CliRun.of(CliRun.scanAls(library, data, "--no-wait")).out())
          .startsWith("5 sets: 0 read");
    } finally {
      watcher.interrupt();
      watcher.join(30_000);
    }
    assertThat(watcher.isAlive()).isFalse();
  }
}
