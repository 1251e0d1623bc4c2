package ai.sergik.audio;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every decoder's stream goes through: whatever a third-party decoder throws on a damaged file (an
 * {@code EOFException} without a message from the FLAC reader, an index error from the MP3 reader) becomes an
 * {@link UnreadableAudioException} naming the file and what is wrong; a file with no audio frames at all is refused
 * rather than analysed into empty features; and a stream that ends before the frame count its header announced says
 * so, as the WAV reader does for a truncated copy.
 */
final class GuardedPcmStream implements PcmStream {
  private final Path file;
  private final PcmStream in;
  private final long announcedFrames;
  private final List<String> warnings = new ArrayList<>();
  private long frames;

  /** @param announcedFrames frames the header promises; -1 when unknown or already checked by the decoder */
  GuardedPcmStream(Path file, PcmStream in, long announcedFrames) {
    this.file = file;
    this.in = in;
    this.announcedFrames = announcedFrames;
  }

  @Override
  public AudioInfo info() {
    return in.info();
  }

  @Override
  public int read(float[][] channels, int maxFrames) throws IOException {
    int n;
    try {
      n = in.read(channels, maxFrames);
    } catch (UnreadableAudioException e) {
      throw e;
    } catch (EOFException e) {
      throw new UnreadableAudioException(
          file,
          format() + " ends inside its " + (frames == 0 ? "header" : "audio data")
              + " after " + size() + " bytes"
              + (frames == 0 ? "" : " (" + seconds(frames) + " of audio)")
              + ": the file is truncated (or still being copied); copy or export it again",
          e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableAudioException(
          file,
          format() + " could not be decoded after " + seconds(frames) + " of audio (" + e
              + "); the file is damaged or not what its name says",
          e);
    }
    if (n > 0) {
      frames += n;
      return n;
    }
    if (frames == 0) {
      throw new UnreadableAudioException(
          file,
          format() + " holds no audio frames (" + size() + " bytes): the file is truncated"
              + " or empty; copy or export it again");
    }
    if (announcedFrames > 0 && frames < announcedFrames && warnings.isEmpty()) {
      warnings.add("truncated: header announces " + announcedFrames + " frames ("
          + seconds(announcedFrames) + "), file holds " + frames + " (" + seconds(frames) + ")");
    }
    return n;
  }

  @Override
  public List<String> warnings() {
    List<String> all = new ArrayList<>(in.warnings());
    all.addAll(warnings);
    return all;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private String format() {
    return in.info().format();
  }

  private String seconds(long n) {
    return String.format(Locale.ROOT, "%.2f s", n / (double) in.info().sampleRate());
  }

  private String size() {
    try {
      return Long.toString(Files.size(file));
    } catch (IOException e) {
      return "?";
    }
  }
}
