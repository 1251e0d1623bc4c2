package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cycling74.max.StandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's own rules: Max's message order, and no box it does not model. */
class PatchRunnerTest {
  @TempDir
  Path dir;

  static String box(String id, String maxclass, String text, int ins, int outs, double x) {
    return "{\"box\":{\"id\":\"" + id + "\",\"maxclass\":\"" + maxclass + "\",\"text\":\"" + text
        + "\",\"numinlets\":" + ins + ",\"numoutlets\":" + outs + ",\"patching_rect\":[" + x
        + ",0,50,22]}}";
  }

  static String line(String from, int outlet, String to, int inlet) {
    return "{\"patchline\":{\"source\":[\"" + from + "\"," + outlet + "],\"destination\":[\"" + to
        + "\"," + inlet + "]}}";
  }

  PatchRunner load(String boxes, String lines) throws Exception {
    Path p = dir.resolve("p.maxpat");
    Files.writeString(p, "{\"patcher\":{\"boxes\":[" + boxes + "],\"lines\":[" + lines + "]}}");
    StandIn.reset();
    VirtualLive live = new VirtualLive(1);
    return PatchRunner.load(p, live, live.song.addMidiTrack("T", 1), new PatchRunner.Options());
  }

  @Test
  void oneOutletSendsRightToLeftAndEachBranchDepthFirst() throws Exception {
    // live.thisdevice bangs at load -> t b b -> two message boxes -> prepend -> one comment; the
    // last word wins.
    PatchRunner r = load(
        String.join(
            ",",
            box("d", "newobj", "live.thisdevice", 1, 3, 0),
            box("m", "message", "go", 2, 1, 0),
            box("left", "newobj", "prepend set left", 2, 1, 10),
            box("right", "newobj", "prepend set right", 2, 1, 300),
            box("c", "comment", "", 1, 0, 0)),
        String.join(
            ",",
            line("d", 0, "m", 0),
            line("m", 0, "left", 0),
            line("m", 0, "right", 0),
            line("left", 0, "c", 0),
            line("right", 0, "c", 0)));
    assertThat(r.sidecarState()).isEqualTo("left go");
  }

  @Test
  void aBoxTheRunnerDoesNotModelStopsTheLoad() {
    assertThatThrownBy(() -> load(box("x", "newobj", "zl.rev", 2, 2, 0), ""))
        .hasMessageContaining("box x is a zl.rev, which the patch runner does not model");
  }

  @Test
  void aCordToAMissingInletStopsTheLoad() {
    assertThatThrownBy(() -> load(
            String.join(
                ",", box("a", "newobj", "iter", 1, 1, 0), box("b", "newobj", "iter", 1, 1, 0)),
            line("a", 0, "b", 3)))
        .hasMessageContaining("has no such outlet or inlet");
  }
}
