package ai.sergik.analysis;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.UnreadableAudioException;
import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import ai.sergik.io.Digests;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /gpt/analyze} and the OSC action {@code analyze}: the features of one audio file, named by
 * {@code path} (absolute, or relative to a library root; it must lie under one of the
 * {@link LibraryRoots}) or by {@code track_id} (looked up in tracks.csv, then analyzed_tracks.csv).
 * Read-only: the tables are written by the {@code analyze} command, not by requests.
 */
public final class AnalysisRoutes implements RouteModule {
  private final DataDir data;
  private final LibraryRoots roots;
  private final ProfileFit profileFit;
  private final FeatureExtractor extractor = new FeatureExtractor();

  public AnalysisRoutes(DataDir data, LibraryRoots roots, ProfileFit profileFit) {
    this.data = data;
    this.roots = roots;
    this.profileFit = profileFit;
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking(
        "/gpt/analyze", "gptAnalyze", request -> ApiResponse.ok(analyze(request.fields())));
    routes.action("analyze", this::analyze);
  }

  @Override
  public String openApiResource() {
    return "/openapi/analysis.yaml";
  }

  Map<String, Object> analyze(JsonFields fields) throws IOException {
    Optional<String> path = fields.optionalString("path", "SERGIK - Loop 92.wav");
    Optional<String> trackId = fields.optionalString("track_id", "835084e04e2a");
    if (path.isPresent() == trackId.isPresent()) {
      throw ApiException.badRequest(
          "send exactly one of \"path\" (a file under the library roots) or \"track_id\" "
              + "(12 hex digits from tracks.csv), e.g. {\"path\": \"SERGIK - Loop 92.wav\"}");
    }
    String requested = path.isPresent() ? path.get() : pathOfTrack(trackId.get());
    Path file;
    try {
      file = roots.locate(requested);
    } catch (NoSuchFileException e) {
      throw ApiException.notFound(
          requested + ": no such file under the library roots " + roots.roots()
              + (trackId.isPresent()
                  ? " (track " + trackId.get() + " is listed, but its file is not on this machine)"
                  : ""));
    } catch (SecurityException e) {
      if (trackId.isPresent()) {
        // a path from the producer's own tables, kept where it was scanned
        throw ApiException.notFound(requested + ": not under the library roots " + roots.roots()
            + " (track " + trackId.get()
            + " is listed, but its file is not on this machine under those roots)");
      }
      throw ApiException.badRequest(e.getMessage());
    }
    if (!AudioFiles.isAudioFile(file)) {
      throw ApiException.badRequest(
          requested
              + " is not an audio file; expected .wav .aif .aiff .mp3 .flac (or .m4a .ogg with ffmpeg)");
    }
    FeatureExtractor.Analysis analysis;
    try {
      analysis = extractor.analyze(file);
    } catch (UnreadableAudioException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Map<String, Object> answer = json(analysis.features());
    // how the track fits the producer's DNA; {"available": false, …} until a profile exists
    answer.put("dna", profileFit.of(analysis.features()));
    return answer;
  }

  private String pathOfTrack(String id) throws IOException {
    if (!id.matches("[0-9a-f]{12}"))
      throw ApiException.badField("track_id", "12 lowercase hex digits such as 835084e04e2a", id);
    for (Path table : List.of(data.tracksManifest(), data.analyzedTracks())) {
      for (Map<String, String> row : CsvTable.readMaps(table)) {
        String p = row.getOrDefault("full_path", row.getOrDefault("path", ""));
        String rowId = row.getOrDefault("track_id", "");
        if (!p.isEmpty()
            && (id.equals(rowId) || (rowId.isEmpty() && id.equals(Digests.trackId(p))))) return p;
      }
    }
    throw ApiException.notFound(
        "track_id " + id + " is not in " + data.tracksManifest() + " or " + data.analyzedTracks()
            + "; run 'sergik analyze <folder>' or 'sergik scan exports <folder>' first");
  }

  /** The features as the API returns them (snake_case names as in analyzed_tracks.csv). */
  static Map<String, Object> json(TrackFeatures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("track_id", Digests.trackId(f.path()));
    m.put("path", f.path());
    m.put("filename", f.filename());
    m.put("bpm", f.bpm());
    m.put("bpm_confidence", f.bpmConfidence());
    m.put("bpm_alternative", f.bpmAlternative());
    m.put("beats", f.beatCount());
    m.put("key", f.key() == null ? null : f.key().sharpName());
    m.put("camelot", f.key() == null ? null : f.key().camelot());
    m.put("key_confidence", f.keyConfidence());
    m.put("key_runner_up", f.keyRunnerUp() == null ? null : f.keyRunnerUp().camelot());
    m.put("key_unsure", f.keyUnsure());
    m.put("tuning_cents", f.tuningCents());
    m.put("lufs", f.lufs());
    m.put("loudness_range", f.loudnessRange());
    m.put("sample_peak_dbfs", f.samplePeakDbfs());
    m.put("true_peak_dbtp", f.truePeakDbtp());
    m.put("rms_mean_dbfs", f.rmsMeanDbfs());
    m.put("rms_std_dbfs", f.rmsStdDbfs());
    m.put("crest_db", f.crestDb());
    m.put("clipped_fraction", f.clippedFraction());
    m.put("centroid_mean_hz", f.centroidMeanHz());
    m.put("centroid_std_hz", f.centroidStdHz());
    m.put("harmonic_ratio", f.harmonicRatio());
    m.put("onsets_per_second", f.onsetsPerSecond());
    m.put("energy", f.energyLevel());
    m.put("mood", f.mood());
    m.put("mfcc_means", f.mfccMeans());
    m.put("mfcc_stds", f.mfccStds());
    Map<String, Double> chroma = null;
    if (f.chroma() != null) {
      chroma = new LinkedHashMap<>();
      String[] names = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
      for (int i = 0; i < 12; i++) chroma.put(names[i], f.chroma().get(i));
    }
    m.put("chroma", chroma);
    m.put("format", f.format());
    m.put("sample_rate_hz", Math.round(f.sampleRate()));
    m.put("bit_depth", f.bitDepth());
    m.put("channels", f.channels());
    m.put("duration_s", f.durationSeconds());
    m.put("notes", new ArrayList<>(f.notes()));
    return m;
  }
}
