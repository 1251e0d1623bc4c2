package ai.sergik.audio;

import java.util.List;
import java.util.Objects;

/**
 * What a file's header says about its audio. Unknown values are null rather than a sentinel, so a
 * CSV writer prints an empty cell and nobody mistakes "unknown" for zero.
 *
 * @param format container name as a user knows it: WAV, AIFF, MP3, FLAC, M4A ...
 * @param sampleRate frames per second
 * @param channels channel count
 * @param bitDepth bits per sample for PCM; null for lossy formats
 * @param frames frames the header announces (or, for WAV, what the file really holds); null when unknown
 * @param warnings header problems that were worked around (a lying data size, a missing tail)
 */
public record AudioInfo(
    String format,
    float sampleRate,
    int channels,
    Integer bitDepth,
    Long frames,
    List<String> warnings) {

  public AudioInfo {
    Objects.requireNonNull(format, "format");
    if (!(sampleRate > 0))
      throw new IllegalArgumentException("sampleRate must be > 0, got " + sampleRate);
    if (channels < 1) throw new IllegalArgumentException("channels must be >= 1, got " + channels);
    warnings = List.copyOf(warnings);
  }

  /** Duration in seconds when the frame count is known. */
  public Double durationSeconds() {
    return frames == null ? null : frames / (double) sampleRate;
  }
}
