package ai.sergik.dataset;

import ai.sergik.data.DataDir;
import ai.sergik.dna.CatalogFiles;
import ai.sergik.dna.DnaBuilder;
import ai.sergik.dna.DnaProfile;
import ai.sergik.io.AtomicFiles;
import ai.sergik.io.CsvTable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code dataset build}: the merged track table and the fine-tuning JSONL, split into train and
 * validation by a stable hash so an example never changes sides between runs.
 */
public final class DatasetBuilder {
  public static final String MERGED_CSV = "tracks_merged.csv";
  public static final String MERGED_SCHEMA = "tracks_merged.schema.json";
  public static final String TRAIN_JSONL = "finetune_train.jsonl";
  public static final String VALIDATION_JSONL = "finetune_validation.jsonl";
  /** Share of examples (in percent) that go to validation. */
  public static final int VALIDATION_PERCENT = 10;

  private final DataDir dir;
  private final String artist;

  public DatasetBuilder(DataDir dir) {
    this(dir, ExampleWriter.DEFAULT_ARTIST);
  }

  /** @param artist the producer the examples speak of (the {@code artist.name} setting) */
  public DatasetBuilder(DataDir dir, String artist) {
    this.dir = dir;
    this.artist = artist;
  }

  /** What was written and the numbers behind it. */
  public record Result(
      List<Path> files,
      Map<String, Long> mergeStats,
      Map<String, Long> examplesByKind,
      int train,
      int validation,
      int duplicates,
      double meanCharacters) {}

  public Result build() throws IOException {
    CatalogFiles files = new CatalogFiles(dir);
    TrackMerger merger = new TrackMerger(files);
    List<MergedTrack> tracks = merger.merge();
    Path out = dir.datasetsDir();
    Path csv = out.resolve(MERGED_CSV);
    AtomicFiles.writeText(csv, writer -> writeCsv(writer, tracks));
    Path schema = out.resolve(MERGED_SCHEMA);
    AtomicFiles.writeString(schema, schemaJson());

    Optional<DnaProfile> profile = Optional.empty();
    if (files.analyzedTracks().isPresent())
      profile = Optional.of(new DnaBuilder(files).build(Instant.EPOCH));
    ExampleWriter writer = new ExampleWriter(profile, artist);
    List<ChatExample> examples = new ArrayList<>(writer.profileExamples());
    for (MergedTrack t : tracks) examples.addAll(writer.examplesFor(t));

    Set<String> seen = new HashSet<>();
    StringBuilder train = new StringBuilder(), validation = new StringBuilder();
    Map<String, Long> byKind = new LinkedHashMap<>();
    int trainCount = 0, validationCount = 0, duplicates = 0;
    long characters = 0;
    for (ChatExample example : examples) {
      if (!seen.add(example.user())) { // the same title in two formats asks the same question twice
        duplicates++;
        continue;
      }
      String line = example.toJsonLine();
      String problem = ChatExample.problemWith(line);
      if (problem != null)
        throw new IllegalStateException("generated an invalid example (" + problem + "): " + line);
      boolean toValidation =
          Math.floorMod(ExampleWriter.stableHash(example.splitKey()), 100) < VALIDATION_PERCENT;
      (toValidation ? validation : train).append(line).append('\n');
      if (toValidation) validationCount++;
      else trainCount++;
      byKind.merge(example.kind(), 1L, Long::sum);
      characters += example.system().length()
          + example.user().length()
          + example.assistant().length();
    }
    Path trainFile = out.resolve(TRAIN_JSONL), validationFile = out.resolve(VALIDATION_JSONL);
    AtomicFiles.writeString(trainFile, train.toString());
    AtomicFiles.writeString(validationFile, validation.toString());
    int total = trainCount + validationCount;
    return new Result(
        List.of(csv, schema, trainFile, validationFile),
        merger.stats(),
        byKind,
        trainCount,
        validationCount,
        duplicates,
        total == 0 ? 0 : (double) characters / total);
  }

  private static void writeCsv(Writer writer, List<MergedTrack> tracks) throws IOException {
    CSVPrinter printer = new CSVPrinter(writer, CsvTable.WRITE);
    printer.printRecord(MergedTrack.COLUMNS.keySet());
    for (MergedTrack t : tracks)
      printer.printRecord(ai.sergik.io.CsvCells.escape(t.row())); // safe in a spreadsheet
    printer.flush();
  }

  private static String schemaJson() throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("file", MERGED_CSV);
    root.put("schema_version", MergedTrack.SCHEMA_VERSION);
    ObjectNode columns = root.putObject("columns");
    MergedTrack.COLUMNS.forEach(columns::put);
    return mapper.writeValueAsString(root) + "\n";
  }
}
