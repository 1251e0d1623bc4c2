package ai.sergik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.als.AlsCorpus;
import ai.sergik.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog that lost side rows to two scans writing at once (before the data directory lock) was left with a scan
 * state matching the damaged files, so every rescan said "unchanged" and never repaired it. A rescan now repairs it.
 */
@Timeout(180) // a guard against hangs, not a speed check
class LostRowsRepairTest {
  @TempDir
  Path tmp;

  static List<String> lines(Path csv) throws IOException {
    return Files.readAllLines(csv, StandardCharsets.UTF_8);
  }

  /** The state file as the old version wrote it after a damaged catalog: its own magic, stamps that match. */
  static void stateOfTheOldVersionMatching(Path data) throws IOException {
    Path catalog = data.resolve("catalog");
    Path state = catalog.resolve(ScanState.FILE_NAME);
    List<String> lines = new ArrayList<>(lines(state));
    StringBuilder stamp = new StringBuilder();
    for (Path f : List.of(
        catalog.resolve("projects_als.csv"),
        catalog.resolve("ableton_projects/all_projects.csv"),
        catalog.resolve("tracks.csv"),
        catalog.resolve("devices.csv"),
        catalog.resolve("clips.csv"),
        catalog.resolve("samples.csv"))) {
      stamp
          .append(Files.size(f))
          .append('/')
          .append(Files.getLastModifiedTime(f).toMillis())
          .append(' ');
    }
    lines.set(0, "sergik-als-scan-state 1");
    lines.set(2, stamp.toString());
    Files.write(state, lines, StandardCharsets.UTF_8);
  }

  @Test
  void rescanRepairsClipsAndTracksLostToTwoConcurrentScansAndLeavesAHealthyCorpusCatalogAlone()
      throws IOException {
    Path library = tmp.resolve("lib");
    Path data = tmp.resolve("data");
    try (Stream<Path> sets = Files.list(AlsCorpus.dir())) {
      for (Path set : sets.filter(p -> p.toString().endsWith(".als")).toList()) {
        Path to = library
            .resolve(set.getFileName().toString().replace(".als", " Project"))
            .resolve(set.getFileName());
        Files.createDirectories(to.getParent());
        Files.copy(set, to);
      }
    }
    String[] scan = {"scan", "als", library.toString(), "--data", data.toString(), "--no-progress"};
    assertThat(CliRun.of(scan).code()).isZero();
    Path clips = data.resolve("catalog/clips.csv");
    Path tracks = data.resolve("catalog/tracks.csv");
    List<String> goodClips = lines(clips);
    List<String> goodTracks = lines(tracks);

    // a healthy catalog under an old state: nothing is read again (no set is wrongly taken for
    // damaged)
    stateOfTheOldVersionMatching(data);
    CliRun healthy = CliRun.of(scan);
    assertThat(healthy.code()).isZero();
    assertThat(healthy.out()).startsWith("20 sets: 0 read (0 could not be parsed), 20 unchanged");

    // what the race left: the header and the rows of one project, and a state that matches the
    // damage
    String kept = goodClips.get(1).substring(0, goodClips.get(1).indexOf(','));
    Files.write(
        clips,
        goodClips.stream()
            .filter(l -> l == goodClips.get(0) || l.startsWith(kept + ","))
            .toList());
    Files.write(
        tracks,
        goodTracks.stream()
            .filter(l -> l == goodTracks.get(0) || l.startsWith(kept + ","))
            .toList());
    assertThat(lines(clips).size()).isLessThan(goodClips.size() / 2);
    stateOfTheOldVersionMatching(data);

    CliRun repair = CliRun.of(scan);
    assertThat(repair.code()).isZero();
    assertThat(repair.out())
        .doesNotContain("catalog already up to date")
        .containsPattern("20 sets: \\d+ read");
    assertThat(lines(clips)).containsExactlyInAnyOrderElementsOf(goodClips);
    assertThat(lines(tracks)).containsExactlyInAnyOrderElementsOf(goodTracks);

    CliRun after = CliRun.of(scan);
    assertThat(after.out())
        .startsWith("20 sets: 0 read (0 could not be parsed), 20 unchanged")
        .contains("catalog already up to date");
  }
}
