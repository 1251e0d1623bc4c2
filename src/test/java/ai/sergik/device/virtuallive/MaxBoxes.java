package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.cycling74.max.MaxObject;
import com.cycling74.max.StandIn;
import java.util.Arrays;
import java.util.List;

/**
 * The plain Max objects of the device patcher, and mxj, each as its Cycling '74 reference page describes it
 * (cited beside each).
 */
final class MaxBoxes {
  private MaxBoxes() {}

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
}
