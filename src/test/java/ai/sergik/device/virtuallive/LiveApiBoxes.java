package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The Live API objects of the device patcher, driving the virtual Live as Max drives Live. */
final class LiveApiBoxes {
  private LiveApiBoxes() {}

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

  private static Atom[] concat(Atom first, Atom[] rest) {
    Atom[] all = new Atom[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
