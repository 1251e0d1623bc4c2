package ai.sergik.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Opens audio files for streaming decode, and reads their headers alone for fast scans.
 *
 * <p>WAV is read by our own parser (robust to lying headers); AIFF, MP3 and FLAC go through the
 * javax.sound.sampled providers on the classpath (JDK, mp3spi, jflac). Anything else (M4A, OGG, ...)
 * is decoded by {@code ffmpeg} when it is on the PATH, and otherwise refused with a message naming the fix.
 */
public final class AudioFiles {
  private AudioFiles() {}

  /** Extensions a library scan picks up. */
  public static final Set<String> AUDIO_EXTENSIONS = Set.of(
      "wav", "wave", "aif", "aiff", "aifc", "mp3", "flac", "m4a", "aac", "ogg", "opus", "wma",
      "alac");

  private static final Map<String, String> FORMAT_NAMES = Map.of(
      "m4a", "M4A", "aac", "AAC", "ogg", "OGG", "opus", "Opus", "wma", "WMA", "alac", "ALAC");

  public static boolean isAudioFile(Path file) {
    return AUDIO_EXTENSIONS.contains(extension(file))
        && !file.getFileName().toString().startsWith("._");
  }

  /**
   * Opens the file for decoding; close the stream when done. Reading throws {@link UnreadableAudioException} naming
   * the file when the decoder meets a damaged or truncated file, or when it holds no audio frames at all.
   */
  public static PcmStream open(Path file) throws IOException {
    Container c = sniff(file);
    return switch (c) {
      case WAV ->
        new GuardedPcmStream(
            file, WavFile.parse(file).open(file), -1); // the WAV reader checks its own length
      case AIFF, MP3, FLAC -> openSampled(file, c);
      case OTHER -> new GuardedPcmStream(file, Ffmpeg.open(file, formatName(file)), -1);
    };
  }

  /** The header alone: format, rate, channels, bit depth, length. Reads a few KiB at most for WAV/AIFF/FLAC. */
  public static AudioInfo probe(Path file) throws IOException {
    Container c = sniff(file);
    return switch (c) {
      case WAV -> WavFile.parse(file).info;
      case AIFF, MP3, FLAC -> probeSampled(file, c);
      case OTHER -> Ffmpeg.probe(file, formatName(file));
    };
  }

  enum Container {
    WAV,
    AIFF,
    MP3,
    FLAC,
    OTHER
  }

  static Container sniff(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new UnreadableAudioException(file, "no such file");
    byte[] h = new byte[12];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(h, 0, h.length);
    }
    String head = new String(h, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (n >= 12
        && (head.startsWith("RIFF") || head.startsWith("RF64"))
        && head.startsWith("WAVE", 8)) return Container.WAV;
    if (n >= 12
        && head.startsWith("FORM")
        && (head.startsWith("AIFF", 8) || head.startsWith("AIFC", 8))) return Container.AIFF;
    if (n >= 4 && head.startsWith("fLaC")) return Container.FLAC;
    if (n >= 3 && head.startsWith("ID3")) return Container.MP3;
    if (n >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0 && !"m4a".equals(extension(file)))
      return Container.MP3;
    String ext = extension(file);
    if (Set.of("wav", "wave", "aif", "aiff", "aifc", "flac").contains(ext)) {
      throw new UnreadableAudioException(
          file,
          "named ." + ext + " but its first bytes are not a " + ext.toUpperCase(Locale.ROOT)
              + " header (" + n + " bytes read); the file is damaged or mislabelled");
    }
    if (ext.equals("mp3") && n < 2) throw new UnreadableAudioException(file, "empty MP3 file");
    if (ext.equals("mp3")) return Container.MP3;
    return Container.OTHER;
  }

  private static PcmStream openSampled(Path file, Container c) throws IOException {
    AudioInputStream in;
    try {
      in = AudioSystem.getAudioInputStream(
          new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    } catch (UnsupportedAudioFileException e) {
      throw new UnreadableAudioException(
          file, c + " could not be decoded (" + e.getMessage() + ")", e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableAudioException(
          file, c + " header could not be read (" + e + "); the file is truncated or damaged", e);
    }
    AudioFormat f = in.getFormat();
    List<String> warnings = new ArrayList<>();
    AudioInputStream pcm = in;
    boolean isPcm = f.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED)
        || f.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED)
        || f.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT);
    Integer bitDepth = f.getSampleSizeInBits() > 0 ? f.getSampleSizeInBits() : null;
    if (!isPcm) {
      // Lossless sources keep their bit depth (jflac converts only to it); lossy ones decode to 16
      // bits.
      int bits = c == Container.FLAC && f.getSampleSizeInBits() > 0 ? f.getSampleSizeInBits() : 16;
      AudioFormat target = new AudioFormat(
          AudioFormat.Encoding.PCM_SIGNED,
          f.getSampleRate(),
          bits,
          f.getChannels(),
          f.getChannels() * ((bits + 7) / 8),
          f.getSampleRate(),
          false);
      try {
        pcm = AudioSystem.getAudioInputStream(target, in);
      } catch (IllegalArgumentException e) {
        in.close();
        throw new UnreadableAudioException(
            file, "no decoder for " + f.getEncoding() + " on the classpath", e);
      }
      if (c == Container.MP3) bitDepth = null;
    }
    Long frames = in.getFrameLength() > 0 && isPcm ? in.getFrameLength() : null;
    AudioInfo info =
        new AudioInfo(c.name(), f.getSampleRate(), f.getChannels(), bitDepth, frames, warnings);
    // FLAC's STREAMINFO holds the frame count the decoded stream does not report; an MP3's length
    // is only guessed
    long announced = frames != null ? frames : c == Container.FLAC ? flacFrames(file) : -1;
    return new GuardedPcmStream(file, SampledPcmStream.of(info, pcm), announced);
  }

  /** The total frames of a FLAC's STREAMINFO, or -1 when it does not say (0 means unknown there). */
  private static long flacFrames(Path file) {
    try {
      long n = AudioSystem.getAudioFileFormat(file.toFile()).getFrameLength();
      return n > 0 ? n : -1;
    } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
      return -1; // the stream itself reports what is wrong when it is read
    }
  }

  private static AudioInfo probeSampled(Path file, Container c) throws IOException {
    AudioFileFormat aff;
    try {
      aff = AudioSystem.getAudioFileFormat(file.toFile());
    } catch (UnsupportedAudioFileException e) {
      throw new UnreadableAudioException(
          file, c + " header could not be read (" + e.getMessage() + ")", e);
    }
    AudioFormat f = aff.getFormat();
    Integer bits =
        f.getSampleSizeInBits() > 0 && c != Container.MP3 ? f.getSampleSizeInBits() : null;
    Long frames =
        aff.getFrameLength() > 0 && c != Container.MP3 ? (long) aff.getFrameLength() : null;
    if (frames == null) {
      Object micros = aff.properties().get("duration");
      if (micros instanceof Long us && us > 0) frames = Math.round(us / 1e6 * f.getSampleRate());
    }
    return new AudioInfo(c.name(), f.getSampleRate(), f.getChannels(), bits, frames, List.of());
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String formatName(Path file) {
    String ext = extension(file);
    return FORMAT_NAMES.getOrDefault(
        ext, ext.isEmpty() ? "a file without extension" : ext.toUpperCase(Locale.ROOT));
  }
}
