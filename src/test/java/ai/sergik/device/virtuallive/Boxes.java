package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.cycling74.max.MaxObject;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Max objects the device patcher uses, each as its Cycling '74 reference page describes it (cited
 * beside each). Only what the reference says is modelled; a message an object does not understand is an
 * error line in the Max console, as in Max.
 */
public final class Boxes {
  private Boxes() {}

  /** Creates the object of a box; a class the runner does not know is an error. */
  static Box create(PatchRunner patch, JsonNode b) {
    String id = b.get("id").asText();
    String maxclass = b.path("maxclass").asText();
    String text = b.path("text").asText("");
    String[] words = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
    String name = maxclass.equals("newobj") ? (words.length == 0 ? "" : words[0]) : maxclass;
    String[] args = maxclass.equals("newobj") && words.length > 0
        ? Arrays.copyOfRange(words, 1, words.length)
        : words;
    Box box;
    switch (name) {
      case "midiin":
        box = new MidiIn();
        break;
      case "midiout":
        box = new MidiOut();
        break;
      case "mxj":
        box = new Mxj(args);
        break;
      case "iter":
        box = new Iter();
        break;
      case "gate":
        box = new Gate(args);
        break;
      case "t":
      case "trigger":
        box = new Trigger(args);
        break;
      case "sel":
      case "select":
        box = new Select(args);
        break;
      case "prepend":
        box = new Prepend(args);
        break;
      case "message":
        box = new MessageBox(text);
        break;
      case "comment":
        box = new Comment(text);
        break;
      case "dict":
        box = new Dict(args);
        break;
      case "metro":
        box = new Metro(args);
        break;
      case "when":
        box = new When();
        break;
      case "live.thisdevice":
        box = new LiveThisDevice();
        break;
      case "live.path":
        box = new LivePath(args);
        break;
      case "live.object":
        box = new LiveObject();
        break;
      case "live.observer":
        box = new LiveObserver(args);
        break;
      case "live.text":
        box = new LiveText(b);
        break;
      case "live.button":
        box = new LiveButton(b);
        break;
      case "live.menu":
        box = new LiveMenu(b);
        break;
      case "live.numbox":
      case "live.dial":
        box = new LiveNumber(b);
        break;
      default:
        throw new IllegalStateException(
            "box " + id + " is a " + (name.isEmpty() ? maxclass : name)
                + ", which the patch runner does not model; add it to Boxes from its reference page first");
    }
    box.patch = patch;
    box.id = id;
    box.x = b.at("/patching_rect/0").asDouble();
    box.inlets = box.inlets < 0 ? b.path("numinlets").asInt() : box.inlets;
    box.outlets = box.outlets < 0 ? b.path("numoutlets").asInt() : box.outlets;
    box.created();
    return box;
  }

  /** One object of the patch. */
  public abstract static class Box {
    PatchRunner patch;
    String id;
    double x;
    int inlets = -1;
    int outlets = -1;

    abstract void receive(int inlet, Msg m);

    void created() {}

    void loaded() {}

    void free() {}

    void out(int outlet, Msg m) {
      patch.send(this, outlet, m);
    }

    void doesNotUnderstand(Msg m) {
      patch.post(describe() + ": doesn't understand \"" + m.selector + "\"");
    }

    String describe() {
      return getClass().getSimpleName() + " " + id;
    }
  }

  // ---- MIDI ----

  /** midiin: https://docs.cycling74.com/reference/midiin — outputs each byte of the track's MIDI as an int. */
  static final class MidiIn extends Box {
    void play(int value) {
      out(0, Msg.ofInt(value & 0xff));
    }

    @Override
    void receive(int inlet, Msg m) {}
  }

  /** A MIDI message as it left the device, at scheduler time {@code time} (ms). */
  public static final class MidiEvent {
    public final double time;
    public final int[] bytes;

    MidiEvent(double time, int[] bytes) {
      this.time = time;
      this.bytes = bytes;
    }

    public boolean noteOn() {
      return bytes.length == 3 && (bytes[0] & 0xf0) == 0x90 && bytes[2] > 0;
    }

    public boolean noteOff() {
      return bytes.length == 3
          && ((bytes[0] & 0xf0) == 0x80 || ((bytes[0] & 0xf0) == 0x90 && bytes[2] == 0));
    }

    public int pitch() {
      return bytes[1];
    }

    @Override
    public String toString() {
      return time + " ms " + Arrays.toString(bytes);
    }
  }

  /**
   * midiout: https://docs.cycling74.com/reference/midiout — takes MIDI bytes as ints (a list is sent byte by
   * byte); here the bytes are gathered into messages (status + data bytes, running status) and recorded.
   */
  static final class MidiOut extends Box {
    final List<MidiEvent> events = new ArrayList<>();
    private final List<Integer> pending = new ArrayList<>();
    private int running;

    @Override
    void receive(int inlet, Msg m) {
      if (!m.isNumeric()) {
        doesNotUnderstand(m);
        return;
      }
      for (Atom a : m.args) {
        byte_(a.toInt() & 0xff);
      }
    }

    private void byte_(int b) {
      if (b >= 0x80) {
        pending.clear();
        running = b;
        pending.add(b);
      } else {
        if (pending.isEmpty() && running != 0) {
          pending.add(running);
        }
        pending.add(b);
      }
      int status = pending.isEmpty() ? 0 : pending.get(0);
      int kind = status & 0xf0;
      int needed = kind == 0xc0 || kind == 0xd0 ? 2 : status >= 0xf0 ? 1 : 3;
      if (pending.size() == needed) {
        int[] msg = new int[needed];
        for (int i = 0; i < needed; i++) {
          msg[i] = pending.get(i);
        }
        events.add(new MidiEvent(StandIn.now(), msg));
        pending.clear();
      }
    }
  }

  // ---- Java ----

  /**
   * mxj: https://docs.cycling74.com/max8/refpages/mxj — instantiates the named Java class with the typed-in
   * arguments; messages to an inlet call the class's methods by mxj's rules, and the object's outlet calls go
   * down the patch cords at once. Without Java (or with a class that fails to load) Max cannot create the
   * object: the box stays, says why in the console, and swallows what reaches it.
   */
  static final class Mxj extends Box {
    final String className;
    final String[] typedArgs;
    MaxObject object;

    Mxj(String[] args) {
      this.className = args.length == 0 ? "" : args[0];
      this.typedArgs = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    }

    @Override
    void created() {
      PatchRunner.Options o = patch.options;
      if (o.javaMissing) {
        patch.post("mxj: no Java Virtual Machine found; could not create " + className);
        return;
      }
      String name = o.mxjClassOverride != null ? o.mxjClassOverride : className;
      String[] typed = o.mxjArgs != null ? o.mxjArgs : typedArgs;
      Class<? extends MaxObject> type;
      try {
        type = Class.forName(name).asSubclass(MaxObject.class);
      } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
        patch.post("mxj: could not load class " + name + ": " + e);
        return;
      }
      object = StandIn.create(type, PatchRunner.parseAtoms(String.join(" ", typed)));
      inlets = object.getNumInlets();
      outlets = object.getNumOutlets();
      StandIn.connect(object, (outlet, atoms) -> out(outlet, Msg.ofAtoms(atoms)));
    }

    @Override
    void receive(int inlet, Msg m) {
      if (object == null) {
        return;
      }
      StandIn.send(object, inlet, m.selector, m.args);
    }

    @Override
    void free() {
      if (object != null) {
        StandIn.delete(object);
      }
    }
  }

  // ---- plain Max objects ----

  /** iter: https://docs.cycling74.com/reference/iter — a list goes out one element at a time, in order. */
  static final class Iter extends Box {
    @Override
    void receive(int inlet, Msg m) {
      for (Atom a : m.atoms()) {
        out(0, Msg.ofAtoms(new Atom[] {a}));
      }
    }
  }

  /**
   * gate: https://docs.cycling74.com/reference/gate — {@code gate outlets [initial]}: an int in the left inlet
   * opens that outlet (0 closes all); anything in the right inlet goes out the open outlet.
   */
  static final class Gate extends Box {
    private int open;

    Gate(String[] args) {
      this.open = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    }

    @Override
    void receive(int inlet, Msg m) {
      if (inlet == 0) {
        if (!m.isNumeric()) {
          doesNotUnderstand(m);
          return;
        }
        open = Math.max(0, Math.min(outlets, m.args[0].toInt()));
      } else if (open > 0) {
        out(open - 1, m);
      }
    }
  }

  /**
   * trigger (t): https://docs.cycling74.com/reference/trigger — sends its input out every outlet, right to
   * left, converted by each argument: b bang, i int, f float, l list, s symbol, a anything.
   */
  static final class Trigger extends Box {
    private final String[] kinds;

    Trigger(String[] args) {
      this.kinds = args.length == 0 ? new String[] {"i", "i"} : args;
      this.outlets = kinds.length;
    }

    @Override
    void receive(int inlet, Msg m) {
      for (int i = kinds.length - 1; i >= 0; i--) {
        Atom first = m.atoms().length > 0 ? m.atoms()[0] : Atom.newAtom(0);
        switch (kinds[i]) {
          case "b":
            out(i, Msg.bang());
            break;
          case "i":
            out(i, Msg.ofInt(first.isString() ? 0 : first.toInt()));
            break;
          case "f":
            out(i, Msg.ofFloat(first.isString() ? 0 : first.toDouble()));
            break;
          case "l":
          case "a":
            out(i, m);
            break;
          case "s":
            out(i, Msg.of("symbol", first));
            break;
          default:
            out(i, Msg.ofAtoms(PatchRunner.parseAtoms(kinds[i])));
        }
      }
    }
  }

  /**
   * select (sel): https://docs.cycling74.com/reference/select — input equal to argument n sends a bang out
   * outlet n; anything else goes out the rightmost outlet unchanged. With one argument, the right inlet sets it.
   */
  static final class Select extends Box {
    private final Atom[] match;

    Select(String[] args) {
      this.match = PatchRunner.parseAtoms(String.join(" ", args));
    }

    @Override
    void receive(int inlet, Msg m) {
      if (inlet == 1) {
        match[0] = m.atoms()[0];
        return;
      }
      Atom[] in = m.atoms();
      if (in.length == 1 || m.is("int") || m.is("float")) {
        Atom a = in[0];
        for (int i = 0; i < match.length; i++) {
          boolean same = match[i].isString()
              ? a.isString() && a.getString().equals(match[i].getString())
              : !a.isString() && a.toDouble() == match[i].toDouble();
          if (same) {
            out(i, Msg.bang());
            return;
          }
        }
      }
      out(match.length, m);
    }
  }

  /**
   * prepend: https://docs.cycling74.com/reference/prepend — puts its arguments before the input message
   * ({@code prepend tempo} turns {@code 120.} into {@code tempo 120.}); the right inlet replaces them.
   */
  static final class Prepend extends Box {
    private Atom[] head;

    Prepend(String[] args) {
      this.head = PatchRunner.parseAtoms(String.join(" ", args));
    }

    @Override
    void receive(int inlet, Msg m) {
      if (inlet == 1) {
        head = m.atoms();
        return;
      }
      Atom[] tail = m.is("bang") ? new Atom[] {Atom.newAtom("bang")} : m.atoms();
      Atom[] all = new Atom[head.length + tail.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(tail, 0, all, head.length, tail.length);
      out(0, Msg.ofAtoms(all));
    }
  }

  /**
   * message box: https://docs.cycling74.com/reference/message — a bang sends its contents; a number or list
   * sends them with {@code $1}… replaced by the input's elements; {@code set …} changes the contents without
   * output; commas separate messages sent in turn.
   */
  static final class MessageBox extends Box {
    private String contents;

    MessageBox(String text) {
      this.contents = text;
    }

    @Override
    void receive(int inlet, Msg m) {
      if (inlet == 1 || m.is("set")) {
        contents = Atom.toOneString(m.args);
        return;
      }
      Atom[] in = m.is("bang") ? new Atom[0] : m.isNumeric() ? m.args : m.atoms();
      for (String part : contents.split(",")) {
        String text = part.trim();
        for (int i = 9; i >= 1; i--) {
          if (text.contains("$" + i)) {
            text = text.replace("$" + i, i <= in.length ? in[i - 1].toString() : "0");
          }
        }
        out(0, Msg.ofAtoms(PatchRunner.parseAtoms(text)));
      }
    }
  }

  /** comment: https://docs.cycling74.com/reference/comment — {@code set …} replaces the text shown. */
  static final class Comment extends Box {
    String text;
    boolean fed;
    boolean fedByMxj;
    int fedFromOutlet = -1;

    Comment(String text) {
      this.text = text;
    }

    @Override
    void receive(int inlet, Msg m) {
      if (m.is("set")) {
        text = Atom.toOneString(m.args);
      } else {
        doesNotUnderstand(m);
      }
    }
  }

  /**
   * dict: https://docs.cycling74.com/reference/dict — a named dictionary (a generated unique name without an
   * argument); {@code clear} empties it, {@code parse <json>} fills it, {@code bang} sends
   * {@code dictionary <name>} out the left outlet.
   */
  static final class Dict extends Box {
    private static int unique;
    private String name;

    Dict(String[] args) {
      this.name = args.length > 0 ? args[0] : "u" + (100000 + ++unique);
    }

    @Override
    void receive(int inlet, Msg m) {
      switch (m.selector) {
        case "clear":
          patch.live.dictionaries.put(name, PatchRunner.JSON.createObjectNode());
          break;
        case "parse":
          try {
            patch.live.dictionaries.put(name, PatchRunner.JSON.readTree(Atom.toOneString(m.args)));
          } catch (Exception e) {
            patch.post("dict: parse: not JSON: " + e.getMessage());
          }
          break;
        case "bang":
          out(0, Msg.of("dictionary", Atom.newAtom(name)));
          break;
        default:
          doesNotUnderstand(m);
      }
    }
  }

  /**
   * metro: https://docs.cycling74.com/reference/metro — with a tempo-relative interval ({@code 16n}) and
   * {@code @quantize 16n} its bangs fall on the transport's 16th grid; in Max for Live the transport is Live's,
   * so it runs while Live plays. Only that form is used by the patch, and only that form is modelled.
   */
  static final class Metro extends Box {
    private final Runnable tick = () -> out(0, Msg.bang());
    private boolean active;

    Metro(String[] args) {
      List<String> a = Arrays.asList(args);
      if (a.isEmpty()
          || !a.get(0).equals("16n")
          || !a.contains("@quantize")
          || !a.get(a.indexOf("@quantize") + 1).equals("16n")) {
        throw new IllegalStateException("metro " + String.join(" ", args)
            + ": the runner models only metro 16n @quantize 16n (transport-locked)");
      }
      int i = a.indexOf("@active");
      active = i >= 0 && a.get(i + 1).equals("1");
    }

    @Override
    void loaded() {
      if (active) {
        patch.live.addGridListener(tick);
      }
    }

    @Override
    void receive(int inlet, Msg m) {
      boolean on = m.is("bang") || (m.isNumeric() && m.args[0].toInt() != 0);
      if (on && !active) {
        patch.live.addGridListener(tick);
      } else if (!on && active) {
        patch.live.removeGridListener(tick);
      }
      active = on;
    }

    @Override
    void free() {
      patch.live.removeGridListener(tick);
    }
  }

  /**
   * when: https://docs.cycling74.com/reference/when — any input sends the transport's time: ticks (480 a
   * beat) out the right outlet, then bars beats units out the left.
   */
  static final class When extends Box {
    @Override
    void receive(int inlet, Msg m) {
      double beat = patch.live.beatAt(StandIn.now());
      double ticks = Math.round(beat * 480 * 1000) / 1000.0;
      out(1, Msg.ofFloat(ticks));
      int bars = (int) Math.floor(beat / 4) + 1;
      int beats = (int) Math.floor(beat % 4) + 1;
      int units = (int) Math.round((beat - Math.floor(beat)) * 480);
      out(0, Msg.ofAtoms(new Atom[] {Atom.newAtom(bars), Atom.newAtom(beats), Atom.newAtom(units)
      }));
    }
  }

  // ---- Live API objects ----

  /**
   * live.thisdevice: https://docs.cycling74.com/reference/live.thisdevice — a bang out the left outlet when
   * the device has loaded (after Live gave its parameters back).
   */
  static final class LiveThisDevice extends Box {
    @Override
    void loaded() {
      out(0, Msg.bang());
    }

    @Override
    void receive(int inlet, Msg m) {
      if (m.is("bang")) {
        out(0, Msg.bang());
      } else {
        doesNotUnderstand(m);
      }
    }
  }

  /**
   * live.path: https://docs.cycling74.com/reference/live.path — {@code goto <path>} (or bang, for the
   * argument's path) resolves the path now and sends {@code id n} (id 0 for nothing there) out the middle
   * outlet, then the left. The id stays the object's: when the selection moves, an id taken earlier still
   * names the slot that was highlighted then (the path goes stale until the next goto).
   */
  static final class LivePath extends Box {
    private List<String> path;

    LivePath(String[] args) {
      this.path = Arrays.asList(args);
    }

    @Override
    void receive(int inlet, Msg m) {
      if (m.is("goto")) {
        path = m.words();
      } else if (!m.is("bang") && !m.is("getid")) {
        doesNotUnderstand(m);
        return;
      }
      LomObject o = patch.live.resolve(path, patch.thisDevice);
      Msg id = Msg.of("id", Atom.newAtom(o == null ? 0 : o.id));
      out(1, id);
      out(0, id);
    }
  }

  /**
   * live.object: https://docs.cycling74.com/reference/live.object — the right inlet takes {@code id n}
   * (id 0: everything is ignored); {@code get p} answers {@code p value…}; {@code getpath} answers
   * {@code path live_set tracks t clip_slots s}; {@code set p v} answers nothing;
   * {@code call f args} calls the function and answers {@code f result…} when it returns something. What
   * Live refuses is an error line in the Max console and no answer.
   */
  static final class LiveObject extends Box {
    private int target;

    @Override
    void receive(int inlet, Msg m) {
      if (inlet == 1) {
        if (m.is("id") && m.args.length == 1) {
          target = m.args[0].toInt();
        } else {
          doesNotUnderstand(m);
        }
        return;
      }
      LomObject o = target == 0 ? null : patch.live.byId(target);
      if (o == null) {
        return;
      }
      try {
        switch (m.selector) {
          case "get": {
            String p = m.args[0].toString();
            Atom[] v = o.get(p);
            out(0, Msg.ofAtoms(concat(Atom.newAtom(p), v)));
            break;
          }
          case "set":
            o.set(m.args[0].toString(), Arrays.copyOfRange(m.args, 1, m.args.length));
            break;
          case "call": {
            String f = m.args[0].toString();
            Atom[] r = o.call(f, Arrays.copyOfRange(m.args, 1, m.args.length));
            if (r != null) {
              out(0, Msg.ofAtoms(concat(Atom.newAtom(f), r)));
            }
            break;
          }
          case "getid":
            out(0, Msg.of("id", Atom.newAtom(o.id)));
            break;
          case "getpath":
            out(0, Msg.ofAtoms(concat(Atom.newAtom("path"), PatchRunner.parseAtoms(o.path()))));
            break;
          default:
            doesNotUnderstand(m);
        }
      } catch (LiveError e) {
        patch.live.console.add("live.object: " + e.getMessage());
      }
    }
  }

  /**
   * live.observer: https://docs.cycling74.com/reference/live.observer — observes the property given as
   * argument (or by {@code property p}) of the object whose {@code id n} reaches the right inlet: the current
   * value goes out the left outlet at once, then again on every change Live reports.
   */
  static final class LiveObserver extends Box {
    private String property;
    private LomObject observed;
    private final Consumer<Atom[]> listener = v -> out(0, Msg.ofAtoms(v));

    LiveObserver(String[] args) {
      this.property = args.length > 0 ? args[0] : null;
    }

    @Override
    void receive(int inlet, Msg m) {
      if (inlet == 1 && m.is("id")) {
        stop();
        observed = patch.live.byId(m.args[0].toInt());
        start();
      } else if (inlet == 0 && m.is("property")) {
        stop();
        property = m.args[0].toString();
        start();
      } else if (inlet == 0 && m.is("bang")) {
        if (observed != null && property != null) {
          listener.accept(observed.get(property));
        }
      } else {
        doesNotUnderstand(m);
      }
    }

    private void start() {
      if (observed != null && property != null) {
        observed.observe(property, listener);
        listener.accept(observed.get(property));
      }
    }

    private void stop() {
      if (observed != null) {
        observed.unobserve(listener);
      }
    }

    @Override
    void free() {
      stop();
    }
  }

  // ---- live.* parameters ----

  /**
   * What the {@code live.*} UI objects share as Live parameters: a long name, a value Live stores with the set
   * unless the parameter is hidden ({@code parameter_invisible} 2: "Hidden", neither stored nor automated),
   * and on load the stored value — or the initial value when enabled — sent out as if set by hand.
   * https://docs.cycling74.com/max8/vignettes/live_parameters
   */
  public abstract static class Parameter extends Box {
    final String longName;
    final int type;
    final int visibility;
    final boolean initialEnabled;
    final double initial;
    double value;

    Parameter(JsonNode b) {
      JsonNode v = b.at("/saved_attribute_attributes/valueof");
      this.longName = v.path("parameter_longname").asText(b.path("varname").asText());
      this.type = v.path("parameter_type").asInt(0);
      this.visibility = v.path("parameter_invisible").asInt(0);
      this.initialEnabled = v.path("parameter_initial_enable").asInt(0) == 1;
      this.initial = v.path("parameter_initial").path(0).asDouble(0);
      this.value = initial;
    }

    boolean stored() {
      return visibility != 2;
    }

    void restore(Map<String, Double> saved) {
      if (stored() && saved.containsKey(longName)) {
        value = saved.get(longName);
        output();
      } else if (initialEnabled) {
        value = initial;
        output();
      }
    }

    public double value() {
      return value;
    }

    void output() {
      out(0, type == 0 ? Msg.ofFloat(value) : Msg.ofInt((int) Math.round(value)));
    }

    /** The producer clicks it. */
    void click() {
      throw new UnsupportedOperationException(longName + " is not a button");
    }

    /** The producer sets it to {@code v}. */
    void user(double v) {
      value = v;
      output();
    }

    @Override
    void receive(int inlet, Msg m) {
      if (m.is("set") && m.args.length == 1) {
        value = m.args[0].toDouble();
      } else if (m.isNumeric()) {
        user(m.args[0].toDouble());
      } else if (m.is("bang")) {
        output();
      } else {
        doesNotUnderstand(m);
      }
    }
  }

  /**
   * live.text: https://docs.cycling74.com/max5/refpages/m4l-ref/live.text.html — "(mouse) In button mode, a
   * mouse click … sending the text out the second outlet and a bang message out the left outlet. In toggle
   * mode, a mouse click behaves the same as a live.toggle" (1 or 0 out the left outlet).
   */
  static final class LiveText extends Parameter {
    final int mode;
    final String text;

    LiveText(JsonNode b) {
      super(b);
      this.mode = b.path("mode").asInt(1);
      this.text = b.path("text").asText("");
    }

    @Override
    void click() {
      if (mode == 0) {
        out(1, Msg.of("symbol", Atom.newAtom(text)));
        out(0, Msg.bang());
      } else {
        value = value == 0 ? 1 : 0;
        output();
      }
    }

    @Override
    void output() {
      out(0, Msg.ofInt((int) value));
    }
  }

  /** live.button: https://docs.cycling74.com/reference/live.button — a click sends a bang. */
  static final class LiveButton extends Parameter {
    LiveButton(JsonNode b) {
      super(b);
    }

    @Override
    void click() {
      out(0, Msg.bang());
    }
  }

  /**
   * live.menu: https://docs.cycling74.com/reference/live.menu — choosing an item sends its index out the
   * left outlet (the item's text out the middle one).
   */
  public static final class LiveMenu extends Parameter {
    final List<String> items = new ArrayList<>();

    LiveMenu(JsonNode b) {
      super(b);
      b.at("/saved_attribute_attributes/valueof/parameter_enum")
          .forEach(n -> items.add(n.asText()));
    }

    void choose(String item) {
      int i = items.indexOf(item);
      if (i < 0) {
        throw new IllegalArgumentException(longName + " has no item " + item + "; it has " + items);
      }
      value = i;
      output();
    }

    @Override
    void output() {
      out(1, Msg.of("symbol", Atom.newAtom(items.get((int) value))));
      out(0, Msg.ofInt((int) value));
    }
  }

  /**
   * live.numbox: https://docs.cycling74.com/reference/live.numbox and live.dial:
   * https://docs.cycling74.com/reference/live.dial — the value goes out the left outlet (an int for an int
   * parameter, a float otherwise); {@code set v} changes it without output.
   */
  static final class LiveNumber extends Parameter {
    LiveNumber(JsonNode b) {
      super(b);
    }
  }

  private static Atom[] concat(Atom first, Atom[] rest) {
    Atom[] all = new Atom[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
