package ai.sergik.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 101-byte {@code x.ogg} holding an HLS playlist made ffmpeg read an MP3 outside the library roots, and
 * {@code /gpt/analyze} answered with that file's features. ffmpeg now gets real audio containers only, through one
 * named demuxer and the file protocol alone.
 */
class FfmpegTest {
  @TempDir
  Path dir;

  static final Optional<Path> FFMPEG = Ffmpeg.find(System.getenv("PATH"));

  /** The 101-byte attack: an HLS playlist named like an Ogg file, pointing at a file outside the library. */
  static String playlist(Path target) {
    return "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n" + target + "\n#EXT-X-ENDLIST\n";
  }

  @Test
  void commandLineAllowsOnlyTheFileProtocolOneNamedDemuxerAndTheFirstAudioStream() {
    Path exe = Path.of("/usr/bin/ffmpeg");
    Path file = Path.of("/music/-i http:x.ogg");
    List<String> command = Ffmpeg.command(exe, file, Ffmpeg.CONTAINERS.get("ogg"));
    assertThat(command).startsWith("/usr/bin/ffmpeg", "-nostdin").endsWith("pipe:1");
    assertThat(command)
        .containsSequence("-protocol_whitelist", "file")
        .containsSequence("-f", "ogg", "-i", "file:/music/-i http:x.ogg")
        .containsSequence("-map", "0:a:0", "-vn", "-sn", "-dn")
        .containsSequence("-f", "f32le", "-ac", "2", "-ar", "44100");
    assertThat(command).filteredOn("-i"::equals).hasSize(1);
    assertThat(Ffmpeg.CONTAINERS).containsOnlyKeys("m4a", "alac", "aac", "ogg", "opus", "wma");
    assertThat(Ffmpeg.CONTAINERS.values())
        .extracting(Ffmpeg.Container::demuxer)
        .containsOnly("mov", "aac", "ogg", "asf");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"x.ogg", "x.opus", "x.m4a", "x.wma", "x.aac"})
  void hlsPlaylistNamedLikeAudioIsRefusedBeforeFfmpegRuns(String name) throws IOException {
    Path outside = Files.write(dir.resolve("outside.mp3"), new byte[] {'I', 'D', '3'});
    Path f = Files.writeString(dir.resolve(name), playlist(outside));
    assertThatThrownBy(() -> AudioFiles.open(f))
        .isInstanceOf(UnreadableAudioException.class)
        .hasMessageContaining(f + ": named ." + name.substring(2) + " but it is not ")
        .hasMessageContaining("(it begins '#EXTM3U.#EXT-X-T')")
        .hasMessageContaining("never playlists or other files they point to");
  }

  @Test
  void realFfmpegRefusesAPlaylistEvenWhenItGetsOne() throws Exception {
    assumeTrue(
        FFMPEG.isPresent(),
        "ffmpeg is not on the PATH: the command line is checked by the test above; "
            + "install ffmpeg (apt-get install ffmpeg) to run this one");
    Path outside = dir.resolve("outside.wav");
    TestWavs.writeWav(outside, TestWavs.sine(440, -6, 2, 44_100, 2), 44_100, TestWavs.Sample.INT16);
    Path f = Files.writeString(dir.resolve("x.ogg"), playlist(outside));
    Process p = new ProcessBuilder(Ffmpeg.command(FFMPEG.get(), f, Ffmpeg.CONTAINERS.get("ogg")))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] pcm = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isNotZero();
    assertThat(pcm).as("no audio from the file the playlist names").isEmpty();
  }

  @Test
  void realFfmpegStillDecodesARealOggFile() throws Exception {
    assumeTrue(
        FFMPEG.isPresent(),
        "ffmpeg is not on the PATH: install ffmpeg (apt-get install ffmpeg) to run this test");
    Path ogg = dir.resolve("tone.ogg");
    Process make = new ProcessBuilder(
            FFMPEG.get().toString(),
            "-nostdin",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:sample_rate=44100:duration=1",
            "-c:a",
            "libvorbis",
            ogg.toString())
        .redirectErrorStream(true)
        .start();
    make.getInputStream().readAllBytes();
    assumeTrue(
        make.waitFor(60, TimeUnit.SECONDS) && make.exitValue() == 0,
        "this ffmpeg cannot encode Vorbis");
    long frames = 0;
    try (PcmStream in = AudioFiles.open(ogg)) {
      float[][] block = new float[2][4096];
      int n;
      while ((n = in.read(block, 4096)) > 0) frames += n;
    }
    assertThat(frames).isBetween(43_000L, 45_000L);
  }

  @Test
  void everyContainerOnTheListIsOneAScanPicksUp() {
    assertThat(AudioFiles.AUDIO_EXTENSIONS).containsAll(Ffmpeg.CONTAINERS.keySet());
    assertThat(List.copyOf(Ffmpeg.CONTAINERS.keySet()))
        .doesNotContain("m3u8", "m3u", "txt", "ffconcat");
  }
}
