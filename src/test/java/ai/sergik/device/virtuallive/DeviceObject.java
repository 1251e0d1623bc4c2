package ai.sergik.device.virtuallive;

/** A Max device on a track: {@code this_device}. */
public final class DeviceObject extends LomObject {
  final Track track;
  final String name;

  DeviceObject(VirtualLive live, Track track, String name) {
    super(live, "Device");
    this.track = track;
    this.name = name;
    property("name", () -> atoms(name));
    child("canonical_parent", () -> track);
  }
}
