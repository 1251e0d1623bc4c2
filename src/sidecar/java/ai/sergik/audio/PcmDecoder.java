package ai.sergik.audio;

/** Converts interleaved PCM bytes to floats; the one place that knows sample layouts. */
final class PcmDecoder {
  enum Encoding {
    SIGNED,
    UNSIGNED,
    FLOAT
  }

  private final Encoding encoding;
  private final int bytesPerSample;
  private final boolean bigEndian;
  private final int channels;

  PcmDecoder(Encoding encoding, int bitsPerSample, boolean bigEndian, int channels) {
    this.encoding = encoding;
    this.bytesPerSample = (bitsPerSample + 7) / 8;
    this.bigEndian = bigEndian;
    this.channels = channels;
    if (encoding == Encoding.FLOAT && bytesPerSample != 4 && bytesPerSample != 8) {
      throw new IllegalArgumentException(
          "float samples must be 32 or 64 bits, got " + bitsPerSample);
    }
    if (bytesPerSample < 1 || (bytesPerSample > 4 && encoding != Encoding.FLOAT)) {
      throw new IllegalArgumentException(
          "integer samples must be 8 to 32 bits, got " + bitsPerSample);
    }
  }

  int frameBytes() {
    return bytesPerSample * channels;
  }

  /** Decodes {@code frames} whole frames starting at {@code buf[0]} into {@code out[c][offset..]}. */
  void decode(byte[] buf, int frames, float[][] out, int offset) {
    if (encoding == Encoding.SIGNED && !bigEndian && bytesPerSample == 2) {
      decode16(buf, frames, out, offset);
      return;
    }
    if (encoding == Encoding.SIGNED && !bigEndian && bytesPerSample == 3) {
      decode24(buf, frames, out, offset);
      return;
    }
    int p = 0;
    for (int f = 0; f < frames; f++) {
      for (int c = 0; c < channels; c++) {
        out[c][offset + f] = sample(buf, p);
        p += bytesPerSample;
      }
    }
  }

  /** The common cases (16- and 24-bit little-endian) without the general per-byte loop. */
  private void decode16(byte[] b, int frames, float[][] out, int offset) {
    final float scale = 1f / 32768f;
    for (int c = 0; c < channels; c++) {
      float[] o = out[c];
      int p = 2 * c, step = 2 * channels;
      for (int f = 0; f < frames; f++, p += step)
        o[offset + f] = (short) ((b[p] & 0xFF) | (b[p + 1] << 8)) * scale;
    }
  }

  private void decode24(byte[] b, int frames, float[][] out, int offset) {
    final float scale = 1f / 8388608f;
    for (int c = 0; c < channels; c++) {
      float[] o = out[c];
      int p = 3 * c, step = 3 * channels;
      for (int f = 0; f < frames; f++, p += step) {
        o[offset + f] = ((b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8) | (b[p + 2] << 16)) * scale;
      }
    }
  }

  private float sample(byte[] b, int p) {
    if (encoding == Encoding.FLOAT) {
      if (bytesPerSample == 4) {
        float v = Float.intBitsToFloat((int) raw(b, p, 4));
        return Float.isFinite(v) ? v : 0f;
      }
      double v = Double.longBitsToDouble(raw(b, p, 8));
      return Double.isFinite(v) ? (float) v : 0f;
    }
    long v = raw(b, p, bytesPerSample);
    int bits = bytesPerSample * 8;
    if (encoding == Encoding.UNSIGNED) {
      v -= 1L << (bits - 1);
    } else {
      v = (v << (64 - bits)) >> (64 - bits); // sign-extend
    }
    return (float) (v / (double) (1L << (bits - 1)));
  }

  private long raw(byte[] b, int p, int n) {
    long v = 0;
    if (bigEndian) {
      for (int i = 0; i < n; i++) v = (v << 8) | (b[p + i] & 0xFF);
    } else {
      for (int i = n - 1; i >= 0; i--) v = (v << 8) | (b[p + i] & 0xFF);
    }
    return v;
  }
}
