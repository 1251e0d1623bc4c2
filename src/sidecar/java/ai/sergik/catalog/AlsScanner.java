package ai.sergik.catalog;

import ai.sergik.concurrent.DaemonThreads;
import ai.sergik.io.Digests;
import ai.sergik.als.AlsFormatException;
import ai.sergik.als.AlsParser;
import ai.sergik.als.LiveSet;
import ai.sergik.data.DataDir;
import ai.sergik.data.DataDirLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
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
 */
public final class AlsScanner {
  /** Where finished sets go until the catalog files are rewritten. */
  public static final String JOURNAL_NAME = ".als-scan.journal";

  /** Jackson starts slowly; an unchanged rescan never needs it. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final DataDir data;
  private final AlsParser parser;
  private final Options options;

  /**
   * How a scan runs.
   *
   * @param threads parse threads, at least 1
   * @param includeBackups whether Live's automatic backups are parsed into projects_als.csv (they are
   *     always listed, flagged, in all_projects.csv)
   * @param zone the time zone that turns modification times into dates and years
   */
  public record Options(int threads, boolean includeBackups, ZoneId zone) {
    public static final Options DEFAULTS = new Options(Runtime.getRuntime().availableProcessors(), false, ZoneId.systemDefault());

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
  public record Summary(int found, int parsed, int unchanged, int failed, int removed, int backupsSkipped, boolean written,
      Duration elapsed) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d sets: %d read (%d could not be parsed), %d unchanged, %d removed, %d backups not parsed%s (%.1f s)",
          found, parsed, failed, unchanged, removed, backupsSkipped, written ? "" : "; catalog already up to date",
          elapsed.toMillis() / 1000.0);
    }
  }

  public AlsScanner(DataDir data, AlsParser parser, Options options) {
    this.data = Objects.requireNonNull(data, "data");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.options = Objects.requireNonNull(options, "options");
  }

  public Path journal() {
    return data.catalogDir().resolve(JOURNAL_NAME);
  }

  /**
   * Scans {@code folder} (recursively) into the catalog, holding the data directory's {@link DataDirLock} (waiting
   * for it when another command writes there): two scans that interleave their journal and rewrites lose rows.
   */
  public Summary scan(Path folder, Listener listener) throws IOException, InterruptedException {
    try (DataDirLock held = DataDirLock.acquire(data, "scan als", listener)) {
      return scanLocked(folder, listener);
    }
  }

  private Summary scanLocked(Path folder, Listener listener) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IOException("not a folder: " + folder + "; name the folder that holds your Live sets");
    }
    List<SetFile> found = walk(root);
    Summary quick = unchangedSinceLastScan(root, found, started);
    if (quick != null) {
      listener.planned(found.size(), 0);
      return quick;
    }

    Map<String, List<String>> oldProjects = CatalogCsv.rows(data.projectsAls(), CatalogTables.PROJECTS, CatalogTables.PATH);
    Map<String, List<String>> oldAll = new TreeMap<>(CatalogCsv.rows(data.allProjects(), CatalogTables.ALL_PROJECTS, CatalogTables.ALL_PATH));
    Map<String, List<String>> journal = readJournal();
    // A catalog the last scan did not write (or an older version wrote) may lack side rows; those sets are read again.
    Set<String> lostRows = catalogWrittenByLastScan() ? Set.of() : setsWithLostRows(oldProjects.values());

    int pathIndex = CatalogTables.PATH;
    Map<String, List<String>> projects = new TreeMap<>();
    Set<String> drop = new HashSet<>();
    Set<String> fresh = new HashSet<>(); // ids whose side rows come from the journal
    List<SetFile> toRead = new ArrayList<>();
    int unchanged = 0;
    int backupsSkipped = 0;
    boolean changed = false;
    Set<String> foundPaths = new HashSet<>();
    for (SetFile f : found) {
      foundPaths.add(f.path());
      List<String> oldAllRow = oldAll.get(f.path());
      if (oldAllRow == null || !sameFile(oldAllRow, CatalogTables.ALL_SIZE, CatalogTables.ALL_MTIME, f)) {
        oldAll.put(f.path(), CatalogTables.allProjectsRow(f));
        changed = true;
      }
      if (f.backup() && !options.includeBackups()) {
        backupsSkipped++;
        if (oldProjects.remove(f.path()) != null) {
          drop.add(f.projectId());
          changed = true;
        }
        continue;
      }
      List<String> old = oldProjects.remove(f.path());
      if (old != null && sameFile(old, CatalogTables.SIZE, CatalogTables.MTIME, f) && !lostRows.contains(f.path())) {
        projects.put(f.path(), old);
        unchanged++;
        continue;
      }
      List<String> j = journal.get(f.path());
      if (j != null && sameFile(j, CatalogTables.SIZE, CatalogTables.MTIME, f)) {
        projects.put(f.path(), j);
        drop.add(f.projectId());
        fresh.add(f.projectId());
        changed = true;
        continue;
      }
      if (old != null) {
        projects.put(f.path(), old); // replaced below unless the hash shows the content is the same
      }
      toRead.add(f);
    }
    // rows of sets that were under the scanned folder and are gone now
    int removed = 0;
    for (var it = oldProjects.entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      if (under(root, e.getKey())) {
        drop.add(ProjectId.of(e.getKey()));
        it.remove();
        removed++;
        changed = true;
      } else {
        projects.put(e.getKey(), e.getValue());
      }
    }
    changed |= oldAll.keySet().removeIf(p -> !foundPaths.contains(p) && under(root, p));

    listener.planned(found.size(), toRead.size());
    int parsed = 0;
    int failed = 0;
    Set<String> readNextTime = new HashSet<>(); // sets that did not fit in memory even alone
    if (!toRead.isEmpty()) {
      try (JournalWriter out = new JournalWriter(journal())) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), DaemonThreads.named("als-scan"));
        try {
          // Workers hand back only the projects row: side rows live in the journal until the catalog is
          // written, so a cold scan of a large library does not hold them all in memory.
          List<Future<JournalEntry>> futures = new ArrayList<>(toRead.size());
          for (SetFile f : toRead) {
            List<String> old = lostRows.contains(f.path()) ? null : projects.get(f.path());
            futures.add(pool.submit(() -> {
              JournalEntry e = readGuarded(f, old);
              if (outOfMemory(e)) {
                return e; // read again below, alone
              }
              if (e.parsed()) {
                out.append(e);
              }
              listener.read(f.file(), e.row().get(CatalogTables.ERROR));
              return new JournalEntry(e.row(), List.of(), List.of(), List.of(), List.of(), e.parsed());
            }));
          }
          List<JournalEntry> done = new ArrayList<>(futures.size());
          List<SetFile> again = new ArrayList<>();
          for (int i = 0; i < futures.size(); i++) {
            JournalEntry e = futures.get(i).get();
            futures.set(i, null);
            if (outOfMemory(e)) {
              again.add(toRead.get(i));
            } else {
              done.add(e);
            }
          }
          // A set that ran out of memory may only have shared the heap with big neighbours: it gets the heap to itself.
          for (SetFile f : again) {
            JournalEntry e = readGuarded(f, lostRows.contains(f.path()) ? null : projects.get(f.path()));
            if (outOfMemory(e)) {
              readNextTime.add(f.path());
            } else if (e.parsed()) {
              out.append(e);
            }
            listener.read(f.file(), e.row().get(CatalogTables.ERROR));
            done.add(new JournalEntry(e.row(), List.of(), List.of(), List.of(), List.of(), e.parsed()));
          }
          for (JournalEntry e : done) {
            String path = e.row().get(pathIndex);
            projects.put(path, e.row());
            if (e.parsed()) {
              String id = ProjectId.of(path);
              drop.add(id);
              fresh.add(id);
              changed = true;
              parsed++;
              if (!e.row().get(CatalogTables.ERROR).isEmpty()) {
                failed++;
              }
            } else {
              unchanged++;
              changed = true; // the row's modification time moved
            }
          }
        } catch (ExecutionException e) {
          throw new IOException("scanning " + root + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
          pool.shutdownNow();
        }
      }
    }

    boolean written = changed || !Files.exists(data.projectsAls());
    if (written) {
      writeCatalog(projects, oldAll, drop, fresh);
    }
    Map<String, ScanState.Stamp> stamps = new HashMap<>();
    for (List<String> row : oldAll.values()) {
      if (readNextTime.contains(row.get(CatalogTables.ALL_PATH))) {
        continue; // not in the state, so the next scan does not take the folder for unchanged
      }
      try {
        stamps.put(row.get(CatalogTables.ALL_PATH), new ScanState.Stamp(Long.parseLong(row.get(CatalogTables.ALL_SIZE)),
            Long.parseLong(row.get(CatalogTables.ALL_MTIME))));
      } catch (NumberFormatException rowFromAnotherTool) {
        stamps.clear(); // no reliable state: the next scan reads the CSVs again
        break;
      }
    }
    if (!stamps.isEmpty()) {
      ScanState.write(statePath(), optionsKey(), catalogFiles(), stamps);
    } else {
      Files.deleteIfExists(statePath());
    }
    if (!toRead.isEmpty() || !journal.isEmpty()) {
      Files.deleteIfExists(journal());
    }
    return new Summary(found.size(), parsed, unchanged, failed, removed, backupsSkipped, written,
        Duration.ofNanos(System.nanoTime() - started));
  }

  Path statePath() {
    return data.catalogDir().resolve(ScanState.FILE_NAME);
  }

  private String optionsKey() {
    return "include_backups=" + options.includeBackups() + " zone=" + options.zone().getId();
  }

  private List<Path> catalogFiles() {
    Path dir = data.catalogDir();
    return List.of(data.projectsAls(), data.allProjects(), dir.resolve("tracks.csv"), dir.resolve("devices.csv"),
        dir.resolve("clips.csv"), dir.resolve("samples.csv"));
  }

  /** Whether the catalog files are exactly the ones the last scan wrote, as its state file recorded them. */
  private boolean catalogWrittenByLastScan() throws IOException {
    ScanState state = ScanState.read(statePath());
    return state != null && state.matches(optionsKey(), catalogFiles());
  }

  /**
   * The paths of parsed sets whose side rows are missing: the projects row counts tracks, devices, clips or samples,
   * but the side table has no row of that project. This is what two scans writing at once (before the data directory
   * lock) left behind, and what a side table edited by hand can look like; the rows themselves cannot be trusted to
   * say more, since lists stop at {@link ai.sergik.als.AlsLimits#maxListedItems()} while counts go on.
   */
  private Set<String> setsWithLostRows(java.util.Collection<List<String>> projectRows) throws IOException {
    List<Set<String>> present = new ArrayList<>();
    Path dir = data.catalogDir();
    for (String table : List.of("tracks.csv", "devices.csv", "clips.csv", "samples.csv")) {
      Set<String> ids = new HashSet<>();
      CatalogCsv.forEach(dir.resolve(table), r -> ids.add(r.get(0)));
      present.add(ids);
    }
    Set<String> lost = new HashSet<>();
    for (List<String> row : projectRows) {
      if (!row.get(CatalogTables.ERROR).isEmpty()) continue;
      String id = row.get(CatalogTables.PROJECT_ID);
      int[] promised = {
          count(row, "midi_tracks") + count(row, "audio_tracks") + count(row, "group_tracks") + count(row, "return_tracks"),
          count(row, "devices"),
          count(row, "session_clips") + count(row, "arrangement_clips") + count(row, "take_lane_clips"),
          count(row, "unique_samples")};
      for (int i = 0; i < promised.length; i++) {
        if (promised[i] > 0 && !present.get(i).contains(id)) {
          lost.add(row.get(CatalogTables.PATH));
          break;
        }
      }
    }
    return lost;
  }

  private static int count(List<String> row, String column) {
    try {
      return Integer.parseInt(row.get(CatalogTables.PROJECTS.indexOf(column)));
    } catch (NumberFormatException notACount) {
      return 0;
    }
  }

  /**
   * The summary of a scan that has nothing to do, decided from the scan state alone: the catalog files
   * are the ones the last scan wrote, and every set under {@code root} has the size and time it had
   * then, with none added or removed. Null when anything differs.
   */
  private Summary unchangedSinceLastScan(Path root, List<SetFile> found, long started) throws IOException {
    if (Files.exists(journal())) {
      return null;
    }
    ScanState state = ScanState.read(statePath());
    if (state == null || !state.matches(optionsKey(), catalogFiles())) {
      return null;
    }
    String prefix = root.toString().endsWith(java.io.File.separator) ? root.toString() : root + java.io.File.separator;
    int under = 0;
    for (String path : state.sets().keySet()) {
      if (path.startsWith(prefix)) under++;
    }
    if (under != found.size()) {
      return null;
    }
    int backups = 0;
    for (SetFile f : found) {
      ScanState.Stamp s = state.sets().get(f.path());
      if (s == null || s.size() != f.sizeBytes() || s.mtimeMillis() != f.mtimeMillis()) {
        return null;
      }
      if (!options.includeBackups() && f.backup()) backups++;
    }
    return new Summary(found.size(), 0, found.size() - backups, 0, 0, backups, false,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Finds every .als file under {@code root}. The folders directly under it are walked in parallel
   * (a library is many project folders, and on a large one the walk is most of an unchanged rescan).
   */
  private List<SetFile> walk(Path root) throws IOException, InterruptedException {
    List<SetFile> sets = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Path> folders = new ArrayList<>();
    try (var children = Files.newDirectoryStream(root)) {
      for (Path child : children) {
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(child, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException unreadable) {
          continue;
        }
        if (attrs.isDirectory()) {
          folders.add(child);
        } else {
          addIfSet(sets, child, attrs);
        }
      }
    }
    if (options.threads() == 1 || folders.size() < 2) {
      for (Path folder : folders) walkFolder(folder, sets);
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(Math.min(options.threads(), folders.size()), DaemonThreads.named("als-walk"));
      try {
        List<Future<?>> walks = new ArrayList<>();
        for (Path folder : folders) {
          walks.add(pool.submit(() -> {
            walkFolder(folder, sets);
            return null;
          }));
        }
        for (Future<?> w : walks) w.get();
      } catch (ExecutionException e) {
        throw new IOException("walking " + root + " failed: " + e.getCause().getMessage(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    List<SetFile> sorted = new ArrayList<>(sets);
    sorted.sort(java.util.Comparator.comparing(SetFile::path));
    return sorted;
  }

  private void walkFolder(Path folder, List<SetFile> sets) throws IOException {
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        addIfSet(sets, file, attrs);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // an unreadable folder must not end the scan of the others
      }
    });
  }

  private void addIfSet(List<SetFile> sets, Path file, BasicFileAttributes attrs) {
    String name = file.getFileName().toString();
    if (attrs.isRegularFile() && name.toLowerCase(Locale.ROOT).endsWith(".als") && !name.startsWith("._")) {
      sets.add(new SetFile(file.toString(), attrs.size(), attrs.lastModifiedTime().toMillis(), options.zone(), ""));
    }
  }

  private static boolean sameFile(List<String> row, int size, int mtime, SetFile f) {
    return row.get(size).equals(Long.toString(f.sizeBytes())) && row.get(mtime).equals(Long.toString(f.mtimeMillis()));
  }

  private static boolean under(Path root, String path) {
    return Path.of(path).startsWith(root);
  }

  /** The start of the error of a set that did not fit in memory; such a set is read again by the next scan. */
  static final String OUT_OF_MEMORY = "ran out of memory while parsing";

  /**
   * {@link #read}, with any failure of the parse kept to this one set: an error row instead of an aborted scan. A set
   * that runs out of memory gets an error row without a modification time, so the next scan reads it again (perhaps
   * with a larger heap).
   */
  private JournalEntry readGuarded(SetFile f, List<String> old) throws IOException {
    try {
      return read(f, old);
    } catch (OutOfMemoryError e) {
      List<String> row = new ArrayList<>(CatalogTables.errorRow(f, OUT_OF_MEMORY + " (this JVM may use at most "
          + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB; the set holds " + f.sizeBytes() + " compressed bytes); give"
          + " the JVM more memory (SERGIK_JAVA_OPTS=-Xmx1g) and scan again: the set is read again on the next scan"));
      row.set(CatalogTables.MTIME, "");
      return new JournalEntry(row, List.of(), List.of(), List.of(), List.of(), true);
    } catch (RuntimeException | StackOverflowError e) {
      return new JournalEntry(CatalogTables.errorRow(f, "could not be parsed (" + e + ")"), List.of(), List.of(), List.of(),
          List.of(), true);
    }
  }

  private static boolean outOfMemory(JournalEntry e) {
    return e.row().get(CatalogTables.ERROR).startsWith(OUT_OF_MEMORY);
  }

  /** Hashes and parses one set; a set whose content matches {@code old} keeps its row with the new date. */
  private JournalEntry read(SetFile f, List<String> old) throws IOException {
    int shaIndex = CatalogTables.SHA;
    int sizeIndex = CatalogTables.SIZE;
    if (old != null && old.get(sizeIndex).equals(Long.toString(f.sizeBytes())) && !old.get(shaIndex).isEmpty()) {
      String hash = Digests.sha256Hex(f.file());
      if (hash.equals(old.get(shaIndex))) {
        List<String> row = new ArrayList<>(old);
        SetFile hashed = f.withSha256(hash);
        row.set(CatalogTables.MODIFIED, hashed.modifiedTime());
        row.set(CatalogTables.MTIME, Long.toString(f.mtimeMillis()));
        row.set(CatalogTables.YEAR, Integer.toString(hashed.year()));
        return new JournalEntry(row, List.of(), List.of(), List.of(), List.of(), false);
      }
    }
    MessageDigest digest = Digests.sha256();
    String id = f.projectId();
    try (InputStream in = new DigestInputStream(Files.newInputStream(f.file()), digest)) {
      LiveSet set;
      String error = "";
      try {
        set = parser.parse(in, f.path());
      } catch (AlsFormatException e) {
        set = null;
        error = e.reason();
      }
      in.transferTo(OutputStreamSink.INSTANCE); // hash the whole file even when parsing stopped early
      SetFile hashed = f.withSha256(HexFormat.of().formatHex(digest.digest()));
      if (set == null) {
        return new JournalEntry(CatalogTables.errorRow(hashed, error), List.of(), List.of(), List.of(), List.of(), true);
      }
      return new JournalEntry(CatalogTables.projectRow(hashed, set), CatalogTables.trackRows(id, set),
          CatalogTables.deviceRows(id, set), CatalogTables.clipRows(id, set), CatalogTables.sampleRows(id, set), true);
    } catch (IOException e) {
      SetFile unhashed = f.withSha256("");
      return new JournalEntry(CatalogTables.errorRow(unhashed, "could not read the file: " + e.getMessage()),
          List.of(), List.of(), List.of(), List.of(), true);
    }
  }


  private void writeCatalog(Map<String, List<String>> projects, Map<String, List<String>> all, Set<String> drop,
      Set<String> fresh) throws IOException {
    Path dir = data.catalogDir();
    CatalogCsv.rewrite(dir.resolve("tracks.csv"), CatalogTables.TRACKS, drop, journalRows(projects, fresh, JournalEntry::tracks));
    CatalogCsv.rewrite(dir.resolve("devices.csv"), CatalogTables.DEVICES, drop, journalRows(projects, fresh, JournalEntry::devices));
    CatalogCsv.rewrite(dir.resolve("clips.csv"), CatalogTables.CLIPS, drop, journalRows(projects, fresh, JournalEntry::clips));
    CatalogCsv.rewrite(dir.resolve("samples.csv"), CatalogTables.SAMPLES, drop, journalRows(projects, fresh, JournalEntry::samples));
    CatalogCsv.write(data.allProjects(), CatalogTables.ALL_PROJECTS, all.values());
    // projects_als.csv last: it is what the next scan trusts, so it only names sets whose side rows are written
    CatalogCsv.write(data.projectsAls(), CatalogTables.PROJECTS, projects.values());
  }

  /** The projects rows of the sets in the journal (the last entry of a path wins). */
  private Map<String, List<String>> readJournal() throws IOException {
    Map<String, List<String>> rows = new HashMap<>();
    forEachJournalEntry(e -> rows.put(e.row().get(CatalogTables.PATH), e.row()));
    return rows;
  }

  /**
   * Streams one side table's rows out of the journal: those of entries whose projects row is the one
   * kept (a stale entry for a set saved again since is skipped), each project once.
   */
  private CatalogCsv.RowSource journalRows(Map<String, List<String>> projects, Set<String> fresh,
      java.util.function.Function<JournalEntry, List<List<String>>> table) {
    return sink -> {
      Set<String> emitted = new HashSet<>();
      forEachJournalEntry(e -> {
        String path = e.row().get(CatalogTables.PATH);
        String id = ProjectId.of(path);
        if (fresh.contains(id) && e.row().equals(projects.get(path)) && emitted.add(id)) {
          table.apply(e).forEach(sink);
        }
      });
    };
  }

  private void forEachJournalEntry(java.util.function.Consumer<JournalEntry> each) throws IOException {
    Path file = journal();
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        JournalEntry e;
        try {
          e = Json.MAPPER.readValue(line, JournalEntry.class);
        } catch (IOException partialLine) {
          continue; // the scan was killed mid-line; that set is read again
        }
        if (e.row() != null && e.row().size() == CatalogTables.PROJECTS.size()) {
          each.accept(e);
        }
      }
    }
  }

  /** One set's rows: the projects row and its side-table rows. {@code parsed} is false for a hash-only refresh. */
  public record JournalEntry(List<String> row, List<List<String>> tracks, List<List<String>> devices,
      List<List<String>> clips, List<List<String>> samples, boolean parsed) {}

  /** Appends finished sets to the journal, one JSON line each, flushed so a kill loses at most the last. */
  private static final class JournalWriter implements AutoCloseable {
    private final BufferedWriter out;

    JournalWriter(Path file) throws IOException {
      Files.createDirectories(file.getParent());
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    synchronized void append(JournalEntry e) {
      try {
        out.write(Json.MAPPER.writeValueAsString(e));
        out.write('\n');
        out.flush();
      } catch (IOException ex) {
        throw new UncheckedIOException("could not append to the scan journal: " + ex.getMessage(), ex);
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Discards bytes; used to drain a stream through its digest. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
