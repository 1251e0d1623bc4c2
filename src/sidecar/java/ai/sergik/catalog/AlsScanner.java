package ai.sergik.catalog;

import ai.sergik.als.AlsParser;
import ai.sergik.concurrent.DaemonThreads;
import ai.sergik.data.DataDir;
import ai.sergik.data.DataDirLock;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns a folder of Live sets into the .als catalog under a data directory: {@code projects_als.csv},
 * its side tables ({@code tracks.csv}, {@code devices.csv}, {@code clips.csv}, {@code samples.csv}) and
 * {@code ableton_projects/all_projects.csv}.
 *
 * <p>Scans are incremental: a set whose size and modification time match its catalog row is not
 * opened; one whose time changed but whose SHA-256 did not is not parsed; rows of sets that were
 * deleted from the scanned folder are removed, and rows from other folders are kept. Sets are parsed
 * in parallel. Each parsed set is appended to a journal as soon as it is done, so an interrupted scan
 * resumes where it stopped; the catalog files themselves are replaced atomically at the end, and not
 * at all when nothing changed.
 *
 * <p>The steps, each its own class: {@link SetWalker} finds the sets, {@link LastScan} says whether the last scan
 * already saw exactly these, {@link ScanPlan} compares them with the catalog, {@link SetReader} hashes and parses the
 * changed ones in parallel into the {@link ScanJournal}, and {@link CatalogWriter} rewrites the files.
 */
public final class AlsScanner {
  /** Where finished sets go until the catalog files are rewritten. */
  public static final String JOURNAL_NAME = ".als-scan.journal";

  private final DataDir data;
  private final Options options;
  private final SetWalker walker;
  private final SetReader reader;
  private final LastScan lastScan;
  private final ScanJournal journal;
  private final Clock clock;

  /**
   * How a scan runs.
   *
   * @param threads parse threads, at least 1
   * @param includeBackups whether Live's automatic backups are parsed into projects_als.csv (they are
   *     always listed, flagged, in all_projects.csv)
   * @param zone the time zone that turns modification times into dates and years
   */
  public record Options(int threads, boolean includeBackups, ZoneId zone) {
    public static final Options DEFAULTS =
        new Options(Runtime.getRuntime().availableProcessors(), false, ZoneId.systemDefault());

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      Objects.requireNonNull(zone, "zone");
    }
  }

  /**
   * Hears about progress; the CLI draws a progress bar with it. It also hears when the scan waits for another command
   * that is writing to the data directory.
   */
  public interface Listener extends DataDirLock.Events {
    Listener NONE = new Listener() {};

    /** The walk found {@code sets} sets, of which {@code toRead} must be opened. */
    default void planned(int sets, int toRead) {}

    /** One set was read (parsed, or found unchanged by hash). {@code error} is empty unless it failed. */
    default void read(Path set, String error) {}
  }

  /**
   * What a scan did.
   *
   * @param parsed sets read and parsed this time, including the {@code failed} ones that got an error row
   * @param unchanged sets whose rows were kept (same size and time, or same hash)
   */
  public record Summary(
      int found,
      int parsed,
      int unchanged,
      int failed,
      int removed,
      int backupsSkipped,
      boolean written,
      Duration elapsed) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d sets: %d read (%d could not be parsed), %d unchanged, %d removed, %d backups not parsed%s (%.1f s)",
          found,
          parsed,
          failed,
          unchanged,
          removed,
          backupsSkipped,
          written ? "" : "; catalog already up to date",
          elapsed.toMillis() / 1000.0);
    }
  }

  public AlsScanner(DataDir data, AlsParser parser, Options options) {
    this(data, parser, options, Clock.systemUTC());
  }

  /** With the clock that dates the lock and times the scan (a test moves its own). */
  public AlsScanner(DataDir data, AlsParser parser, Options options, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.data = Objects.requireNonNull(data, "data");
    this.options = Objects.requireNonNull(options, "options");
    this.walker = new SetWalker(options.threads(), options.zone());
    this.reader = new SetReader(Objects.requireNonNull(parser, "parser"));
    this.lastScan = new LastScan(data, options.includeBackups(), options.zone());
    this.journal = new ScanJournal(data.catalogDir().resolve(JOURNAL_NAME));
  }

  public Path journal() {
    return journal.file();
  }

  /**
   * Scans {@code folder} (recursively) into the catalog, holding the data directory's {@link DataDirLock} (waiting
   * for it when another command writes there): two scans that interleave their journal and rewrites lose rows.
   */
  public Summary scan(Path folder, Listener listener) throws IOException, InterruptedException {
    DataDirLock held = DataDirLock.acquire(data, "scan als", listener, clock);
    try (held) {
      return scanLocked(folder, listener);
    }
  }

  /** Walks, plans, reads what changed in parallel, rewrites the catalog, and records what it saw. */
  private Summary scanLocked(Path folder, Listener listener)
      throws IOException, InterruptedException {
    Instant started = clock.instant();
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IOException(
          "not a folder: " + folder + "; name the folder that holds your Live sets");
    }
    List<SetFile> found = walker.walk(root);
    if (!journal.exists() && lastScan.sawTheSame(root, found)) {
      listener.planned(found.size(), 0);
      int backups = 0;
      for (SetFile f : found) {
        if (!options.includeBackups() && f.backup()) backups++;
      }
      return new Summary(
          found.size(),
          0,
          found.size() - backups,
          0,
          0,
          backups,
          false,
          Duration.between(started, clock.instant()));
    }

    Map<String, ProjectRow> oldProjects = new LinkedHashMap<>();
    CsvTable.rowsByKey(data.projectsAls(), CatalogTables.PROJECTS, CatalogTables.PATH)
        .forEach((path, cells) -> oldProjects.put(path, ProjectRow.of(cells)));
    TreeMap<String, List<String>> oldAll = new TreeMap<>(
        CsvTable.rowsByKey(data.allProjects(), CatalogTables.ALL_PROJECTS, CatalogTables.ALL_PATH));
    Map<String, ProjectRow> journalRows = journal.rows();
    // A catalog the last scan did not write (or an older version wrote) may lack side rows; those
    // sets are read again.
    Set<String> lostRows =
        lastScan.wroteTheCatalog() ? Set.of() : lastScan.setsWithLostRows(oldProjects.values());
    ScanPlan plan = ScanPlan.make(
        root, found, options.includeBackups(), oldProjects, oldAll, journalRows, lostRows);

    listener.planned(found.size(), plan.toRead.size());
    Set<String> readNextTime = plan.toRead.isEmpty() ? Set.of() : readAll(root, plan, listener);

    boolean written = plan.changed || !Files.exists(data.projectsAls());
    if (written) {
      new CatalogWriter(data)
          .write(plan.projects, plan.allProjects, plan.drop, plan.fresh, journal);
    }
    lastScan.record(plan.allProjects.values(), readNextTime);
    if (!plan.toRead.isEmpty() || !journalRows.isEmpty()) {
      journal.delete();
    }
    return new Summary(
        found.size(),
        plan.parsed,
        plan.unchanged,
        plan.failed,
        plan.removed,
        plan.backupsSkipped,
        written,
        Duration.between(started, clock.instant()));
  }

  /**
   * Reads the plan's sets in parallel into the journal and settles each into the plan; returns the paths of sets that
   * did not fit in memory even alone (read again by the next scan).
   */
  private Set<String> readAll(Path root, ScanPlan plan, Listener listener)
      throws IOException, InterruptedException {
    List<SetFile> toRead = plan.toRead;
    Set<String> readNextTime = new HashSet<>();
    try (ScanJournal.Appender out = journal.appender()) {
      ExecutorService pool =
          Executors.newFixedThreadPool(options.threads(), DaemonThreads.named("als-scan"));
      try {
        // Workers hand back only the projects row: side rows live in the journal until the catalog
        // is
        // written, so a cold scan of a large library does not hold them all in memory.
        List<Future<ScanJournal.Entry>> futures = new ArrayList<>(toRead.size());
        for (SetFile f : toRead) {
          ProjectRow old = plan.previous(f);
          futures.add(pool.submit(() -> {
            ScanJournal.Entry e = reader.readGuarded(f, old);
            if (SetReader.outOfMemory(e)) {
              return e; // read again below, alone
            }
            if (e.parsed()) {
              out.append(e);
            }
            listener.read(f.file(), e.projectRow().error());
            return ScanJournal.Entry.rowOnly(e.projectRow(), e.parsed());
          }));
        }
        List<ScanJournal.Entry> done = new ArrayList<>(futures.size());
        List<SetFile> again = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
          ScanJournal.Entry e = futures.get(i).get();
          futures.set(i, null);
          if (SetReader.outOfMemory(e)) {
            again.add(toRead.get(i));
          } else {
            done.add(e);
          }
        }
        // A set that ran out of memory may only have shared the heap with big neighbours: it gets
        // the heap to itself.
        for (SetFile f : again) {
          ScanJournal.Entry e = reader.readGuarded(f, plan.previous(f));
          if (SetReader.outOfMemory(e)) {
            readNextTime.add(f.path());
          } else if (e.parsed()) {
            out.append(e);
          }
          listener.read(f.file(), e.projectRow().error());
          done.add(ScanJournal.Entry.rowOnly(e.projectRow(), e.parsed()));
        }
        for (ScanJournal.Entry e : done) {
          plan.took(e);
        }
      } catch (ExecutionException e) {
        throw new IOException(
            "scanning " + root + " failed: " + e.getCause().getMessage(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return readNextTime;
  }
}
