package ai.sergik.device.virtuallive;

/** Track.mixer_device: the volume and panning DeviceParameters. */
public final class MixerDevice extends LomObject {
  public final DeviceParameter volume;
  public final DeviceParameter panning;

  MixerDevice(VirtualLive live) {
    super(live, "MixerDevice");
    this.volume = new DeviceParameter(live, "Track Volume", 0, 1, 0.85, true);
    this.panning = new DeviceParameter(live, "Track Panning", -1, 1, 0, false);
    child("volume", () -> volume);
    child("panning", () -> panning);
  }
}
