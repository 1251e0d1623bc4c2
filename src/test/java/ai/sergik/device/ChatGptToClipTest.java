package ai.sergik.device;

import static ai.sergik.device.DeviceHarness.lines;
import static ai.sergik.device.DeviceHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataDir;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prompt typed into the device goes to the real sidecar on loopback and its notes come back to be written.
 * (A ChatGPT push into a clip of the virtual Live, through the patch: virtuallive.SidecarJourneyTest.)
 */
class ChatGptToClipTest {
  @TempDir
  Path data;

  Sidecar sidecar;
  SergikDevice device;

  @BeforeEach
  void start() throws Exception {
    StandIn.reset();
    sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), new DataDir(data), "test");
    device = StandIn.create(SergikDevice.class, Atom.newAtom(sidecar.oscPort()), Atom.newAtom(0));
    DeviceOscTest.waitFor(
        "the device connected to the sidecar", 5000, () -> lines(device).contains("5: connected"));
  }

  @AfterEach
  void stop() {
    StandIn.delete(device);
    sidecar.close();
    assertThat(StandIn.escaped()).isEmpty();
  }

  @Test
  void aPromptFromTheDeviceIsAnsweredBySidecarNotes() throws Exception {
    send(device, "prompt", "4", "bars", "of", "techno", "drums");
    DeviceOscTest.waitFor(
        "the answer going into the selected clip slot",
        5000,
        () -> lines(device).contains("2: goto live_set view highlighted_clip_slot"));
    assertThat(device.core().lengthBeats()).isEqualTo(16.0);
    assertThat(device.core().notes()).isNotEmpty();
  }
}
