package ai.sergik.dna;

import ai.sergik.data.DataDir;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The DNA feature as one service for the CLI, the HTTP API ({@code POST /gpt/analyze}, {@code POST
 * /gpt/dna/compare}) and OSC actions: build the profile, resolve a track, compare it.
 */
public final class DnaService {
  /** File extensions that {@link #resolve} treats as audio to analyse. */
  public static final Set<String> AUDIO_EXTENSIONS =
      Set.of("wav", "aif", "aiff", "mp3", "flac", "m4a", "ogg");

  private final DataDir dir;
  private final CatalogFiles files;
  private final TrackAnalyzer analyzer;

  public DnaService(DataDir dir, TrackAnalyzer analyzer) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.files = new CatalogFiles(dir);
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** What {@link #build} wrote and what it wants the user to know. */
  public record BuildResult(DnaProfile profile, Path file, List<Path> charts, List<String> notes) {}

  public BuildResult build(Instant now, boolean charts) throws IOException {
    DnaBuilder builder = new DnaBuilder(files);
    DnaProfile profile = builder.build(now);
    Path out = dir.masterProfile();
    ProfileJson.write(out, profile);
    List<Path> pngs = charts ? DnaCharts.writeAll(profile, out.getParent()) : List.of();
    return new BuildResult(profile, out, pngs, builder.notes());
  }

  /** The profile on disk, in either layout. */
  public DnaProfile profile() throws IOException {
    Path file = dir.masterProfile();
    if (!Files.isRegularFile(file)) {
      throw new IOException("no DNA profile at " + file + ": run `sergik dna build` first");
    }
    return ProfileJson.read(file);
  }

  /**
   * The traits of {@code ref}: an audio file is analysed; anything else is looked up as a track id or
   * an analysed file name.
   */
  public TrackTraits resolve(String ref) throws IOException {
    Path path = Path.of(ref);
    if (Files.isRegularFile(path) && AUDIO_EXTENSIONS.contains(extension(ref))) {
      return analyzer.analyze(path);
    }
    return new TrackLookup(files)
        .find(ref)
        .orElseThrow(() -> new IOException("no track '" + ref
            + "': not a track_id in manifests/tracks.csv, not a file name in analysis/bpm_key/analyzed_tracks.csv, "
            + "and not an audio file ("
            + String.join(", ", AUDIO_EXTENSIONS.stream().sorted().toList())
            + "); give --bpm, --key and --energy instead"));
  }

  /** A catalog track only (track id or analysed file name): what remote callers may name. */
  public Optional<TrackTraits> lookup(String ref) throws IOException {
    return new TrackLookup(files).find(ref);
  }

  public DnaMatch compare(TrackTraits track) throws IOException {
    return new DnaComparer(profile()).compare(track);
  }

  /**
   * The DNA part of an analysis answer ({@code POST /gpt/analyze}): the comparison as JSON with {@code
   * "available": true}, or {@code "available": false} and what to do when there is no profile yet, so
   * an analysis never fails for want of one.
   */
  public ObjectNode dnaPart(TrackTraits track) throws IOException {
    if (!Files.isRegularFile(dir.masterProfile())) {
      ObjectNode missing = new ObjectMapper().createObjectNode();
      missing.put("available", false);
      missing.put(
          "message",
          "no DNA profile yet: run `sergik dna build` to score tracks against your catalog");
      return missing;
    }
    ObjectNode part = DnaJson.match(compare(track), track);
    part.put("available", true);
    return part;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
