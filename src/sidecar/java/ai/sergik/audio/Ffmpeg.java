package ai.sergik.audio;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes formats Java cannot read by piping them through an installed {@code ffmpeg}. Never
 * downloads anything: when ffmpeg is missing the user is told how to install it.
 */
final class Ffmpeg {
  private Ffmpeg() {}

  /** ffmpeg's output: 32-bit float, stereo, 44.1 kHz — enough for every feature we compute. */
  static final float RATE = 44_100f;

  static PcmStream open(Path file, String formatName) throws IOException {
    return open(file, formatName, System.getenv("PATH"));
  }

  /** As {@link #open(Path, String)}, searching the given PATH value (tests pass one without ffmpeg). */
  static PcmStream open(Path file, String formatName, String searchPath) throws IOException {
    Path exe = find(searchPath).orElseThrow(() -> new UnreadableAudioException(file, formatName
        + " is not readable in pure Java (supported: WAV, AIFF, MP3, FLAC) and ffmpeg is not on the PATH; "
        + "install ffmpeg (apt-get install ffmpeg, brew install ffmpeg) or convert the file to WAV or FLAC"));
    List<String> cmd = List.of(exe.toString(), "-nostdin", "-v", "error", "-i", file.toString(),
        "-f", "f32le", "-ac", "2", "-ar", String.valueOf((int) RATE), "-");
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    AudioInfo info = new AudioInfo(formatName, RATE, 2, null, null, new ArrayList<>());
    PcmDecoder decoder = new PcmDecoder(PcmDecoder.Encoding.FLOAT, 32, false, 2);
    return new BytePcmStream(info, decoder, p.getInputStream(), -1) ;
  }

  /**
   * The header of a file Java cannot read, through {@code ffprobe} beside ffmpeg (what {@code analyze} decodes, a
   * scan can list): rate, channels, bit depth when lossless, duration.
   */
  static AudioInfo probe(Path file, String formatName, String searchPath) throws IOException {
    Path ffmpeg = find(searchPath).orElseThrow(() -> new UnreadableAudioException(file, formatName
        + " headers are not readable in pure Java (supported: WAV, AIFF, MP3, FLAC) and ffmpeg is not on the PATH; "
        + "install ffmpeg (apt-get install ffmpeg, brew install ffmpeg) or convert the file to WAV or FLAC"));
    Path ffprobe = ffmpeg.resolveSibling(ffmpeg.getFileName().toString().replace("ffmpeg", "ffprobe"));
    if (!Files.isExecutable(ffprobe)) {
      throw new UnreadableAudioException(file, formatName + " headers need ffprobe, which is not beside " + ffmpeg
          + "; install the whole ffmpeg package");
    }
    List<String> cmd = List.of(ffprobe.toString(), "-v", "error", "-select_streams", "a:0", "-show_entries",
        "stream=sample_rate,channels,bits_per_raw_sample:format=duration", "-of", "default=noprint_wrappers=1", file.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out;
    try (var in = p.getInputStream()) {
      out = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UnreadableAudioException(file, "ffprobe did not answer within 30 s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while ffprobe read " + file);
    }
    java.util.Map<String, String> values = new java.util.HashMap<>();
    out.lines().map(l -> l.split("=", 2)).filter(kv -> kv.length == 2).forEach(kv -> values.putIfAbsent(kv[0].trim(), kv[1].trim()));
    float rate = parseFloat(values.get("sample_rate"));
    int channels = (int) parseFloat(values.get("channels"));
    if (p.exitValue() != 0 || !(rate > 0) || channels < 1) {
      throw new UnreadableAudioException(file, "ffprobe found no audio stream (" + out.strip().replace('\n', ' ') + ")");
    }
    float bits = parseFloat(values.get("bits_per_raw_sample"));
    float seconds = parseFloat(values.get("duration"));
    Long frames = seconds > 0 ? Math.round(seconds * (double) rate) : null;
    return new AudioInfo(formatName, rate, channels, bits > 0 ? (int) bits : null, frames, List.of());
  }

  private static float parseFloat(String s) {
    try {
      return s == null || s.equals("N/A") ? -1 : Float.parseFloat(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static java.util.Optional<Path> find(String path) {
    if (path == null) return java.util.Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("ffmpeg", "ffmpeg.exe")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }
}
