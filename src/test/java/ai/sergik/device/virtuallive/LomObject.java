package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One object of the Live Object Model: an id, and the properties, children, list children and functions its
 * type declares in its constructor. Anything not declared is refused as Live refuses it, with the type's name.
 */
public abstract class LomObject {
  final VirtualLive live;
  final int id;
  final String type;
  private final Map<String, Supplier<Atom[]>> properties = new HashMap<>();
  private final Map<String, Consumer<Atom[]>> setters = new HashMap<>();
  private final Map<String, Function<Atom[], Atom[]>> functions = new HashMap<>();
  private final Map<String, Supplier<? extends LomObject>> children = new HashMap<>();
  private final Map<String, Supplier<? extends List<? extends LomObject>>> lists = new HashMap<>();
  private final Map<String, List<Consumer<Atom[]>>> observers = new HashMap<>();

  LomObject(VirtualLive live, String type) {
    this.live = live;
    this.type = type;
    this.id = live.register(this);
  }

  public int id() {
    return id;
  }

  /** A property's value, or a child's {@code id n}, or a list child's {@code id a id b …}. */
  final Atom[] get(String property) {
    Supplier<Atom[]> value = properties.get(property);
    if (value == null) {
      throw new LiveError(type + " has no property " + property);
    }
    return value.get();
  }

  final void set(String property, Atom[] value) {
    Consumer<Atom[]> setter = setters.get(property);
    if (setter == null) {
      throw new LiveError("property " + property + " of " + type + " cannot be set");
    }
    setter.accept(value);
  }

  /** A function's result, null for none. */
  final Atom[] call(String function, Atom[] args) {
    Function<Atom[], Atom[]> f = functions.get(function);
    if (f == null) {
      throw new LiveError(type + " has no function " + function);
    }
    return f.apply(args);
  }

  /** The canonical path of the object ({@code getpath}). */
  String path() {
    throw new LiveError(type + " has no canonical path here");
  }

  /** The object a child name leads to (null if none), for paths. */
  final LomObject child(String name) {
    Supplier<? extends LomObject> child = children.get(name);
    return child == null ? null : child.get();
  }

  /** The object at index {@code i} of a list child (null if none), for paths. */
  final LomObject child(String name, int i) {
    Supplier<? extends List<? extends LomObject>> list = lists.get(name);
    if (list == null) {
      return null;
    }
    List<? extends LomObject> items = list.get();
    return i >= 0 && i < items.size() ? items.get(i) : null;
  }

  void observe(String property, Consumer<Atom[]> listener) {
    get(property);
    observers.computeIfAbsent(property, k -> new ArrayList<>()).add(listener);
  }

  void unobserve(Consumer<Atom[]> listener) {
    observers.values().forEach(l -> l.remove(listener));
  }

  /** Tells the observers of {@code property}, late by the report latency. */
  void changed(String property) {
    List<Consumer<Atom[]>> list = observers.get(property);
    if (list == null || list.isEmpty()) {
      return;
    }
    final Atom[] value = get(property);
    for (Consumer<Atom[]> l : new ArrayList<>(list)) {
      live.report(() -> l.accept(value));
    }
  }

  // ---- what a type declares ----

  final void property(String name, Supplier<Atom[]> value) {
    properties.put(name, value);
  }

  final void property(String name, Supplier<Atom[]> value, Consumer<Atom[]> setter) {
    properties.put(name, value);
    setters.put(name, setter);
  }

  /** A child object: its property answers {@code id n} ({@code id 0} for none) and paths lead through it. */
  final void child(String name, Supplier<? extends LomObject> child) {
    children.put(name, child);
    properties.put(name, () -> idOf(child.get()));
  }

  /** A list child: its property answers {@code id a id b …} and paths lead through {@code name i}. */
  final void list(String name, Supplier<? extends List<? extends LomObject>> items) {
    lists.put(name, items);
    properties.put(name, () -> idsOf(items.get()));
  }

  final void function(String name, Function<Atom[], Atom[]> f) {
    functions.put(name, f);
  }

  /** A function that answers nothing. */
  final void action(String name, Runnable r) {
    functions.put(name, args -> {
      r.run();
      return null;
    });
  }

  // ---- values as the Live API passes them ----

  static Atom[] atoms(Object... values) {
    Atom[] a = new Atom[values.length];
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Integer) {
        a[i] = Atom.newAtom((Integer) v);
      } else if (v instanceof Boolean) {
        a[i] = Atom.newAtom(((Boolean) v) ? 1 : 0);
      } else if (v instanceof Number) {
        a[i] = Atom.newAtom(((Number) v).doubleValue());
      } else {
        a[i] = Atom.newAtom(String.valueOf(v));
      }
    }
    return a;
  }

  static Atom[] idOf(LomObject o) {
    return atoms("id", o == null ? 0 : o.id);
  }

  static Atom[] idsOf(List<? extends LomObject> list) {
    List<Object> out = new ArrayList<>();
    for (LomObject o : list) {
      out.add("id");
      out.add(o.id);
    }
    return atoms(out.toArray());
  }

  /** A toggle's value as Live takes it: anything but 0 is on. */
  static boolean on(Atom[] value) {
    return value[0].toInt() != 0;
  }
}
