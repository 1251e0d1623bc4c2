package ai.sergik.device;

import com.cycling74.max.Atom;
import java.util.List;

/**
 * The producer's messages for the sidecar ({@code sidecar HOST PORT} or {@code off}, {@code prompt …}) and who
 * the device is to it: its id, stored in the Live set through the patcher, and the name of its track. What the
 * sidecar says comes in through {@link FromSidecar}; the link itself is {@link SidecarBridge}'s. Used under the
 * device's lock only.
 */
final class ToSidecar {
  private final SidecarBridge bridge;
  private final Outlets out;
  private final Display display;
  private final Playback playback;
  private final DeviceIdentity identity = new DeviceIdentity();
  private String trackName = "";
  /** live.thisdevice has reported the device loaded, so the patcher can store the id. */
  private boolean loaded;

  ToSidecar(SidecarBridge bridge, Outlets out, Display display, Playback playback) {
    this.bridge = bridge;
    this.out = out;
    this.display = display;
    this.playback = playback;
  }

  /**
   * Connects to the sidecar (replacing an earlier connection). Sends nothing out of the outlets, since the
   * device's constructor calls it before Max has made them; the state shows on the next status change or bang.
   */
  void connect(SidecarLink.Settings s) {
    bridge.connect(s, identity.id(), trackName);
  }

  void sidecar(Atom[] args) {
    if (args.length == 1 && args[0].isString() && args[0].getString().equals("off")) {
      bridge.disconnect();
      display.sidecarState(false);
      display.status("sidecar off");
      return;
    }
    if (args.length != 2
        || !args[0].isString()
        || !args[1].isInt()
        || args[1].getInt() < 1
        || args[1].getInt() > 65535) {
      throw new IllegalArgumentException(
          "sidecar needs a host and a port, e.g. sidecar 127.0.0.1 9000 (or sidecar off), got "
              + Args.describe(args));
    }
    SidecarLink.Settings base =
        bridge.settings() != null ? bridge.settings() : SidecarLink.Settings.defaults();
    connect(base.withAddress(args[0].getString(), args[1].getInt()));
    display.sidecarState(false);
    display.status("looking for the sidecar at " + args[0].getString() + ":" + args[1].getInt());
  }

  void prompt(Atom[] args) {
    String words = Args.text("prompt", args, "8 bars of deep house chords in 10B");
    SidecarLink link = bridge.link();
    if (link == null || !link.connected()) {
      SidecarLink.Settings where = bridge.settings();
      throw new IllegalArgumentException("prompt needs the sidecar, which is not connected"
          + (where == null ? "" : " at " + where.host + ":" + where.port)
          + "; start it with scripts/sergik serve, or use generate inside the device");
    }
    int request = link.generate(
        "{\"prompt\":\"" + Json.escape(words) + "\",\"tempo\":" + playback.tempo() + "}");
    display.status("asked the sidecar (request " + request + "): " + words);
  }

  /** The device has loaded: the patcher stores a new id now, and the sidecar hears who the device is. */
  void loaded() {
    loaded = true;
    if (identity.needsStore()) {
      storeId();
    }
    announce();
    display.sidecarState(connected());
  }

  /** The stored device id ({@code deviceid n}) as the Live set gives it back. */
  void deviceid(Atom[] args) {
    int saved = Args.wholeNumber("deviceid", args, 0, DeviceIdentity.MAX);
    if (!identity.restore(saved) && loaded) {
      storeId();
    }
    announce();
  }

  /** The name of the track the device sits on ({@code trackname …}), observed from Live. */
  void trackname(Atom[] args) {
    String name = args.length == 0 ? "" : Atom.toOneString(args);
    if (!name.equals(trackName)) {
      trackName = name;
      announce();
    }
  }

  boolean connected() {
    return bridge.connected();
  }

  /** The links stopped since the last call, for the caller to wait on without holding the device's lock. */
  List<SidecarLink> takeStopped() {
    return bridge.takeStopped();
  }

  /** The device is going away: the link stops, the id is free for another device. */
  void close() {
    bridge.close();
    identity.release();
  }

  private void storeId() {
    out.list(DevicePorts.OUT_DEVICE_ID, new int[] {identity.number()});
    identity.markStored();
  }

  private void announce() {
    if (bridge.link() != null) {
      bridge.link().identity(identity.id(), trackName);
    }
  }
}
