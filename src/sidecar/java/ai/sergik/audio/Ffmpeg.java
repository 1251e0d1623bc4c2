package ai.sergik.audio;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes formats Java cannot read by piping them through an installed {@code ffmpeg}. Never
 * downloads anything: when ffmpeg is missing the user is told how to install it.
 *
 * <p>ffmpeg opens far more than audio files: left to probe, it reads an HLS or concat playlist named {@code x.ogg} and
 * follows it to any file or URL it names. So a file is handed over only when its first bytes are those of the
 * container its extension names; ffmpeg is told that container's demuxer ({@code -f}, no probing), may use the
 * {@code file} protocol alone, gets the input as a {@code file:} URL (a name never reads as a protocol or an option),
 * and decodes the first audio stream only.
 */
final class Ffmpeg {
  private Ffmpeg() {}

  /** ffmpeg's output: 32-bit float, stereo, 44.1 kHz — enough for every feature we compute. */
  static final float RATE = 44_100f;

  /**
   * An audio container ffmpeg may open: its demuxer and how its files begin ({@code magic}: one byte per char, read
   * as ISO-8859-1, at {@code magicOffset}).
   */
  record Container(String name, String demuxer, int magicOffset, String magic) {
    boolean matches(byte[] head, int n) {
      if (n < magicOffset + magic.length()) return false;
      for (int i = 0; i < magic.length(); i++) {
        if ((head[magicOffset + i] & 0xFF) != magic.charAt(i)) return false;
      }
      return true;
    }
  }

  private static final Container MP4 = new Container("an MPEG-4 (M4A) file", "mov", 4, "ftyp");
  private static final Container OGG = new Container("an Ogg file", "ogg", 0, "OggS");
  private static final Container ASF = new Container(
      "a Windows Media (ASF) file",
      "asf",
      0,
      latin1(0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11));
  private static final Container ADTS = new Container("an ADTS AAC file", "aac", 0, latin1(0xFF));

  /** The only containers handed to ffmpeg, by file extension. */
  static final Map<String, Container> CONTAINERS =
      Map.of("m4a", MP4, "alac", MP4, "aac", ADTS, "ogg", OGG, "opus", OGG, "wma", ASF);

  static PcmStream open(Path file, String formatName) throws IOException {
    return open(file, formatName, System.getenv("PATH"));
  }

  /** As {@link #open(Path, String)}, searching the given PATH value (tests pass one without ffmpeg). */
  static PcmStream open(Path file, String formatName, String searchPath) throws IOException {
    Container container = container(file, formatName);
    Path exe = find(searchPath).orElseThrow(() -> missing(file, formatName + " is"));
    Process p = new ProcessBuilder(command(exe, file, container))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    AudioInfo info = new AudioInfo(formatName, RATE, 2, null, null, new ArrayList<>());
    PcmDecoder decoder = new PcmDecoder(PcmDecoder.Encoding.FLOAT, 32, false, 2);
    return new BytePcmStream(info, decoder, p.getInputStream(), -1);
  }

  static AudioInfo probe(Path file, String formatName) throws IOException {
    return probe(file, formatName, System.getenv("PATH"));
  }

  /**
   * The header of a file Java cannot read, through {@code ffprobe} beside ffmpeg (what {@code analyze} decodes, a
   * scan can list): rate, channels, bit depth when lossless, duration.
   */
  static AudioInfo probe(Path file, String formatName, String searchPath) throws IOException {
    Path ffmpeg = find(searchPath).orElseThrow(() -> missing(file, formatName + " headers are"));
    Path ffprobe =
        ffmpeg.resolveSibling(ffmpeg.getFileName().toString().replace("ffmpeg", "ffprobe"));
    if (!Files.isExecutable(ffprobe)) {
      throw new UnreadableAudioException(
          file,
          formatName + " headers need ffprobe, which is not beside " + ffmpeg
              + "; install the whole ffmpeg package");
    }
    Container container =
        container(file, formatName); // never a playlist or anything that points elsewhere
    List<String> cmd = new ArrayList<>(List.of(ffprobe.toString()));
    cmd.addAll(inputOnly(container));
    cmd.addAll(List.of(
        "-select_streams",
        "a:0",
        "-show_entries",
        "stream=sample_rate,channels,bits_per_raw_sample:format=duration",
        "-of",
        "default=noprint_wrappers=1",
        "file:" + file.toAbsolutePath()));
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
    out.lines()
        .map(l -> l.split("=", 2))
        .filter(kv -> kv.length == 2)
        .forEach(kv -> values.putIfAbsent(kv[0].trim(), kv[1].trim()));
    float rate = parseFloat(values.get("sample_rate"));
    int channels = (int) parseFloat(values.get("channels"));
    if (p.exitValue() != 0 || !(rate > 0) || channels < 1) {
      throw new UnreadableAudioException(
          file, "ffprobe found no audio stream (" + out.strip().replace('\n', ' ') + ")");
    }
    float bits = parseFloat(values.get("bits_per_raw_sample"));
    float seconds = parseFloat(values.get("duration"));
    Long frames = seconds > 0 ? Math.round(seconds * (double) rate) : null;
    return new AudioInfo(
        formatName, rate, channels, bits > 0 ? (int) bits : null, frames, List.of());
  }

  private static UnreadableAudioException missing(Path file, String what) {
    return new UnreadableAudioException(
        file,
        what
            + " not readable in pure Java (supported: WAV, AIFF, MP3, FLAC) and ffmpeg is not on the PATH; "
            + "install ffmpeg (apt-get install ffmpeg, brew install ffmpeg) or convert the file to WAV or FLAC");
  }

  /** Errors only, the {@code file} protocol alone, and the container's own demuxer (no probing). */
  private static List<String> inputOnly(Container container) {
    return List.of("-v", "error", "-protocol_whitelist", "file", "-f", container.demuxer());
  }

  private static float parseFloat(String s) {
    try {
      return s == null || s.equals("N/A") ? -1 : Float.parseFloat(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The container of {@code file}, checked against its first bytes; anything else is refused before ffmpeg sees it. */
  static Container container(Path file, String formatName) throws IOException {
    String ext = AudioFiles.extension(file);
    Container c = CONTAINERS.get(ext);
    if (c == null) {
      throw new UnreadableAudioException(
          file,
          formatName + " is not an audio format this tool decodes; supported: WAV, AIFF,"
              + " MP3, FLAC, and with ffmpeg "
              + String.join(
                  ", ",
                  CONTAINERS.keySet().stream()
                      .sorted()
                      .map(e -> e.toUpperCase(Locale.ROOT))
                      .toList()));
    }
    byte[] head = new byte[16];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    // ADTS: after the 0xFF of the sync word, 0xF in the high nibble and layer 0
    boolean adts = !c.equals(ADTS) || (n >= 2 && (head[1] & 0xF6) == 0xF0);
    if (!c.matches(head, n) || !adts) {
      String start =
          new String(head, 0, n, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7E]", ".");
      throw new UnreadableAudioException(
          file,
          "named ." + ext + " but it is not " + c.name() + " (it begins '" + start
              + "'); only real " + formatName
              + " files are decoded, never playlists or other files they point to");
    }
    return c;
  }

  /** The ffmpeg command line for one file: local files only, one named demuxer, the first audio stream. */
  static List<String> command(Path exe, Path file, Container container) {
    List<String> cmd = new ArrayList<>(List.of(exe.toString(), "-nostdin", "-hide_banner"));
    cmd.addAll(inputOnly(container));
    cmd.addAll(List.of(
        "-i",
        "file:" + file.toAbsolutePath(),
        "-map",
        "0:a:0",
        "-vn",
        "-sn",
        "-dn",
        "-f",
        "f32le",
        "-ac",
        "2",
        "-ar",
        String.valueOf((int) RATE),
        "pipe:1"));
    return List.copyOf(cmd);
  }

  static Optional<Path> find(String path) {
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator, -1)) {
      if (dir.isEmpty()) continue; // never the working directory
      for (String name : List.of("ffmpeg", "ffmpeg.exe")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String latin1(int... bytes) {
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) chars[i] = (char) bytes[i];
    return new String(chars);
  }
}
