package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A virtual Live with SERGIK devices loaded from the patch, for journeys; closes what it opened. As a test's field
 * ({@code @RegisterExtension final VirtualStudio studio = new VirtualStudio(7, 10);}) it is new for each test and
 * closed after it, and the test fails if an exception reached Max.
 */
public final class VirtualStudio implements AutoCloseable, AfterEachCallback {
  public final VirtualLive live;
  public final List<PatchRunner> devices = new ArrayList<>();

  public VirtualStudio(long seed, double reportLatencyMs) {
    StandIn.reset();
    StandIn.queueDeferred(true);
    live = new VirtualLive(seed).reportLatency(reportLatencyMs);
  }

  public PatchRunner drop(Track track, PatchRunner.Options options) throws Exception {
    PatchRunner d = PatchRunner.load(PatchRunner.devicePatcher(), live, track, options);
    devices.add(d);
    return d;
  }

  /** The device on {@code track} with its link to the sidecar (or a peer) on OSC port {@code oscPort}. */
  public PatchRunner dropLinked(Track track, int oscPort) throws Exception {
    return drop(track, new PatchRunner.Options().mxjArgs(String.valueOf(oscPort), "0"));
  }

  /** {@link #dropLinked}, once the device says it is connected. */
  public PatchRunner dropConnected(Track track, int oscPort) throws Exception {
    PatchRunner d = dropLinked(track, oscPort);
    assertThat(StandIn.runDeferred(() -> d.sidecarState().equals("sidecar: connected"), 10_000))
        .as("the device on " + track.name() + " connected; it says " + d.sidecarState())
        .isTrue();
    return d;
  }

  public PatchRunner dropOffline(Track track) throws Exception {
    return drop(track, new PatchRunner.Options().mxjArgs("off"));
  }

  /** The device with its sidecar link off, once Live's first reports have reached it. */
  public PatchRunner dropOfflineSettled(Track track) throws Exception {
    PatchRunner d = dropOffline(track);
    advance(50);
    return d;
  }

  /** Lets {@code ms} of scheduler time pass (Live plays, clocks fire, reports arrive). */
  public void advance(double ms) {
    StandIn.advance(ms);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
    assertThat(StandIn.escaped()).isEmpty();
  }

  @Override
  public void close() {
    try {
      for (PatchRunner d : devices) {
        d.delete();
      }
    } finally {
      StandIn.queueDeferred(false);
    }
  }
}
