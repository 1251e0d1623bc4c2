package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.List;

/** A track: {@code live_set tracks n}, with its clip slots, devices, mixer and arrangement. */
public final class Track extends LomObject {
  private String name;
  final boolean midi;
  public final List<ClipSlot> slots = new ArrayList<>();
  public final List<DeviceObject> devices = new ArrayList<>();
  public final MixerDevice mixer = new MixerDevice(live);
  private final Arrangement arrangement = new Arrangement(this);
  /** Clips in the Arrangement View, by start time (Track.arrangement_clips, Live 11+). */
  public final List<Clip> arrangementClips = arrangement.clips;

  public boolean mute;
  public boolean solo;
  public boolean arm;
  /** Track.playing_slot_index: the Session clip playing, -1 none. */
  public int playingSlot = -1;

  Track(VirtualLive live, String name, boolean midi, int slotCount) {
    super(live, "Track");
    this.name = name;
    this.midi = midi;
    for (int i = 0; i < slotCount; i++) {
      slots.add(new ClipSlot(live, this));
    }
    property("name", () -> atoms(this.name), v -> rename(Atom.toOneString(v)));
    property("has_midi_input", () -> atoms(midi));
    list("clip_slots", () -> slots);
    list("devices", () -> devices);
    child("mixer_device", () -> mixer);
    list("arrangement_clips", () -> arrangementClips);
    property("mute", () -> atoms(mute), v -> {
      mute = on(v);
      live.edited();
      changed("mute");
    });
    property("solo", () -> atoms(solo), v -> {
      solo = on(v);
      live.edited();
      changed("solo");
    });
    // Track.arm: "Only available for tracks that can be armed" (can_be_armed).
    property("can_be_armed", () -> atoms(1));
    property("arm", () -> atoms(arm), v -> {
      arm = on(v);
      changed("arm");
    });
    property("playing_slot_index", () -> atoms(playingSlot));
    function("create_midi_clip", arrangement::createMidiClip);
    function("duplicate_clip_to_arrangement", arrangement::duplicateClip);
  }

  public String name() {
    return name;
  }

  @Override
  String path() {
    return "live_set tracks " + live.song.tracks.indexOf(this);
  }

  public void rename(String newName) {
    name = newName;
    changed("name");
  }

  public ClipSlot slot(int i) {
    return slots.get(i);
  }

  /** A Max device is dropped on the track: its {@code this_device}. */
  public DeviceObject addDevice(String deviceName) {
    DeviceObject d = new DeviceObject(live, this, deviceName);
    devices.add(d);
    return d;
  }
}
