package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code patchers/SERGIK.maxpat} as Max would inside Live: every box becomes an object of {@link Boxes}
 * (each written from its Cycling '74 reference page), patch cords carry messages depth first, and an outlet
 * connected to several inlets sends to the rightmost destination first (Max's right-to-left order, by the
 * destination box's position). The {@code mxj} box runs the real {@code SergikDevice} through the Max API
 * stand-in; {@code live.*} boxes talk to a {@link VirtualLive}.
 *
 * <p>A box class the runner does not know is an error: the patch cannot grow past what is tested.
 */
public final class PatchRunner {
  /** How a device is loaded. */
  public static final class Options {
    String[] mxjArgs;
    boolean javaMissing;
    String mxjClassOverride;
    Map<String, Double> savedParameters = new HashMap<>();

    /** The mxj box's arguments as typed (e.g. the sidecar port of a test sidecar, or {@code off}). */
    public Options mxjArgs(String... args) {
      this.mxjArgs = args;
      return this;
    }

    /** No Java installed: the mxj box cannot be created. */
    public Options javaMissing() {
      this.javaMissing = true;
      return this;
    }

    /** The mxj box names a class that fails to load. */
    public Options mxjClass(String className) {
      this.mxjClassOverride = className;
      return this;
    }

    /** The parameter values a Live set saved (by long name), as Live gives them back on load. */
    public Options saved(Map<String, Double> values) {
      this.savedParameters = new HashMap<>(values);
      return this;
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  final VirtualLive live;
  final DeviceObject thisDevice;
  final Options options;
  final List<String> console = new ArrayList<>();
  private final Map<String, Box> boxes = new LinkedHashMap<>();
  private final Map<String, List<Cord>> cords = new HashMap<>();
  private boolean deleted;

  private static final class Cord {
    final Box to;
    final int inlet;

    Cord(Box to, int inlet) {
      this.to = to;
      this.inlet = inlet;
    }
  }

  private PatchRunner(
      JsonNode patcher, VirtualLive live, DeviceObject thisDevice, Options options) {
    this.live = live;
    this.thisDevice = thisDevice;
    this.options = options;
    for (JsonNode w : patcher.get("boxes")) {
      JsonNode b = w.get("box");
      Box box = Boxes.create(this, b);
      boxes.put(box.id, box);
    }
    for (JsonNode w : patcher.get("lines")) {
      JsonNode l = w.get("patchline");
      Box from = boxOrFail(l.at("/source/0").asText());
      Box to = boxOrFail(l.at("/destination/0").asText());
      int outlet = l.at("/source/1").asInt();
      int inlet = l.at("/destination/1").asInt();
      if (outlet >= from.outlets || inlet >= to.inlets) {
        throw new IllegalStateException(
            "patch cord " + from.id + ":" + outlet + " -> " + to.id + ":" + inlet
                + " has no such outlet or inlet (" + from.describe() + " has " + from.outlets
                + " outlets, "
                + to.describe() + " has " + to.inlets + " inlets)");
      }
      cords
          .computeIfAbsent(from.id + ":" + outlet, k -> new ArrayList<>())
          .add(new Cord(to, inlet));
      if (to instanceof MaxBoxes.Comment) {
        ((MaxBoxes.Comment) to).fed = true;
        ((MaxBoxes.Comment) to).fedByMxj = from instanceof MaxBoxes.Mxj;
        ((MaxBoxes.Comment) to).fedFromOutlet = outlet;
      }
    }
    // Max sends from one outlet to its destinations right to left (by the destinations' x
    // position).
    for (List<Cord> list : cords.values()) {
      list.sort(Comparator.comparingDouble((Cord c) -> -c.to.x));
    }
  }

  /** The device patcher as committed. */
  public static Path devicePatcher() {
    return Paths.get(System.getProperty("sergik.basedir", ".")).resolve("patchers/SERGIK.maxpat");
  }

  /**
   * Drops the device onto {@code track}: every box is created, Live gives the stored parameters back (or
   * their initial values), then {@code live.thisdevice} reports the device loaded.
   */
  public static PatchRunner load(Path patch, VirtualLive live, Track track, Options options)
      throws IOException {
    JsonNode patcher = JSON.readTree(Files.readString(patch)).get("patcher");
    PatchRunner runner = new PatchRunner(patcher, live, track.addDevice("SERGIK"), options);
    runner.start();
    return runner;
  }

  private void start() {
    for (Box b : boxes.values()) {
      if (b instanceof LiveParameters.Parameter) {
        ((LiveParameters.Parameter) b).restore(options.savedParameters);
      }
    }
    for (Box b : boxes.values()) {
      b.loaded();
    }
  }

  private Box boxOrFail(String id) {
    Box b = boxes.get(id);
    if (b == null) {
      throw new IllegalStateException(
          "patch cord names box " + id + ", which the patch does not have");
    }
    return b;
  }

  /** Sends {@code m} out of {@code from}'s outlet, depth first, right to left. */
  void send(Box from, int outlet, Msg m) {
    if (deleted) {
      return;
    }
    List<Cord> list = cords.get(from.id + ":" + outlet);
    if (list == null) {
      return;
    }
    for (Cord c : list) {
      c.to.receive(c.inlet, m);
    }
  }

  void post(String line) {
    synchronized (console) {
      console.add(line);
    }
  }

  // ---- what the producer does and sees ----

  /** The parameter box with this long name (Style, Key, Generate, Play …). */
  public LiveParameters.Parameter parameter(String longName) {
    for (Box b : boxes.values()) {
      if (b instanceof LiveParameters.Parameter
          && ((LiveParameters.Parameter) b).longName.equals(longName)) {
        return (LiveParameters.Parameter) b;
      }
    }
    throw new IllegalArgumentException("the patch has no parameter " + longName);
  }

  /** Clicks a button or toggle (live.text, live.button). */
  public void click(String longName) {
    parameter(longName).click();
  }

  /** Chooses a menu item by its text. */
  public void choose(String longName, String item) {
    ((LiveParameters.LiveMenu) parameter(longName)).choose(item);
  }

  /** Sets a number box or dial. */
  public void turn(String longName, double value) {
    parameter(longName).user(value);
  }

  /** The status line (the comment the device writes to). */
  public String status() {
    return comment(0);
  }

  /** The sidecar state comment. */
  public String sidecarState() {
    return comment(1);
  }

  /** The suggestion lines of the status area (the comments fed by the mxj's suggestion outlets), in order. */
  public List<String> suggestions() {
    List<String> lines = new ArrayList<>();
    for (int outlet = STATUS_OUTLET + 4; outlet < STATUS_OUTLET + 7; outlet++) {
      for (Box b : boxes.values()) {
        if (b instanceof MaxBoxes.Comment
            && ((MaxBoxes.Comment) b).fedByMxj
            && ((MaxBoxes.Comment) b).fedFromOutlet == outlet) {
          lines.add(((MaxBoxes.Comment) b).text);
        }
      }
    }
    return lines;
  }

  /** The mxj's status outlet (DevicePorts.OUT_STATUS); its suggestion lines are outlets 8..10. */
  static final int STATUS_OUTLET = 4;

  /** The comment fed straight by the mxj box's status outlet (index 0) or through another box (index 1). */
  private String comment(int index) {
    for (Box b : boxes.values()) {
      if (b instanceof MaxBoxes.Comment
          && ((MaxBoxes.Comment) b).fed
          && ((MaxBoxes.Comment) b).fedByMxj == (index == 0)
          && (index == 1 || ((MaxBoxes.Comment) b).fedFromOutlet == STATUS_OUTLET)) {
        return ((MaxBoxes.Comment) b).text;
      }
    }
    return "";
  }

  /** MIDI from the track into midiin (the bytes of one or more messages). */
  public void midiIn(int... bytes) {
    for (Box b : boxes.values()) {
      if (b instanceof MidiBoxes.MidiIn) {
        for (int v : bytes) {
          ((MidiBoxes.MidiIn) b).play(v);
        }
      }
    }
  }

  /** Every MIDI message that left midiout, with its scheduler time. */
  public List<MidiBoxes.MidiEvent> midiOut() {
    for (Box b : boxes.values()) {
      if (b instanceof MidiBoxes.MidiOut) {
        return new ArrayList<>(((MidiBoxes.MidiOut) b).events);
      }
    }
    throw new IllegalStateException("the patch has no midiout");
  }

  /** The values Live saves with the set: every stored parameter (not the hidden ones), by long name. */
  public Map<String, Double> savedParameters() {
    Map<String, Double> out = new HashMap<>();
    for (Box b : boxes.values()) {
      if (b instanceof LiveParameters.Parameter && ((LiveParameters.Parameter) b).stored()) {
        out.put(((LiveParameters.Parameter) b).longName, ((LiveParameters.Parameter) b).value);
      }
    }
    return out;
  }

  /** The Max console: the device's lines (through the stand-in) are read with StandIn.console(); these are the patch's. */
  public List<String> console() {
    synchronized (console) {
      List<String> all = new ArrayList<>(console);
      all.addAll(live.console());
      return all;
    }
  }

  /** The mxj object (null when Java is missing), for thread and socket checks after delete. */
  public com.cycling74.max.MaxObject mxj() {
    for (Box b : boxes.values()) {
      if (b instanceof MaxBoxes.Mxj) {
        return ((MaxBoxes.Mxj) b).object;
      }
    }
    return null;
  }

  /** The device is deleted from the track: every box is freed (mxj gets notifyDeleted). */
  public void delete() {
    for (Box b : boxes.values()) {
      b.free();
    }
    deleted = true;
    thisDevice.track.devices.remove(thisDevice);
  }

  static Atom[] parseAtoms(String text) {
    List<Atom> out = new ArrayList<>();
    for (String w : text.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.matches("-?\\d+")) {
        out.add(Atom.newAtom(Integer.parseInt(w)));
      } else if (w.matches("-?\\d*\\.\\d*([eE][-+]?\\d+)?") && !w.equals(".") && !w.equals("-.")) {
        out.add(Atom.newAtom(Double.parseDouble(w)));
      } else {
        out.add(Atom.newAtom(w));
      }
    }
    return out.toArray(new Atom[0]);
  }
}
