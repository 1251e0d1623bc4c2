package ai.sergik.device.virtuallive;

import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.List;

/** A virtual Live with SERGIK devices loaded from the patch, for journeys; closes what it opened. */
public final class VirtualStudio implements AutoCloseable {
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

  public PatchRunner dropOffline(Track track) throws Exception {
    return drop(track, new PatchRunner.Options().mxjArgs("off"));
  }

  /** Lets {@code ms} of scheduler time pass (Live plays, clocks fire, reports arrive). */
  public void advance(double ms) {
    StandIn.advance(ms);
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
