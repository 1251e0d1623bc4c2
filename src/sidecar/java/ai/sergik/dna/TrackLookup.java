package ai.sergik.dna;

import static ai.sergik.io.CsvColumn.BPM;
import static ai.sergik.io.CsvColumn.ENERGY;

import ai.sergik.io.CsvTable;
import ai.sergik.music.Key;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Finds a track's traits in the catalogs: by track id ({@code manifests/tracks.csv}) or by file name
 * (a row of {@code analysis/bpm_key/analyzed_tracks.csv}).
 */
public final class TrackLookup {
  private final CatalogFiles files;

  public TrackLookup(CatalogFiles files) {
    this.files = files;
  }

  /** The traits of the track named {@code ref}, or empty when no catalog row names it. */
  public Optional<TrackTraits> find(String ref) throws IOException {
    String fileName = ref;
    String via = "";
    if (files.tracks().isPresent()) {
      CsvTable tracks = CsvTable.open(files.tracks().get());
      CsvTable.Row[] hit = {null};
      tracks.forEach(row -> {
        if (hit[0] == null && row.get("track_id").equalsIgnoreCase(ref)) hit[0] = row;
      });
      if (hit[0] != null) {
        fileName = hit[0].get("filename");
        via = "track " + ref + " (" + hit[0].where() + ") → ";
        Optional<TrackTraits> fromManifest = traits(ref, via + hit[0].where(), hit[0]);
        Optional<TrackTraits> analysed = findAnalysed(ref, fileName, via);
        if (analysed.isPresent()) return analysed;
        if (fromManifest.isPresent()) return fromManifest;
      }
    }
    return findAnalysed(ref, fileName, via);
  }

  private Optional<TrackTraits> findAnalysed(String ref, String fileName, String via)
      throws IOException {
    if (files.analyzedTracks().isEmpty() || fileName.isEmpty()) return Optional.empty();
    CsvTable analysed = CsvTable.open(files.analyzedTracks().get());
    String wanted = Path.of(fileName).getFileName().toString();
    CsvTable.Row[] hit = {null};
    analysed.forEach(row -> {
      if (hit[0] != null) return;
      String name = row.get("filename");
      if (name.isEmpty()) {
        String path = row.get("path");
        name = path.isEmpty() ? "" : Path.of(path).getFileName().toString();
      }
      if (name.equalsIgnoreCase(wanted)) hit[0] = row;
    });
    return hit[0] == null ? Optional.empty() : traits(ref, via + hit[0].where(), hit[0]);
  }

  private static Optional<TrackTraits> traits(String ref, String source, CsvTable.Row row) {
    Double bpm = row.number(BPM);
    Key key = null;
    try {
      key = Key.parseOrNull(row.get("camelot"));
      if (key == null) key = Key.parseOrNull(row.get("key"));
      if (key != null) key = key.onWheel();
    } catch (IllegalArgumentException e) {
      key = null; // an unreadable key counts as unknown; the comparison says so
    }
    Double energy = row.number(ENERGY);
    if (bpm == null && key == null && energy == null) return Optional.empty();
    return Optional.of(new TrackTraits(
        ref,
        source,
        bpm != null && bpm > 0 ? OptionalDouble.of(bpm) : OptionalDouble.empty(),
        Optional.ofNullable(key),
        energy != null && Math.round(energy) >= 1 && Math.round(energy) <= 10
            ? OptionalInt.of((int) Math.round(energy))
            : OptionalInt.empty()));
  }
}
