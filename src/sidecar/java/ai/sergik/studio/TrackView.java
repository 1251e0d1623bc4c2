package ai.sergik.studio;

import ai.sergik.analysis.AnalysisCurves;
import ai.sergik.analysis.FeatureExtractor;
import ai.sergik.analysis.LibraryRoots;
import ai.sergik.analysis.TrackFeatures;
import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.PcmStream;
import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import ai.sergik.io.Digests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Track page and the track list: analysed tracks from {@code analyzed_tracks.csv} and the audio files
 * under the library roots, each with an id (the earlier tool's track id); one track's picture data
 * (waveform, beat grid, loudness over time, chroma) analysed on demand; its audio for the page's player;
 * and what fits with it.
 */
final class TrackView {
  /** Points sent for a waveform or loudness curve; the page draws at most this many columns. */
  static final int CURVE_POINTS = 1200;
  /** Chroma columns sent; a long track's chromagram is averaged down to this many. */
  static final int CHROMA_COLUMNS = 300;
  /** WAV files up to this size are sent as they are; others are decoded to a mono preview. */
  static final long PASS_THROUGH_BYTES = 64L << 20;
  /** The longest audio the page gets as a decoded preview (22.05 kHz mono, about 26 MB for 10 minutes). */
  static final double PREVIEW_SECONDS = 600;

  static final int PREVIEW_RATE = 22_050;
  private static final int MAX_LISTED_FILES = 5_000;
  private static final int CACHED_ANALYSES = 8;

  private final LibraryRoots roots;
  private final FeatureExtractor extractor = new FeatureExtractor();
  private final StampedCache<List<Map<String, String>>> analysed;
  private final Map<String, FeatureExtractor.Analysis> analyses =
      Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FeatureExtractor.Analysis> eldest) {
          return size() > CACHED_ANALYSES;
        }
      });

  TrackView(DataDir data, LibraryRoots roots) {
    this.roots = Objects.requireNonNull(roots, "roots");
    this.analysed = new StampedCache<>(
        Objects.requireNonNull(data, "data").analyzedTracks(), CsvTable::readMaps);
  }

  /** Every analysed track, then every audio file under the library roots that has no analysis row yet. */
  Map<String, Object> list() throws IOException {
    List<Map<String, Object>> tracks = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Map<String, String> row : analysed.get()) {
      Map<String, Object> t = summary(row);
      seen.add((String) t.get("id"));
      tracks.add(t);
    }
    for (Path file : audioFiles()) {
      String id = Digests.trackId(file.toString());
      if (!seen.add(id)) continue;
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", id);
      t.put("name", file.getFileName().toString());
      t.put("path", file.toString());
      t.put("analysed", false);
      t.put("playable", true);
      tracks.add(t);
    }
    return Map.of("status", "ok", "total", tracks.size(), "tracks", tracks);
  }

  private Map<String, Object> summary(Map<String, String> row) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", idOf(row));
    t.put("name", row.getOrDefault("filename", ""));
    t.put("path", row.getOrDefault("path", ""));
    t.put("analysed", true);
    putNumber(t, "bpm", row.get("bpm"));
    t.put("key", row.getOrDefault("key", ""));
    t.put("camelot", row.getOrDefault("camelot", ""));
    putNumber(t, "key_confidence", row.get("confidence"));
    putNumber(t, "energy", row.get("energy"));
    putNumber(t, "lufs", row.get("lufs"));
    t.put("playable", locate(row).isPresent());
    return t;
  }

  static String idOf(Map<String, String> row) {
    String id = row.getOrDefault("track_id", "");
    if (!id.isEmpty()) return id;
    String path = row.getOrDefault("path", "");
    return Digests.trackId(path.isEmpty() ? row.getOrDefault("filename", "") : path);
  }

  /** One track: its analysis row and, when its audio is under the library roots, the curves of its picture. */
  Map<String, Object> track(String id) throws IOException {
    Map<String, String> row = row(id).orElse(null);
    Path file = row == null ? audioFile(id) : locate(row).orElse(null);
    if (row == null && file == null)
      throw new NoSuchFileException(
          id, null, "no track with this id; GET /studio/tracks lists them");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", "ok");
    answer.put("id", id);
    answer.put("row", row == null ? Map.of() : row);
    answer.put("playable", file != null);
    if (file != null) {
      FeatureExtractor.Analysis analysis = analysis(file);
      answer.put("features", features(analysis.features()));
      answer.put("curves", curves(analysis.curves()));
    }
    return answer;
  }

  private FeatureExtractor.Analysis analysis(Path file) throws IOException {
    String stamp =
        file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
    FeatureExtractor.Analysis cached = analyses.get(stamp);
    if (cached != null) return cached;
    FeatureExtractor.Analysis fresh = extractor.analyze(file);
    analyses.put(stamp, fresh);
    return fresh;
  }

  private static Map<String, Object> features(TrackFeatures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", Path.of(f.path()).getFileName().toString());
    m.put("duration_s", f.durationSeconds());
    m.put("bpm", f.bpm());
    m.put("bpm_confidence", f.bpmConfidence());
    m.put("key", f.key() == null ? null : f.key().sharpName());
    m.put("camelot", f.key() == null ? null : f.key().camelot());
    m.put("key_confidence", f.keyConfidence());
    m.put("key_runner_up", f.keyRunnerUp() == null ? null : f.keyRunnerUp().camelot());
    m.put("lufs", f.lufs());
    m.put("energy", f.energyLevel());
    m.put("mood", f.mood());
    return m;
  }

  static Map<String, Object> curves(AnalysisCurves c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "step_s",
        0.1 * Math.max(1, (int) Math.ceil(c.envelopeMax().length / (double) CURVE_POINTS)));
    m.put("envelope_min", reduce(c.envelopeMin(), CURVE_POINTS, true));
    m.put("envelope_max", reduce(c.envelopeMax(), CURVE_POINTS, false));
    m.put(
        "loudness_step_s",
        0.1 * Math.max(1, (int) Math.ceil(c.shortTermLufs().length / (double) CURVE_POINTS)));
    m.put("loudness_start_s", 3.0);
    m.put("short_term_lufs", reduceMean(c.shortTermLufs(), CURVE_POINTS));
    int group = Math.max(1, (int) Math.ceil(c.chromagram().size() / (double) CHROMA_COLUMNS));
    List<double[]> chroma = new ArrayList<>();
    for (int start = 0; start < c.chromagram().size(); start += group) {
      double[] sum = new double[12];
      int n = 0;
      for (int i = start; i < Math.min(start + group, c.chromagram().size()); i++, n++) {
        float[] col = c.chromagram().get(i);
        for (int k = 0; k < 12; k++) sum[k] += col[k];
      }
      for (int k = 0; k < 12; k++) sum[k] = Math.round(sum[k] / n * 1000) / 1000.0;
      chroma.add(sum);
    }
    m.put("chroma_step_s", c.chromaSeconds() * group);
    m.put("chroma", chroma);
    m.put("beats", c.beatTimes());
    return m;
  }

  /** Keeps the extreme (lowest or highest) of each group, so peaks survive on a short axis. */
  private static float[] reduce(float[] values, int points, boolean lowest) {
    int group = Math.max(1, (int) Math.ceil(values.length / (double) points));
    float[] out = new float[(values.length + group - 1) / group];
    for (int g = 0; g < out.length; g++) {
      float best = values[g * group];
      for (int i = g * group; i < Math.min(values.length, (g + 1) * group); i++) {
        best = lowest ? Math.min(best, values[i]) : Math.max(best, values[i]);
      }
      out[g] = best;
    }
    return out;
  }

  private static List<Double> reduceMean(double[] values, int points) {
    int group = Math.max(1, (int) Math.ceil(values.length / (double) points));
    List<Double> out = new ArrayList<>();
    for (int g = 0; g * group < values.length; g++) {
      double sum = 0;
      int n = 0;
      for (int i = g * group; i < Math.min(values.length, (g + 1) * group); i++) {
        if (Double.isFinite(values[i])) {
          sum += values[i];
          n++;
        }
      }
      out.add(n == 0 ? null : Math.round(sum / n * 10) / 10.0);
    }
    return out;
  }

  /** The track's audio for the page's player: a WAV as it is, anything else (or a huge WAV) as a mono preview. */
  byte[] audio(String id) throws IOException {
    Path file = row(id).flatMap(this::locate).orElse(null);
    if (file == null) file = audioFile(id);
    if (file == null)
      throw new NoSuchFileException(
          id, null, "no playable audio for this track under the library roots");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".wav") && Files.size(file) <= PASS_THROUGH_BYTES)
      return Files.readAllBytes(file);
    return monoPreview(file);
  }

  static byte[] monoPreview(Path file) throws IOException {
    try (PcmStream in = AudioFiles.open(file)) {
      int channels = in.info().channels();
      double rate = in.info().sampleRate();
      double step = rate / PREVIEW_RATE;
      long maxFrames = (long) (PREVIEW_SECONDS * PREVIEW_RATE);
      ByteArrayOutputStream pcm = new ByteArrayOutputStream();
      float[][] block = new float[channels][8192];
      double next = 0;
      long inputFrame = 0;
      long written = 0;
      int n;
      while (written < maxFrames && (n = in.read(block, 8192)) > 0) {
        for (int i = 0; i < n && written < maxFrames; i++, inputFrame++) {
          if (inputFrame < next) continue;
          next += step;
          float sum = 0;
          for (int c = 0; c < channels; c++) sum += block[c][i];
          int v = Math.round(Math.max(-1f, Math.min(1f, sum / channels)) * 32767);
          pcm.write(v & 0xff);
          pcm.write((v >> 8) & 0xff);
          written++;
        }
      }
      return wav(pcm.toByteArray(), PREVIEW_RATE);
    }
  }

  /** A 16-bit little-endian mono PCM WAV around {@code pcm}, written by the JDK's own WAVE writer. */
  static byte[] wav(byte[] pcm, int rate) throws IOException {
    javax.sound.sampled.AudioFormat format =
        new javax.sound.sampled.AudioFormat(rate, 16, 1, true, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
    javax.sound.sampled.AudioSystem.write(
        new javax.sound.sampled.AudioInputStream(
            new java.io.ByteArrayInputStream(pcm), format, pcm.length / 2),
        javax.sound.sampled.AudioFileFormat.Type.WAVE,
        out);
    return out.toByteArray();
  }

  /** Tracks that fit with this one, from the analysis table. */
  Map<String, Object> fits(String id) throws IOException {
    Map<String, String> target = row(id)
        .orElseThrow(
            () -> new NoSuchFileException(
                id,
                null,
                "no analysed track with this id; fits are found among analysed tracks (run analyze first)"));
    List<TrackFits.Fit> fits = TrackFits.rank(target, analysed.get(), 12);
    List<Map<String, Object>> items = new ArrayList<>();
    for (TrackFits.Fit f : fits) {
      Map<String, Object> m = summary(f.row());
      m.put("score", Math.round(f.score() * 100) / 100.0);
      m.put("reasons", f.reasons());
      items.add(m);
    }
    return Map.of("status", "ok", "track", summary(target), "fits", items);
  }

  java.util.Optional<Map<String, String>> row(String id) throws IOException {
    for (Map<String, String> r : analysed.get()) {
      if (idOf(r).equals(id)) return java.util.Optional.of(r);
    }
    return java.util.Optional.empty();
  }

  private java.util.Optional<Path> locate(Map<String, String> row) {
    for (String ref :
        new String[] {row.getOrDefault("path", ""), row.getOrDefault("filename", "")}) {
      if (ref.isEmpty()) continue;
      try {
        return java.util.Optional.of(roots.locate(ref));
      } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
        // not under the library roots: listed, but not playable
      }
    }
    return java.util.Optional.empty();
  }

  private Path audioFile(String id) throws IOException {
    for (Path file : audioFiles()) {
      if (Digests.trackId(file.toString()).equals(id)) return file;
    }
    return null;
  }

  private List<Path> audioFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots.roots()) {
      if (!Files.isDirectory(root)) continue;
      Path real = root.toRealPath();
      try (Stream<Path> walk = Files.walk(
          real, 8, EnumSet.noneOf(FileVisitOption.class).toArray(new FileVisitOption[0]))) {
        walk.filter(Files::isRegularFile)
            .filter(AudioFiles::isAudioFile)
            .sorted()
            .limit(MAX_LISTED_FILES - files.size())
            .forEach(files::add);
      }
    }
    return files;
  }

  private static void putNumber(Map<String, Object> m, String name, String text) {
    if (text == null || text.isBlank()) return;
    try {
      m.put(name, Double.parseDouble(text));
    } catch (NumberFormatException e) {
      // a cell the earlier tool left as text: shown as it is
      m.put(name, text);
    }
  }
}
