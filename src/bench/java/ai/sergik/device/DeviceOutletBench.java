package ai.sergik.device;

import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long a click on Generate takes inside the device: {@code generate} (or {@code generate} then
 * {@code write}) until every outlet message has been sent, driven through the Max API stand-in. Prints
 * p50/p99/max per part. Run with scripts/bench-device.
 */
public final class DeviceOutletBench {
  private DeviceOutletBench() {}

  public static void main(String[] args) {
    int warmup = Integer.getInteger("warmup", 3000);
    int runs = Integer.getInteger("runs", 10000);
    SergikDevice device = StandIn.create(SergikDevice.class, Atom.newAtom("off"));
    System.out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s%n", "message (8 bars)", "p50 µs", "p99 µs", "max µs", "outlets");
    for (String part : new String[] {"chords", "bass", "arp", "drums"}) {
      StandIn.send(device, "part", Atom.newAtom(part));
      measure(device, "generate " + part, warmup, runs, false);
      measure(device, "generate+write " + part, warmup, runs, true);
    }
    StandIn.delete(device);
  }

  private static void measure(SergikDevice device, String label, int warmup, int runs, boolean write) {
    long[] nanos = new long[runs];
    int outlets = 0;
    for (int i = -warmup; i < runs; i++) {
      StandIn.send(device, "seed", Atom.newAtom(i & 0xffff));
      StandIn.clearOutlets(device);
      long t0 = System.nanoTime();
      StandIn.send(device, "generate");
      if (write) {
        StandIn.send(device, "write");
      }
      long t1 = System.nanoTime();
      if (i >= 0) {
        nanos[i] = t1 - t0;
        outlets = StandIn.outlets(device).size();
      }
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%-22s %8.1f %8.1f %8.1f %8d%n", label, nanos[runs / 2] / 1e3,
        nanos[(int) (runs * 0.99)] / 1e3, nanos[runs - 1] / 1e3, outlets);
    if (!StandIn.escaped().isEmpty()) {
      throw new IllegalStateException("exceptions escaped: " + StandIn.escaped());
    }
  }
}
