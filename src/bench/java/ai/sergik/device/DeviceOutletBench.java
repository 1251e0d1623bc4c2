package ai.sergik.device;

import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long a click on Generate takes inside the device: {@code generate} (or {@code generate} then
 * {@code write}) until every outlet message has been sent, driven through the Max API stand-in. Prints
 * p50/p99/max of wall time per part, and p99 of the thread's CPU time, which leaves out time the thread spent
 * preempted on a busy machine. Run with scripts/bench-device.
 */
public final class DeviceOutletBench {
  private DeviceOutletBench() {}

  public static void main(String[] args) {
    int warmup = Integer.getInteger("warmup", 3000);
    int runs = Integer.getInteger("runs", 10000);
    SergikDevice device = StandIn.create(SergikDevice.class, Atom.newAtom("off"));
    System.out.printf(
        Locale.ROOT,
        "%-22s %8s %8s %8s %12s %8s%n",
        "message (8 bars)",
        "p50 µs",
        "p99 µs",
        "max µs",
        "cpu p99 µs",
        "outlets");
    for (String part : new String[] {"chords", "bass", "arp", "drums"}) {
      StandIn.send(device, "part", Atom.newAtom(part));
      measure(device, "generate " + part, warmup, runs, false);
      measure(device, "generate+write " + part, warmup, runs, true);
    }
    StandIn.delete(device);
  }

  private static void measure(
      SergikDevice device, String label, int warmup, int runs, boolean write) {
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int outlets = 0;
    for (int i = -warmup; i < runs; i++) {
      StandIn.send(device, "seed", Atom.newAtom(i & 0xffff));
      StandIn.clearOutlets(device);
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      StandIn.send(device, "generate");
      if (write) {
        StandIn.send(device, "write");
      }
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      if (i >= 0) {
        nanos[i] = t1 - t0;
        cpu[i] = c1 - c0;
        outlets = StandIn.outlets(device).size();
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "%-22s %8.1f %8.1f %8.1f %12.1f %8d%n",
        label,
        nanos[runs / 2] / 1e3,
        nanos[(int) (runs * 0.99)] / 1e3,
        nanos[runs - 1] / 1e3,
        cpu[(int) (runs * 0.99)] / 1e3,
        outlets);
    if (!StandIn.escaped().isEmpty()) {
      throw new IllegalStateException("exceptions escaped: " + StandIn.escaped());
    }
  }
}
