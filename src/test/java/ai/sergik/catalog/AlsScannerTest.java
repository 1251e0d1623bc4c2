package ai.sergik.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.als.AlsCorpus;
import ai.sergik.als.AlsParser;
import ai.sergik.als.LiveSet;
import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import ai.sergik.io.Digests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120) // a guard against hangs, not a speed check
class AlsScannerTest {
  static final String SMALL_A = "v12.2.6_abletoolz_skeleton.als";
  static final String SMALL_B = "v11.2.10b3_abletoolz_skeleton.als";
  static final String SMALL_C = "v10.1.7_dawtool_example-140.als";

  @TempDir
  Path tmp;

  Path library;
  DataDir data;
  AlsScanner scanner;

  @BeforeEach
  void setUp() throws IOException {
    library = tmp.resolve("Ableton Projects");
    data = new DataDir(tmp.resolve("data"));
    scanner =
        new AlsScanner(data, new AlsParser(), new AlsScanner.Options(2, false, ZoneOffset.UTC));
  }

  Path put(String corpusFile, String relative) throws IOException {
    Path target = library.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.copy(
        AlsCorpus.dir().resolve(corpusFile),
        target,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(target, FileTime.fromMillis(1_700_000_000_000L));
    return target;
  }

  Path putBytes(byte[] bytes, String relative) throws IOException {
    Path target = library.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    return target;
  }

  Map<String, Map<String, String>> projects() throws IOException {
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (Map<String, String> r : CsvTable.readMaps(data.projectsAls())) {
      rows.put(Path.of(r.get("path")).getFileName().toString(), r);
    }
    return rows;
  }

  List<List<String>> side(String table) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : CsvTable.readMaps(data.catalogDir().resolve(table))) {
      rows.add(List.copyOf(r.values()));
    }
    return rows;
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aScanWritesOneRowPerSetWithTheLeadingColumnsAndSideTablesKeyedByProjectId()
      throws Exception {
    Path a = put(SMALL_A, "SERGIK x Silent Jay - Night Project/SERGIK x Silent Jay - Night.als");
    put(SMALL_B, "Solo Project/Solo.als");
    AlsScanner.Summary summary = scanner.scan(library, AlsScanner.Listener.NONE);

    assertThat(summary.found()).isEqualTo(2);
    assertThat(summary.parsed()).isEqualTo(2);
    assertThat(summary.failed()).isZero();
    assertThat(CsvTable.open(data.projectsAls()).header())
        .containsExactlyElementsOf(CatalogTables.PROJECTS);

    LiveSet set = new AlsParser().parse(a);
    Map<String, String> row = projects().get("SERGIK x Silent Jay - Night.als");
    assertThat(row)
        .containsEntry("project_name", "SERGIK x Silent Jay - Night")
        .containsEntry("live_version", "12.2.6")
        .containsEntry("tempo", "120")
        .containsEntry("tempo_automated", "false")
        .containsEntry("time_signature", "4/4")
        .containsEntry("midi_tracks", "2")
        .containsEntry("audio_tracks", "2")
        .containsEntry("return_tracks", "2")
        .containsEntry("plugins", "1")
        .containsEntry("plugin_names", "FabFilter Pro-L 2")
        .containsEntry("session_clips", "1")
        .containsEntry("sample_refs", "2")
        .containsEntry("modified", "2023-11-14T22:13:20")
        .containsEntry("size_bytes", Long.toString(Files.size(a)))
        .containsEntry("sha256", Digests.sha256Hex(a))
        .containsEntry("error", "")
        .containsEntry("collaborator", "Silent Jay")
        .containsEntry("year", "2023");
    String id = row.get("project_id");
    assertThat(id).isEqualTo(ProjectId.of(a)).hasSize(12);
    assertThat(side("tracks.csv"))
        .filteredOn(r -> r.get(0).equals(id))
        .hasSize(set.tracks().size());
    assertThat(side("devices.csv"))
        .filteredOn(r -> r.get(0).equals(id))
        .hasSize(set.counts().devices());
    assertThat(side("clips.csv"))
        .filteredOn(r -> r.get(0).equals(id))
        .hasSize(set.counts().clips());
    assertThat(side("samples.csv"))
        .filteredOn(r -> r.get(0).equals(id))
        .hasSize(set.samples().size());

    assertThat(CsvTable.readMaps(data.allProjects()))
        .extracting(r -> r.get("project_name") + "|" + r.get("year") + "|" + r.get("collaborator")
            + "|" + r.get("modified"))
        .containsExactlyInAnyOrder(
            "SERGIK x Silent Jay - Night|2023|Silent Jay|2023-11-14", "Solo|2023||2023-11-14");
  }

  @Test
  void everyBrokenFileGetsOneErrorRowAndTheScanGoesOn() throws Exception {
    put(SMALL_C, "good.als");
    byte[] whole = Files.readAllBytes(AlsCorpus.dir().resolve(SMALL_A));
    putBytes(java.util.Arrays.copyOf(whole, whole.length / 2), "truncated.als");
    putBytes("PK\u0003\u0004 not gzip".getBytes(StandardCharsets.ISO_8859_1), "zip.als");
    putBytes(gzip("<?xml version=\"1.0\"?><Ableton><LiveSet><Tracks></LiveSet>"), "malformed.als");
    putBytes(gzip("<?xml version=\"1.0\"?><svg/>"), "notlive.als");
    putBytes(new byte[0], "empty.als");
    putBytes(
        gzip(
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Ableton>&x;</Ableton>"),
        "xxe.als");

    AlsScanner.Summary summary = scanner.scan(library, AlsScanner.Listener.NONE);

    assertThat(summary.found()).isEqualTo(7);
    assertThat(summary.failed()).isEqualTo(6);
    Map<String, Map<String, String>> rows = projects();
    assertThat(rows.get("good.als").get("error")).isEmpty();
    assertThat(rows.get("truncated.als").get("error")).contains("truncated");
    assertThat(rows.get("zip.als").get("error")).startsWith("not a Live set: expected gzip data");
    assertThat(rows.get("malformed.als").get("error")).startsWith("malformed XML");
    assertThat(rows.get("notlive.als").get("error"))
        .isEqualTo("not a Live set: the root element is <svg>, expected <Ableton>");
    assertThat(rows.get("empty.als").get("error"))
        .isEqualTo("the file is empty; a Live set is gzip-compressed XML");
    assertThat(rows.get("xxe.als").get("error")).contains("DOCTYPE").doesNotContain("root:");
    assertThat(rows.get("empty.als").get("sha256"))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void anUnchangedRescanReadsNothingAndWritesNothing() throws Exception {
    put(SMALL_A, "a.als");
    put(SMALL_B, "b.als");
    scanner.scan(library, AlsScanner.Listener.NONE);
    FileTime written = Files.getLastModifiedTime(data.projectsAls());
    byte[] before = Files.readAllBytes(data.projectsAls());

    List<Path> read = new ArrayList<>();
    AlsScanner.Summary again = scanner.scan(library, new AlsScanner.Listener() {
      @Override
      public void read(Path set, String error) {
        read.add(set);
      }
    });

    assertThat(read).isEmpty();
    assertThat(again.parsed()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.written()).isFalse();
    assertThat(Files.getLastModifiedTime(data.projectsAls())).isEqualTo(written);
    assertThat(Files.readAllBytes(data.projectsAls())).isEqualTo(before);
    assertThat(scanner.journal()).doesNotExist();
  }

  @Test
  void aCatalogChangedBehindTheScannersBackIsReadAgainRatherThanTrusted() throws Exception {
    put(SMALL_A, "a.als");
    put(SMALL_B, "b.als");
    scanner.scan(library, AlsScanner.Listener.NONE);
    Files.delete(data.catalogDir().resolve("tracks.csv"));
    Files.writeString(data.projectsAls(), String.join(",", CatalogTables.PROJECTS) + "\n");

    AlsScanner.Summary summary = scanner.scan(library, AlsScanner.Listener.NONE);

    assertThat(summary.parsed()).isEqualTo(2);
    assertThat(projects()).containsOnlyKeys("a.als", "b.als");
    assertThat(side("tracks.csv")).isNotEmpty();
  }

  @Test
  void aChangedSetIsParsedAgainAndItsSideRowsAreReplacedNotDuplicated() throws Exception {
    Path a = put(SMALL_A, "a.als");
    scanner.scan(library, AlsScanner.Listener.NONE);
    String id = ProjectId.of(a);
    int tracksBefore =
        (int) side("tracks.csv").stream().filter(r -> r.get(0).equals(id)).count();

    put(SMALL_C, "a.als"); // saved again with other content
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_100_000L));
    AlsScanner.Summary summary = scanner.scan(library, AlsScanner.Listener.NONE);

    assertThat(summary.parsed()).isEqualTo(1);
    LiveSet now = new AlsParser().parse(a);
    assertThat(side("tracks.csv"))
        .filteredOn(r -> r.get(0).equals(id))
        .hasSize(now.tracks().size())
        .hasSizeLessThan(tracksBefore);
    assertThat(projects().get("a.als"))
        .containsEntry("live_version", "10.1.7")
        .containsEntry("project_id", id);
  }

  @Test
  void aTouchedButIdenticalSetIsRecognisedByItsHashAndNotParsed() throws Exception {
    Path a = put(SMALL_A, "a.als");
    scanner.scan(library, AlsScanner.Listener.NONE);
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_800_000_000_000L));

    AlsScanner.Summary summary = scanner.scan(library, AlsScanner.Listener.NONE);

    assertThat(summary.parsed()).isZero();
    assertThat(summary.unchanged()).isEqualTo(1);
    assertThat(projects().get("a.als"))
        .containsEntry("mtime_ms", "1800000000000")
        .containsEntry("year", "2027");
    assertThat(side("tracks.csv"))
        .filteredOn(r -> r.get(0).equals(ProjectId.of(a)))
        .isNotEmpty();
  }

  @Test
  void deletedSetsLoseTheirRowsWhileRowsFromOtherFoldersStay() throws Exception {
    Path a = put(SMALL_A, "a.als");
    put(SMALL_B, "b.als");
    Path otherFolder = tmp.resolve("Other Drive");
    Files.createDirectories(otherFolder);
    Files.copy(AlsCorpus.dir().resolve(SMALL_C), otherFolder.resolve("c.als"));
    scanner.scan(library, AlsScanner.Listener.NONE);
    scanner.scan(otherFolder, AlsScanner.Listener.NONE);
    assertThat(projects()).containsOnlyKeys("a.als", "b.als", "c.als");

    Files.delete(a);
    AlsScanner.Summary summary = scanner.scan(library, AlsScanner.Listener.NONE);

    assertThat(summary.removed()).isEqualTo(1);
    assertThat(projects()).containsOnlyKeys("b.als", "c.als");
    assertThat(side("tracks.csv")).noneMatch(r -> r.get(0).equals(ProjectId.of(a)));
    List<String> allPaths = new ArrayList<>();
    for (Map<String, String> r : CsvTable.readMaps(data.allProjects())) {
      allPaths.add(Path.of(r.get("path")).getFileName().toString());
    }
    assertThat(allPaths).containsExactlyInAnyOrder("b.als", "c.als");
  }

  @Test
  void backupsAreFlaggedInAllProjectsAndLeftOutOfTheParsedCatalogByDefault() throws Exception {
    put(SMALL_A, "Song Project/Song.als");
    put(SMALL_A, "Song Project/Backup/Song [2024-01-02 101010].als");

    AlsScanner.Summary summary = scanner.scan(library, AlsScanner.Listener.NONE);

    assertThat(summary.backupsSkipped()).isEqualTo(1);
    assertThat(projects()).containsOnlyKeys("Song.als");
    Map<String, String> backupFlags = new HashMap<>();
    for (Map<String, String> r : CsvTable.readMaps(data.allProjects())) {
      backupFlags.put(r.get("project_name"), r.get("backup"));
    }
    assertThat(backupFlags)
        .containsEntry("Song", "false")
        .containsEntry("Song [2024-01-02 101010]", "true");

    AlsScanner withBackups =
        new AlsScanner(data, new AlsParser(), new AlsScanner.Options(1, true, ZoneOffset.UTC));
    withBackups.scan(library, AlsScanner.Listener.NONE);
    assertThat(projects()).containsOnlyKeys("Song.als", "Song [2024-01-02 101010].als");
    assertThat(projects().get("Song [2024-01-02 101010].als")).containsEntry("backup", "true");
  }

  @Test
  void anInterruptedScanResumesFromItsJournal() throws Exception {
    put(SMALL_A, "a.als");
    put(SMALL_B, "b.als");
    put(SMALL_C, "c.als");
    AlsScanner oneThread =
        new AlsScanner(data, new AlsParser(), new AlsScanner.Options(1, false, ZoneOffset.UTC));
    int[] reads = {0};
    assertThatThrownBy(() -> oneThread.scan(library, new AlsScanner.Listener() {
          @Override
          public void read(Path set, String error) {
            if (++reads[0] == 2) {
              throw new IllegalStateException("power cut");
            }
          }
        }))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("power cut");
    assertThat(oneThread.journal()).exists();
    assertThat(data.projectsAls()).doesNotExist();
    // the two sets read before the failure are journaled; the third may have finished too before
    // the pool stopped
    long journaled = Files.readAllLines(oneThread.journal()).size();
    assertThat(journaled).isBetween(2L, 3L);

    List<Path> readAgain = new ArrayList<>();
    AlsScanner.Summary resumed = oneThread.scan(library, new AlsScanner.Listener() {
      @Override
      public void read(Path set, String error) {
        readAgain.add(set);
      }
    });

    assertThat(readAgain).hasSize(3 - (int) journaled);
    assertThat(resumed.parsed()).isEqualTo(3 - (int) journaled);
    assertThat(projects()).containsOnlyKeys("a.als", "b.als", "c.als");
    assertThat(side("tracks.csv"))
        .extracting(r -> r.get(0))
        .contains(
            ProjectId.of(library.resolve("a.als")),
            ProjectId.of(library.resolve("b.als")),
            ProjectId.of(library.resolve("c.als")));
    assertThat(oneThread.journal()).doesNotExist();
  }

  @Test
  void aFolderThatDoesNotExistIsAClearError() {
    assertThatThrownBy(() -> scanner.scan(tmp.resolve("nope"), AlsScanner.Listener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "not a folder: " + tmp.resolve("nope") + "; name the folder that holds your Live sets");
  }

  @Test
  void watchingRescansWhenASetIsSaved() throws Exception {
    put(SMALL_A, "a.als");
    scanner.scan(library, AlsScanner.Listener.NONE);
    java.util.concurrent.BlockingQueue<AlsScanner.Summary> scans =
        new java.util.concurrent.LinkedBlockingQueue<>();
    Thread watcher = new Thread(() -> {
      try {
        new AlsWatcher(scanner, library, java.time.Duration.ofMillis(200)).run(scans::add);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    watcher.start();
    try {
      Thread.sleep(300); // let the watcher register the folders
      put(SMALL_B, "New Song Project/New Song.als");
      AlsScanner.Summary summary = null;
      for (int i = 0;
          i < 100 && (summary == null || !projects().containsKey("New Song.als"));
          i++) {
        AlsScanner.Summary s = scans.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (s != null) summary = s;
        if (summary == null && i % 10 == 9) {
          // a new folder may appear before the watcher registers it; saving again is what Live does
          // anyway
          Files.setLastModifiedTime(
              library.resolve("New Song Project/New Song.als"),
              FileTime.fromMillis(1_700_000_200_000L + i));
        }
      }
      assertThat(summary).isNotNull();
      assertThat(projects()).containsKeys("a.als", "New Song.als");
    } finally {
      watcher.interrupt();
      watcher.join(5000);
    }
  }
}
