package ai.sergik.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MP3 (mp3spi) and FLAC (jflac) decode in pure Java; fixtures described in src/test/resources/audio/README.md. */
class CompressedFormatsTest {

  /** Read in place: the build's resource configuration copies only the sidecar's resources to test-classes. */
  static Path fixture(String name) {
    return Path.of(System.getProperty("sergik.basedir", "."))
        .resolve("src/test/resources/audio/" + name);
  }

  private static double peak(float[][] a) {
    double m = 0;
    for (float[] ch : a) for (float v : ch) m = Math.max(m, Math.abs(v));
    return m;
  }

  /** Zero crossings per second / 2 over the middle half (MP3 adds encoder delay and padding at the ends). */
  private static double frequency(float[] x, float rate) {
    int from = x.length / 4, to = 3 * x.length / 4, crossings = 0;
    for (int i = from + 1; i < to; i++) if ((x[i - 1] < 0) != (x[i] < 0)) crossings++;
    return crossings / 2.0 / ((to - from) / rate);
  }

  @Test
  void mp3DecodesToTheSineItWasMadeFrom() throws Exception {
    Path f = fixture("sine440-stereo-44k.mp3");
    AudioInfo info = AudioFiles.probe(f);
    assertThat(info.format()).isEqualTo("MP3");
    assertThat(info.sampleRate()).isEqualTo(44_100f);
    assertThat(info.channels()).isEqualTo(2);
    assertThat(info.bitDepth()).isNull();
    float[][] a = AudioFilesTest.readAll(f);
    assertThat(a[0].length / 44_100.0).isCloseTo(1.5, within(0.1));
    assertThat(20 * Math.log10(peak(a)))
        .isCloseTo(-33.5, within(0.2)); // ffmpeg volumedetect: max -33.5 dB
    assertThat(frequency(a[0], 44_100)).isCloseTo(440, within(5.0));
  }

  @Test
  void flacDecodesTo24BitSamples() throws Exception {
    Path f = fixture("sine440-stereo-48k-24bit.flac");
    AudioInfo info = AudioFiles.probe(f);
    assertThat(info.format()).isEqualTo("FLAC");
    assertThat(info.sampleRate()).isEqualTo(48_000f);
    assertThat(info.bitDepth()).isEqualTo(24);
    float[][] a = AudioFilesTest.readAll(f);
    assertThat(a[0].length).isEqualTo(48_000);
    assertThat(20 * Math.log10(peak(a)))
        .isCloseTo(-33.1, within(0.1)); // ffmpeg volumedetect: max -33.1 dB
    assertThat(frequency(a[1], 48_000)).isCloseTo(440, within(2.0));
  }
}
