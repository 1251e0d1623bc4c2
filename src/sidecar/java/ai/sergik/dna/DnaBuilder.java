package ai.sergik.dna;

import static ai.sergik.io.CsvColumn.BPM;
import static ai.sergik.io.CsvColumn.COLLABORATOR;
import static ai.sergik.io.CsvColumn.ENERGY;
import static ai.sergik.io.CsvColumn.GENRES;
import static ai.sergik.io.CsvColumn.MODIFIED;

import ai.sergik.dna.Derivation.Source;
import ai.sergik.io.CsvTable;
import ai.sergik.music.Key;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Builds a {@link DnaProfile} from the catalog files of one data directory. */
public final class DnaBuilder {
  /** The sweet spot is the narrowest band of energy levels holding at least this share of tracks. */
  public static final double SWEET_SPOT_SHARE = 0.80;

  public static final int TOP_COLLABORATORS = 30;
  private static final Pattern GENRE_SEPARATORS = Pattern.compile("[,;/|]");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private final CatalogFiles files;
  private final List<String> notes = new ArrayList<>();

  public DnaBuilder(CatalogFiles files) {
    this.files = files;
  }

  /** Things worth telling the user (missing optional files, skipped rows), in order found. */
  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  public DnaProfile build(Instant now) throws IOException {
    Path analyzed = files
        .analyzedTracks()
        .orElseThrow(
            () -> new IOException(
                "no analysed tracks in " + files.dir()
                    + ": expected analysis/bpm_key/analyzed_tracks.csv "
                    + "(columns filename, bpm, key or camelot, energy); run `sergik analyze` on your exports first"));
    Map<String, Derivation> derivations = new LinkedHashMap<>();
    Analysis analysis = readAnalysis(analyzed);
    Source analysisSource = new Source(files.relative(analyzed), analysis.rows);

    Map<String, Double> zones = new LinkedHashMap<>();
    Map<String, Long> zoneCounts = new LinkedHashMap<>();
    Map<String, Double> zoneMedians = new LinkedHashMap<>();
    for (BpmZone zone : BpmZone.values()) {
      List<Double> tempos = analysis.temposByZone.get(zone);
      zoneCounts.put(zone.label(), (long) tempos.size());
      zones.put(zone.label(), share(tempos.size(), analysis.tempos.size()));
      if (!tempos.isEmpty()) zoneMedians.put(zone.label(), round(median(tempos), 1));
    }
    derivations.put(
        "bpm_zones",
        new Derivation(
            List.of(analysisSource),
            "share of analysed tracks whose bpm falls in each zone; zones are half-open ranges "
                + "<80 = [0,80), 80-99 = [80,100), 100-119 = [100,120), 120-129 = [120,130), 130-139 = [130,140), "
                + "140+ = [140,inf); rows without a positive bpm are skipped",
            zoneCounts,
            analysis.rows - analysis.tempos.size()));
    Map<Integer, Long> histogram = new TreeMap<>();
    for (double tempo : analysis.tempos) histogram.merge((int) Math.round(tempo), 1L, Long::sum);
    DnaProfile.Bpm bpm = new DnaProfile.Bpm(
        round(
            analysis.tempos.stream().mapToDouble(Double::doubleValue).average().orElse(0), 1),
        round(median(analysis.tempos), 1),
        zoneMedians,
        histogram);
    derivations.put(
        "bpm",
        new Derivation(
            List.of(analysisSource),
            "average and median of the bpm column; zone_medians = median bpm of the tracks in each zone; "
                + "histogram = tracks per bpm rounded to a whole number",
            Map.of(),
            analysis.rows - analysis.tempos.size()));

    Map<String, Long> byCode =
        new LinkedHashMap<>(); // wheel order, kept for ties by the stable sort
    analysis.keyCounts.forEach((key, count) -> byCode.put(key.camelot(), count));
    Map<String, Long> keyCounts = sortedByCount(byCode);
    long keyed = keyCounts.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Double> keys = new LinkedHashMap<>();
    keyCounts.forEach((key, count) -> keys.put(key, share(count, keyed)));
    derivations.put(
        "key_preferences",
        new Derivation(
            List.of(analysisSource),
            "share of analysed tracks per Camelot key (camelot column, else the key name converted to Camelot); "
                + "rows with neither are skipped; largest first, ties in wheel order",
            keyCounts,
            analysis.rows - keyed));

    DnaProfile.Energy energy = energy(analysis.energyCounts);
    derivations.put(
        "energy_sweet_spot",
        new Derivation(
            List.of(analysisSource),
            "narrowest band [low, high] of consecutive energy levels (1..10) holding at least "
                + Math.round(SWEET_SPOT_SHARE * 100)
                + "% of the analysed tracks that have an energy level; "
                + "ties go to the band holding more tracks, then to the lower band",
            stringKeys(energy.levels()),
            analysis.rows
                - energy.levels().values().stream().mapToLong(Long::longValue).sum()));

    Map<String, Double> genres = genres(derivations);

    Map<String, Long> catalog = new LinkedHashMap<>();
    List<Source> catalogSources = new ArrayList<>();
    countRows(catalog, catalogSources, "tracks", files.tracks());
    countRows(catalog, catalogSources, "ableton_projects", files.projects());
    countRows(catalog, catalogSources, "als_sets", files.parsedSets());
    countRows(catalog, catalogSources, "exports", files.exports());
    catalog.put("analyzed_tracks", analysis.rows);
    catalogSources.add(analysisSource);
    countRows(catalog, catalogSources, "itunes_sergik", files.productions());
    countRows(catalog, catalogSources, "itunes_influences", files.influences());
    derivations.put(
        "catalog",
        new Derivation(
            catalogSources,
            "records (rows after the header) in each catalog file that exists",
            catalog,
            0));

    Map<String, Long> collaborators = new LinkedHashMap<>();
    Map<String, Long> years = new TreeMap<>();
    projects(collaborators, years, derivations);

    return new DnaProfile(
        now.toString(),
        DnaProfile.LAYOUT,
        zones,
        bpm,
        keys,
        energy,
        genres,
        catalog,
        collaborators,
        years,
        derivations);
  }

  private static final class Analysis {
    long rows;
    final List<Double> tempos = new ArrayList<>();
    final Map<BpmZone, List<Double>> temposByZone = new EnumMap<>(BpmZone.class);
    final Map<Key, Long> keyCounts = new TreeMap<>(Key.CAMELOT_ORDER);
    final Map<Integer, Long> energyCounts = new TreeMap<>();

    Analysis() {
      for (BpmZone zone : BpmZone.values()) temposByZone.put(zone, new ArrayList<>());
    }
  }

  private Analysis readAnalysis(Path file) throws IOException {
    CsvTable table = CsvTable.open(file);
    table.require(BPM);
    Analysis analysis = new Analysis();
    List<String> badKeys = new ArrayList<>();
    analysis.rows = table.forEach(row -> {
      Double tempo = row.number(BPM);
      if (tempo != null && tempo > 0) {
        analysis.tempos.add(tempo);
        analysis.temposByZone.get(BpmZone.of(tempo)).add(tempo);
      }
      Key key = null;
      try {
        key = Key.parseOrNull(row.get("camelot"));
        if (key == null) key = Key.parseOrNull(row.get("key"));
      } catch (IllegalArgumentException e) {
        badKeys.add(row.where() + ": " + e.getMessage());
      }
      if (key != null) analysis.keyCounts.merge(key.onWheel(), 1L, Long::sum);
      Double level = row.number(ENERGY);
      if (level != null && Math.round(level) >= 1 && Math.round(level) <= 10) {
        analysis.energyCounts.merge((int) Math.round(level), 1L, Long::sum);
      }
    });
    if (!badKeys.isEmpty()) {
      notes.add(badKeys.size() + " analysed rows have an unreadable key, e.g. " + badKeys.get(0));
    }
    if (analysis.tempos.isEmpty()) {
      throw new IOException(file + ": none of the " + analysis.rows + " rows has a positive bpm");
    }
    return analysis;
  }

  static DnaProfile.Energy energy(Map<Integer, Long> levels) {
    long total = levels.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) return new DnaProfile.Energy(0, 1, 10, 0, levels);
    int bestLow = 1, bestHigh = 10;
    long bestCount = -1;
    for (int width = 1; width <= 10 && bestCount < 0; width++) {
      for (int low = 1; low + width - 1 <= 10; low++) {
        long count = 0;
        for (int level = low; level < low + width; level++) count += levels.getOrDefault(level, 0L);
        if (count >= SWEET_SPOT_SHARE * total && count > bestCount) {
          bestLow = low;
          bestHigh = low + width - 1;
          bestCount = count;
        }
      }
    }
    double sum = 0;
    for (Map.Entry<Integer, Long> e : levels.entrySet()) sum += e.getKey() * (double) e.getValue();
    return new DnaProfile.Energy(
        round(sum / total, 2), bestLow, bestHigh, share(bestCount, total), levels);
  }

  private Map<String, Double> genres(Map<String, Derivation> derivations) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    List<Source> sources = new ArrayList<>();
    long[] tagged = {0};
    for (Optional<Path> candidate : List.of(files.tracks(), files.productions())) {
      if (candidate.isEmpty()) continue;
      CsvTable table = CsvTable.open(candidate.get());
      if (!table.has(GENRES)) continue;
      Map<String, Long> found = new TreeMap<>();
      long[] taggedHere = {0};
      long rows = table.forEach(row -> {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : GENRE_SEPARATORS.split(row.get(GENRES), -1)) {
          String clean = tag.trim().toLowerCase(Locale.ROOT);
          if (!clean.isEmpty()) tags.add(clean);
        }
        if (!tags.isEmpty()) taggedHere[0]++;
        tags.forEach(tag -> found.merge(tag, 1L, Long::sum));
      });
      if (!found.isEmpty()) {
        counts.putAll(found);
        tagged[0] = taggedHere[0];
        sources.add(new Source(files.relative(candidate.get()), rows));
        break; // the first file that carries tags is the artist's own catalog; the next would count
        // tracks twice
      }
    }
    String rule =
        "share of genre tags on the artist's own tracks (genres column of manifests/tracks.csv, else of the "
            + "earlier tool's catalog/itunes_library/sergik_productions.csv); tags split on , ; / | and lower-cased, "
            + "each tag counted once per track; share = tag count / all tag counts; largest first";
    if (counts.isEmpty()) {
      Optional<Map<String, Double>> carried = earlierGenres();
      if (carried.isPresent()) {
        derivations.put(
            "genre_dna",
            new Derivation(
                List.of(new Source(files.relative(files.profile().get()), 1)),
                "no genre tags in the catalogs; carried over from the earlier profile's dna.genres (percentages / 100)",
                Map.of(),
                0));
        return carried.get();
      }
      notes.add(
          "no genre tags found: add a genres column to manifests/tracks.csv to fill genre_dna");
    }
    Map<String, Long> sorted = sortedByCount(counts);
    long total = sorted.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    sorted.forEach((tag, count) -> shares.put(tag, share(count, total)));
    Map<String, Long> withTracks = new LinkedHashMap<>(sorted);
    withTracks.put("(tagged tracks)", tagged[0]);
    derivations.put("genre_dna", new Derivation(sources, rule, withTracks, 0));
    return shares;
  }

  private Optional<Map<String, Double>> earlierGenres() {
    if (files.profile().isEmpty()) return Optional.empty();
    try {
      DnaProfile earlier = ProfileJson.read(files.profile().get());
      return earlier.genreDna().isEmpty() ? Optional.empty() : Optional.of(earlier.genreDna());
    } catch (IOException | RuntimeException e) {
      notes.add("earlier profile not readable for genres: " + e.getMessage());
      return Optional.empty();
    }
  }

  private void projects(
      Map<String, Long> collaborators, Map<String, Long> years, Map<String, Derivation> derivations)
      throws IOException {
    if (files.projects().isEmpty()) {
      notes.add(
          "no catalog/ableton_projects/all_projects.csv: top_collaborators and projects_by_year are empty");
      derivations.put(
          "top_collaborators", new Derivation(List.of(), "no project catalog found", Map.of(), 0));
      derivations.put(
          "projects_by_year", new Derivation(List.of(), "no project catalog found", Map.of(), 0));
      return;
    }
    Path file = files.projects().get();
    CsvTable table = CsvTable.open(file);
    Map<String, Long> byName = new TreeMap<>();
    long[] skippedYears = {0};
    long[] solo = {0};
    long rows = table.forEach(row -> {
      String collaborator = row.get(COLLABORATOR);
      if (collaborator.isEmpty()) solo[0]++;
      else byName.merge(collaborator, 1L, Long::sum);
      String year = row.get("year");
      if (!YEAR.matcher(year).matches()) {
        String modified = row.get(MODIFIED);
        year = modified.length() >= 4 && YEAR.matcher(modified.substring(0, 4)).matches()
            ? modified.substring(0, 4)
            : "";
      }
      if (year.isEmpty()) skippedYears[0]++;
      else years.merge(year, 1L, Long::sum);
    });
    Source source = new Source(files.relative(file), rows);
    Map<String, Long> sorted = sortedByCount(byName);
    sorted.entrySet().stream()
        .limit(TOP_COLLABORATORS)
        .forEach(e -> collaborators.put(e.getKey(), e.getValue()));
    derivations.put(
        "top_collaborators",
        new Derivation(
            List.of(source),
            "projects per value of the collaborator column (exact spelling), blank = solo and not counted; top "
                + TOP_COLLABORATORS + " by count, ties by name",
            Map.of("distinct_collaborators", (long) byName.size(), "solo_projects", solo[0]),
            solo[0]));
    derivations.put(
        "projects_by_year",
        new Derivation(
            List.of(source),
            "projects per year column (else the year of the modified date); rows with neither are skipped",
            years,
            skippedYears[0]));
  }

  private void countRows(
      Map<String, Long> catalog, List<Source> sources, String name, Optional<Path> file)
      throws IOException {
    if (file.isEmpty()) return;
    long rows = CsvTable.open(file.get()).forEach(row -> {});
    catalog.put(name, rows);
    sources.add(new Source(files.relative(file.get()), rows));
  }

  /** Entries by count, largest first; ties keep the map's own order (wheel order or alphabetical). */
  private static <K> Map<String, Long> sortedByCount(Map<K, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> sorted.put(e.getKey().toString(), e.getValue()));
    return sorted;
  }

  private static Map<String, Long> stringKeys(Map<Integer, Long> map) {
    Map<String, Long> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.toString(), v));
    return out;
  }

  static double share(long count, long total) {
    return total == 0 ? 0 : (double) count / total;
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) return 0;
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
