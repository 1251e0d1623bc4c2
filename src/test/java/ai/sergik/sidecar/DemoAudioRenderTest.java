package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.analysis.DemoAudio;
import ai.sergik.data.DataDir;
import ai.sergik.data.DataDirLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo WAVs are rendered the first time a data dir is served, in a process of its own (the synthesizer and its
 * sound bank would otherwise stay in the server's memory), under the data directory's lock.
 */
class DemoAudioRenderTest {
  @TempDir
  Path tmp;

  @Test
  void theFirstServeRendersTheMissingDemoWavInAProcessOfItsOwnAndTheNextStartsNone()
      throws Exception {
    DataDir data = new DataDir(tmp.resolve("data"));
    Path midi = Paths.get(System.getProperty("sergik.basedir", "."))
        .resolve("data/audio/demo/sergik-demo-loop-92bpm.mid");
    Files.createDirectories(DemoAudio.folder(data));
    Files.copy(midi, DemoAudio.folder(data).resolve(midi.getFileName()));
    Path wav = DemoAudio.folder(data).resolve("sergik-demo-loop-92bpm.wav");

    Process render;
    try (Sidecar sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), data, "test")) {
      render = sidecar
          .demoAudioRender()
          .orElseThrow(() -> new AssertionError("no rendering process was started"));
      assertThat(render.pid()).isNotEqualTo(ProcessHandle.current().pid());
      assertThat(render.waitFor(60, TimeUnit.SECONDS)).as("rendering ended").isTrue();
    }
    assertThat(render.exitValue()).isZero();
    assertThat(AudioSystem.getAudioFileFormat(wav.toFile()).getFrameLength()).isPositive();
    assertThat(DataDirLock.holder(data)).as("the lock was released").isEmpty();
    assertThat(DemoAudio.missing(data)).isEmpty();

    try (Sidecar again = Sidecar.start(SidecarConfig.loopback(0, 0), data, "test")) {
      assertThat(again.demoAudioRender()).as("nothing left to render").isEmpty();
    }
  }

  @Test
  void aDataDirWithoutDemoMidiStartsNoProcess() throws Exception {
    try (Sidecar sidecar =
        Sidecar.start(SidecarConfig.loopback(0, 0), new DataDir(tmp.resolve("empty")), "test")) {
      assertThat(sidecar.demoAudioRender()).isEmpty();
    }
  }
}
