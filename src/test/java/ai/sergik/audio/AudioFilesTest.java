package ai.sergik.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioFilesTest {
  @TempDir
  Path dir;

  static float[][] readAll(Path file) throws IOException {
    try (PcmStream in = AudioFiles.open(file)) {
      int ch = in.info().channels();
      float[][] all = new float[ch][0];
      float[][] block = new float[ch][1000];
      int n, total = 0;
      while ((n = in.read(block, 1000)) > 0) {
        for (int c = 0; c < ch; c++) {
          all[c] = Arrays.copyOf(all[c], total + n);
          System.arraycopy(block[c], 0, all[c], total, n);
        }
        total += n;
      }
      return all;
    }
  }

  private static double maxError(float[][] a, float[][] b) {
    double max = 0;
    for (int c = 0; c < a.length; c++)
      for (int i = 0; i < a[c].length; i++) max = Math.max(max, Math.abs(a[c][i] - b[c][i]));
    return max;
  }

  @ParameterizedTest(name = "{0} at {1} Hz, {2} channel(s)")
  @CsvSource({
    "INT16,44100,2",
    "INT24,48000,2",
    "INT32,96000,1",
    "FLOAT32,192000,2",
    "INT24,22050,1",
    "INT16,88200,2"
  })
  void wavSampleFormatsDecodeToTheSameSignal(TestWavs.Sample sample, float rate, int channels)
      throws IOException {
    float[][] audio = TestWavs.sine(440, -6, 0.5, rate, channels);
    Path f = TestWavs.writeWav(dir.resolve("s.wav"), audio, rate, sample);
    float[][] back = readAll(f);
    assertThat(back.length).isEqualTo(channels);
    assertThat(back[0].length).isEqualTo(audio[0].length);
    double lsb = sample == TestWavs.Sample.INT16 ? 1 / 32768.0 : 1e-6;
    assertThat(maxError(audio, back)).isLessThan(lsb);
    AudioInfo info = AudioFiles.probe(f);
    assertThat(info.format()).isEqualTo("WAV");
    assertThat(info.sampleRate()).isEqualTo(rate);
    assertThat(info.durationSeconds()).isCloseTo(0.5, within(1e-3));
  }

  @ParameterizedTest(name = "{0}-bit AIFF")
  @CsvSource({"16", "24"})
  void aiffDecodesThroughTheJdk(int bits) throws IOException {
    float[][] audio = TestWavs.sine(440, -6, 0.5, 48_000, 2);
    Path f = TestWavs.writeAiff(dir.resolve("s.aiff"), audio, 48_000, bits);
    float[][] back = readAll(f);
    assertThat(back[0].length).isEqualTo(audio[0].length);
    assertThat(maxError(audio, back)).isLessThan(2 / 32768.0);
    assertThat(AudioFiles.probe(f).bitDepth()).isEqualTo(bits);
  }

  @Test
  void truncatedWavReadsWhatIsThereAndSaysSo() throws IOException {
    byte[] full =
        TestWavs.wavBytes(TestWavs.sine(440, -6, 1, 44_100, 2), 44_100, TestWavs.Sample.INT16);
    Path f = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(full, full.length / 2 + 1));
    AudioInfo info = AudioFiles.probe(f);
    assertThat(info.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("truncated: header announces 176400 data bytes"));
    assertThat(readAll(f)[0].length).isEqualTo((full.length / 2 + 1 - 44) / 4);
  }

  @ParameterizedTest(name = "data size {0}")
  @CsvSource({"0", "-1"})
  void streamingHeaderSizesReadToTheEnd(int claimed) throws IOException {
    byte[] bytes =
        TestWavs.wavBytes(TestWavs.sine(440, -6, 0.25, 44_100, 1), 44_100, TestWavs.Sample.INT16);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(40, claimed);
    Path f = Files.write(dir.resolve("live.wav"), bytes);
    assertThat(readAll(f)[0].length).isEqualTo(11_025);
    assertThat(AudioFiles.probe(f).warnings()).hasSize(1);
  }

  @Test
  void wrongBlockAlignIsCorrectedWithAWarning() throws IOException {
    byte[] bytes =
        TestWavs.wavBytes(TestWavs.sine(440, -6, 0.25, 44_100, 2), 44_100, TestWavs.Sample.INT16);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(32, (short) 7);
    Path f = Files.write(dir.resolve("align.wav"), bytes);
    assertThat(AudioFiles.probe(f).warnings())
        .containsExactly("block align 7 does not match 2 x 16-bit; used 4");
    assertThat(readAll(f)[0].length).isEqualTo(11_025);
  }

  @Test
  void headerOnlyFileHasNoFramesAndDecodingItSaysSoRatherThanYieldingEmptyFeatures()
      throws IOException {
    byte[] bytes = TestWavs.wavBytes(new float[1][0], 44_100, TestWavs.Sample.INT16);
    Path f = Files.write(dir.resolve("empty.wav"), bytes);
    assertThat(AudioFiles.probe(f).frames()).isZero();
    assertThatThrownBy(() -> readAll(f))
        .isInstanceOf(UnreadableAudioException.class)
        .hasMessage(
            f
                + ": WAV holds no audio frames (44 bytes): the file is truncated or empty; copy or export it again");
  }

  @Test
  void garbageNamedWavIsRefusedWithTheReason() throws IOException {
    Path f = Files.writeString(dir.resolve("notes.wav"), "this is not audio at all");
    assertThatThrownBy(() -> AudioFiles.open(f))
        .isInstanceOf(UnreadableAudioException.class)
        .hasMessage(
            f
                + ": named .wav but its first bytes are not a WAV header (12 bytes read); the file is damaged or mislabelled");
  }

  @Test
  void compressedWavFormatIsNamed() throws IOException {
    byte[] bytes =
        TestWavs.wavBytes(TestWavs.sine(440, -6, 0.1, 44_100, 1), 44_100, TestWavs.Sample.INT16);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(20, (short) 2); // MS ADPCM
    Path f = Files.write(dir.resolve("adpcm.wav"), bytes);
    assertThatThrownBy(() -> AudioFiles.open(f))
        .hasMessageContaining("WAV format tag 0x0002 (compressed) is not supported");
  }

  @Test
  void m4aWithoutFfmpegNamesTheFormatAndTheFix() throws IOException {
    Path f = Files.write(
        dir.resolve("song.m4a"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '});
    assertThatThrownBy(() -> Ffmpeg.open(f, "M4A", dir.toString()))
        .isInstanceOf(UnreadableAudioException.class)
        .hasMessage(
            f
                + ": M4A is not readable in pure Java (supported: WAV, AIFF, MP3, FLAC) and ffmpeg is not on the PATH; "
                + "install ffmpeg (apt-get install ffmpeg, brew install ffmpeg) or convert the file to WAV or FLAC");
  }

  @Test
  void missingFileIsNamed() {
    Path f = dir.resolve("nope.wav");
    assertThatThrownBy(() -> AudioFiles.open(f)).hasMessage(f + ": no such file");
  }
}
