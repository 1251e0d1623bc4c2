package ai.sergik.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes test signals as WAV (16/24/32-bit integer, 32-bit float) or AIFF, byte by byte, so header tricks are possible. */
public final class TestWavs {
  private TestWavs() {}

  public enum Sample {
    INT16,
    INT24,
    INT32,
    FLOAT32
  }

  /** A sine of the given peak level in dBFS, identical on every channel. */
  public static float[][] sine(double freq, double dbfs, double seconds, float rate, int channels) {
    int n = (int) Math.round(seconds * rate);
    float[][] out = new float[channels][n];
    double amp = Math.pow(10, dbfs / 20);
    for (int i = 0; i < n; i++) {
      float v = (float) (amp * Math.sin(2 * Math.PI * freq * i / rate));
      for (int c = 0; c < channels; c++) out[c][i] = v;
    }
    return out;
  }

  /** Joins signals end to end (same channel count). */
  public static float[][] concat(float[][]... parts) {
    int channels = parts[0].length, n = 0;
    for (float[][] p : parts) n += p[0].length;
    float[][] out = new float[channels][n];
    int at = 0;
    for (float[][] p : parts) {
      for (int c = 0; c < channels; c++) System.arraycopy(p[c], 0, out[c], at, p[c].length);
      at += p[0].length;
    }
    return out;
  }

  public static byte[] wavBytes(float[][] audio, float rate, Sample sample) {
    int channels = audio.length, n = audio[0].length;
    int bytes = switch (sample) {
      case INT16 -> 2;
      case INT24 -> 3;
      case INT32, FLOAT32 -> 4;
    };
    int dataBytes = n * channels * bytes;
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
    b.put("fmt ".getBytes())
        .putInt(16)
        .putShort((short) (sample == Sample.FLOAT32 ? 3 : 1))
        .putShort((short) channels)
        .putInt((int) rate)
        .putInt((int) rate * channels * bytes)
        .putShort((short) (channels * bytes))
        .putShort((short) (bytes * 8));
    b.put("data".getBytes()).putInt(dataBytes);
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < channels; c++) {
        double v = Math.max(-1, Math.min(1, audio[c][i]));
        switch (sample) {
          case INT16 -> b.putShort((short) Math.round(v * 32767));
          case INT24 -> {
            int s = (int) Math.round(v * 8388607);
            b.put((byte) s).put((byte) (s >> 8)).put((byte) (s >> 16));
          }
          case INT32 -> b.putInt((int) Math.round(v * 2147483647.0));
          case FLOAT32 -> b.putFloat(audio[c][i]);
        }
      }
    }
    return b.array();
  }

  public static Path writeWav(Path file, float[][] audio, float rate, Sample sample)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, wavBytes(audio, rate, sample));
  }

  /** AIFF through the JDK writer (big-endian signed PCM of 16 or 24 bits). */
  public static Path writeAiff(Path file, float[][] audio, float rate, int bits)
      throws IOException {
    int channels = audio.length, n = audio[0].length, bytes = bits / 8;
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    long max = (1L << (bits - 1)) - 1;
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < channels; c++) {
        long s = Math.round(Math.max(-1, Math.min(1, audio[c][i])) * max);
        for (int k = bytes - 1; k >= 0; k--) pcm.write((int) (s >> (8 * k)));
      }
    }
    AudioFormat f = new AudioFormat(rate, bits, channels, true, true);
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(pcm.toByteArray()), f, n)) {
      AudioSystem.write(in, AudioFileFormat.Type.AIFF, file.toFile());
    }
    return file;
  }
}
