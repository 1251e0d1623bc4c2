package ai.sergik.audio;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Decoded audio, read block by block so that a file of any length needs only a block of memory.
 * Samples are floats in [-1, 1] (float sources may exceed that), one array per channel.
 */
public interface PcmStream extends Closeable {

  AudioInfo info();

  /**
   * Reads up to {@code maxFrames} frames into {@code channels[c][0..n)}.
   *
   * @return frames read, or -1 at the end of the audio
   */
  int read(float[][] channels, int maxFrames) throws IOException;

  /** Problems met while reading (a truncated tail, an overlong header); complete only after the end. */
  List<String> warnings();
}
