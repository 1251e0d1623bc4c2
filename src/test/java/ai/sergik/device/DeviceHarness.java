package ai.sergik.device;

import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for driving SergikDevice through the Max API stand-in. */
final class DeviceHarness {
  private DeviceHarness() {}

  /** A device with the sidecar link off (no thread, no socket). */
  static SergikDevice offline() {
    return StandIn.create(SergikDevice.class, Atom.newAtom("off"));
  }

  static void send(SergikDevice d, String message, Object... args) {
    StandIn.send(d, message, atoms(args));
  }

  static Atom[] atoms(Object... args) {
    Atom[] a = new Atom[args.length];
    for (int i = 0; i < args.length; i++) {
      Object o = args[i];
      if (o instanceof Integer) {
        a[i] = Atom.newAtom((Integer) o);
      } else if (o instanceof Number) {
        a[i] = Atom.newAtom(((Number) o).doubleValue());
      } else {
        a[i] = Atom.newAtom(String.valueOf(o));
      }
    }
    return a;
  }

  /** The outlet calls as "outlet: text" lines. */
  static List<String> lines(SergikDevice d) {
    List<String> out = new ArrayList<>();
    for (StandIn.OutletCall c : StandIn.outlets(d)) {
      out.add(c.toString());
    }
    return out;
  }

  static List<StandIn.OutletCall> midi(SergikDevice d) {
    List<StandIn.OutletCall> out = new ArrayList<>();
    for (StandIn.OutletCall c : StandIn.outlets(d)) {
      if (c.outlet == DevicePorts.OUT_MIDI) {
        out.add(c);
      }
    }
    return out;
  }
}
