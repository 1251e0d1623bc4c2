package ai.sergik.audio;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** A {@link PcmStream} over raw interleaved PCM bytes, stopping at a byte limit or end of stream. */
final class BytePcmStream implements PcmStream {
  private final AudioInfo info;
  private final PcmDecoder decoder;
  private final InputStream in;
  private final List<String> warnings;
  private final boolean bounded;
  private long remaining;
  private byte[] buf = new byte[0];
  private int carry; // bytes of an incomplete frame kept from the last read

  /** @param limit bytes to read at most; negative for "until the stream ends" */
  BytePcmStream(AudioInfo info, PcmDecoder decoder, InputStream in, long limit) {
    this.info = info;
    this.decoder = decoder;
    this.in = in;
    this.bounded = limit >= 0;
    this.remaining = bounded ? limit : Long.MAX_VALUE;
    this.warnings = new ArrayList<>(info.warnings());
  }

  @Override
  public AudioInfo info() {
    return info;
  }

  @Override
  public int read(float[][] channels, int maxFrames) throws IOException {
    int frameBytes = decoder.frameBytes();
    long available = bounded ? remaining + carry : Long.MAX_VALUE;
    int want = (int) Math.min((long) maxFrames * frameBytes, available);
    if (want < frameBytes) return -1;
    if (buf.length < want) {
      byte[] bigger = new byte[want];
      System.arraycopy(buf, 0, bigger, 0, carry);
      buf = bigger;
    }
    int have = carry;
    boolean ended = false;
    while (have < want) {
      int r = in.read(buf, have, want - have);
      if (r < 0) {
        if (bounded && remaining - (have - carry) > 0) {
          warnings.add("file ended " + (remaining - (have - carry))
              + " bytes before the announced end of its audio");
        }
        ended = true;
        break;
      }
      have += r;
    }
    remaining = ended ? 0 : bounded ? remaining - (have - carry) : remaining;
    int frames = have / frameBytes;
    if (frames == 0) return -1;
    decoder.decode(buf, frames, channels, 0);
    carry = have - frames * frameBytes;
    System.arraycopy(buf, frames * frameBytes, buf, 0, carry);
    return frames;
  }

  @Override
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
