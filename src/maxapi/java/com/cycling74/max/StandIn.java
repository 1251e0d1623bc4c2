package com.cycling74.max;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The test driver of the Max API stand-in; it exists only here, never in Cycling '74's max.jar, so device
 * code must not call it. It plays the part of mxj and Max for tests:
 *
 * <ul>
 *   <li>{@link #create} instantiates an mxj class the way mxj does (typed-in arguments as {@code Atom[]});
 *   <li>{@link #send} dispatches a message by mxj's rules (bang/int/float/list, attributes, public void
 *       methods with primitive/String or array parameters, else {@code anything}) and records any exception
 *       that would have escaped into Max ({@link #escaped()});
 *   <li>{@link #outlets} returns what an object sent, {@link #console()} what was posted;
 *   <li>{@link #advance} moves a virtual scheduler clock and fires due {@link MaxClock}s in time order.
 * </ul>
 */
public final class StandIn {
  private StandIn() {}

  /** Console severity. */
  public enum Level {
    POST,
    ERROR
  }

  /** One line of the Max console. */
  public static final class Line {
    public final Level level;
    public final String text;

    Line(Level level, String text) {
      this.level = level;
      this.text = text;
    }

    @Override
    public String toString() {
      return level + ": " + text;
    }
  }

  /** One outlet call: the outlet index, the atoms (a message's selector first) and the sending thread. */
  public static final class OutletCall {
    public final int outlet;
    private final Atom[] atoms;
    public final String thread;
    /** Scheduler time (ms) when the call was made. */
    public final double time;

    OutletCall(int outlet, Atom[] atoms, String thread, double time) {
      this.outlet = outlet;
      this.atoms = atoms;
      this.thread = thread;
      this.time = time;
    }

    public Atom[] atoms() {
      return atoms.clone();
    }

    /** The call as Max text, e.g. {@code call add_new_notes dictionary sergik-notes}. */
    public String text() {
      return Atom.toOneString(atoms);
    }

    @Override
    public String toString() {
      return outlet + ": " + text();
    }
  }

  /** Receives what an object sends, as the patch cords from its outlets would (see {@link #connect}). */
  public interface OutletSink {
    void outlet(int outlet, Atom[] atoms);
  }

  static final class Recorder {
    private final List<OutletCall> calls = new ArrayList<OutletCall>();
    private volatile OutletSink sink;

    void record(int outlet, Atom[] atoms) {
      synchronized (this) {
        calls.add(new OutletCall(outlet, atoms, Thread.currentThread().getName(), now()));
      }
      OutletSink s = sink;
      if (s != null) {
        s.outlet(outlet, atoms.clone());
      }
    }

    synchronized List<OutletCall> snapshot() {
      return new ArrayList<OutletCall>(calls);
    }

    synchronized void clear() {
      calls.clear();
    }
  }

  private static final class Pending {
    final MaxClock clock;
    final double time;
    final long order;

    Pending(MaxClock clock, double time, long order) {
      this.clock = clock;
      this.time = time;
      this.order = order;
    }
  }

  private static final Object LOCK = new Object();
  private static final List<Line> CONSOLE = new ArrayList<Line>();
  private static final List<Throwable> ESCAPED = new ArrayList<Throwable>();
  private static final List<Pending> PENDING = new ArrayList<Pending>();
  private static double now;
  private static long order;
  private static volatile Thread mainThread;

  // ---- objects ----

  /** Creates an mxj object as mxj does for {@code mxj ClassName args…}; the calling thread becomes Max's main thread. */
  public static <T extends MaxObject> T create(Class<T> type, Atom... args) {
    mainThread = Thread.currentThread();
    try {
      if (args.length > 0 || !hasNoArgConstructor(type)) {
        Constructor<T> c = type.getDeclaredConstructor(Atom[].class);
        c.setAccessible(true);
        return c.newInstance((Object) args);
      }
      Constructor<T> c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (InvocationTargetException e) {
      throw new MaxRuntimeException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MaxRuntimeException(e);
    }
  }

  private static boolean hasNoArgConstructor(Class<?> type) {
    try {
      type.getDeclaredConstructor();
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Deletes the box: Max calls {@code notifyDeleted}. */
  public static void delete(MaxObject o) {
    guarded(o, new Executable() {
      @Override
      public void execute() {
        o.notifyDeleted();
      }
    });
  }

  /** Sends {@code message args…} to inlet 0. */
  public static void send(MaxObject o, String message, Atom... args) {
    send(o, 0, message, args);
  }

  /** Sends {@code message args…} to the given inlet, dispatched by mxj's rules. */
  public static void send(
      final MaxObject o, final int inlet, final String message, final Atom... args) {
    o.currentInlet = inlet;
    guarded(o, new Executable() {
      @Override
      public void execute() {
        dispatch(o, message, args);
      }
    });
  }

  /** Sends a list (e.g. three MIDI bytes or {@code pitch velocity}) to the given inlet. */
  public static void sendList(MaxObject o, int inlet, Atom... args) {
    send(o, inlet, "list", args);
  }

  /** Sends an int to the given inlet. */
  public static void sendInt(MaxObject o, int inlet, int value) {
    send(o, inlet, "int", Atom.newAtom(value));
  }

  public static String[] inletAssist(MaxObject o) {
    return o.inletAssist();
  }

  public static String[] outletAssist(MaxObject o) {
    return o.outletAssist();
  }

  public static List<String> attributes(MaxObject o) {
    return new ArrayList<String>(o.attributes.keySet());
  }

  private static void guarded(MaxObject o, Executable e) {
    try {
      e.execute();
    } catch (Throwable t) {
      Throwable cause = t instanceof MaxRuntimeException && t.getCause() != null ? t.getCause() : t;
      synchronized (LOCK) {
        ESCAPED.add(cause);
      }
      console(
          Level.ERROR,
          "java exception escaped from " + (o == null ? "a clock" : o.getClass().getName()) + ": "
              + cause);
    }
  }

  private static void dispatch(MaxObject o, String message, Atom[] args) {
    if (message.equals("bang") && args.length == 0) {
      o.bang();
      return;
    }
    if (message.equals("int") && args.length == 1) {
      o.inlet(args[0].toInt());
      return;
    }
    if (message.equals("float") && args.length == 1) {
      o.inlet(args[0].toFloat());
      return;
    }
    if (message.equals("list")) {
      o.list(args);
      return;
    }
    if (message.equals("loadbang")) {
      o.loadbang();
      return;
    }
    if (message.equals("get") && args.length == 1 && o.attributes.containsKey(args[0].toString())) {
      Atom[] value = getAttribute(o, args[0].toString());
      if (o.getInfoIdx() >= 0) {
        o.outlet(o.getInfoIdx(), args[0].toString(), value);
      }
      return;
    }
    if (o.attributes.containsKey(message)) {
      setAttribute(o, message, args);
      return;
    }
    Method m = findMethod(o.getClass(), message, args);
    if (m == null) {
      o.anything(message, args);
      return;
    }
    invoke(o, m, convert(m.getParameterTypes(), args));
  }

  private static final java.util.concurrent.ConcurrentHashMap<Class<?>, Method[]> METHODS =
      new java.util.concurrent.ConcurrentHashMap<Class<?>, Method[]>();

  private static Method findMethod(Class<?> type, String name, Atom[] args) {
    Method[] methods = METHODS.get(type);
    if (methods == null) {
      methods = type.getMethods();
      METHODS.put(type, methods);
    }
    for (Method m : methods) {
      if (!m.getName().equals(name)
          || Modifier.isStatic(m.getModifiers())
          || m.getReturnType() != void.class
          || m.getDeclaringClass() == MaxObject.class
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Class<?>[] p = m.getParameterTypes();
      if (p.length == 1 && p[0].isArray()) {
        return m;
      }
      if (p.length == args.length && allSimple(p)) {
        return m;
      }
    }
    return null;
  }

  private static boolean allSimple(Class<?>[] types) {
    for (Class<?> t : types) {
      if (!t.isPrimitive() && t != String.class) {
        return false;
      }
    }
    return true;
  }

  private static Object[] convert(Class<?>[] types, Atom[] args) {
    if (types.length == 1 && types[0].isArray()) {
      Class<?> c = types[0].getComponentType();
      if (c == Atom.class) return new Object[] {args.clone()};
      if (c == int.class) return new Object[] {Atom.toInt(args)};
      if (c == float.class) return new Object[] {Atom.toFloat(args)};
      if (c == double.class) return new Object[] {Atom.toDouble(args)};
      return new Object[] {Atom.toString(args)};
    }
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      values[i] = convert(types[i], args[i]);
    }
    return values;
  }

  private static Object convert(Class<?> t, Atom a) {
    if (t == int.class) return a.toInt();
    if (t == long.class) return a.toLong();
    if (t == float.class) return a.toFloat();
    if (t == double.class) return a.toDouble();
    if (t == boolean.class) return a.toBoolean();
    if (t == short.class) return a.toShort();
    if (t == byte.class) return a.toByte();
    if (t == char.class) return a.toChar();
    return a.toString();
  }

  private static void invoke(Object target, Method m, Object[] args) {
    try {
      m.setAccessible(true);
      m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new MaxRuntimeException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new MaxRuntimeException(e);
    }
  }

  private static void setAttribute(MaxObject o, String name, Atom[] args) {
    String setter = o.attributes.get(name)[1];
    if ("".equals(setter)) {
      MaxObject.error(name + " is read-only");
      return;
    }
    try {
      if (setter != null) {
        Method m = findDeclared(o.getClass(), setter);
        invoke(o, m, convert(m.getParameterTypes(), args));
        return;
      }
      Field f = findField(o.getClass(), name);
      f.setAccessible(true);
      if (f.getType().isArray()) {
        f.set(o, convert(new Class<?>[] {f.getType()}, args)[0]);
      } else if (args.length > 0) {
        f.set(o, convert(f.getType(), args[0]));
      }
    } catch (ReflectiveOperationException e) {
      throw new MaxRuntimeException(e);
    }
  }

  /** Reads an attribute as mxj's {@code get} does. */
  public static Atom[] getAttribute(MaxObject o, String name) {
    String getter = o.attributes.get(name)[0];
    try {
      Object value;
      if (getter != null) {
        Method m = findDeclared(o.getClass(), getter);
        m.setAccessible(true);
        value = m.invoke(o);
      } else {
        Field f = findField(o.getClass(), name);
        f.setAccessible(true);
        value = f.get(o);
      }
      if (value instanceof Atom[]) return ((Atom[]) value).clone();
      if (value instanceof Integer) return new Atom[] {Atom.newAtom((Integer) value)};
      if (value instanceof Float) return new Atom[] {Atom.newAtom((Float) value)};
      if (value instanceof Double) return new Atom[] {Atom.newAtom((Double) value)};
      if (value instanceof Boolean) return new Atom[] {Atom.newAtom((Boolean) value)};
      return new Atom[] {Atom.newAtom(String.valueOf(value))};
    } catch (InvocationTargetException e) {
      throw new MaxRuntimeException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MaxRuntimeException(e);
    }
  }

  private static Method findDeclared(Class<?> type, String name) throws NoSuchMethodException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name)) {
          return m;
        }
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }

  private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException ignored) {
        // keep looking in the superclass
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }

  // ---- what objects sent ----

  public static List<OutletCall> outlets(MaxObject o) {
    return o.recorder.snapshot();
  }

  public static void clearOutlets(MaxObject o) {
    o.recorder.clear();
  }

  /**
   * Routes what {@code o} sends to {@code sink} synchronously, inside the outlet call, as Max does for
   * patch cords (depth first); outlet calls are still recorded.
   */
  public static void connect(MaxObject o, OutletSink sink) {
    o.recorder.sink = sink;
  }

  // ---- Max's main thread ----

  private static volatile boolean queueDeferred;
  private static final java.util.concurrent.LinkedBlockingQueue<Executable> DEFERRED =
      new java.util.concurrent.LinkedBlockingQueue<Executable>();

  /**
   * With {@code true}, {@code MaxSystem.defer*} called off Max's main thread queue the work for
   * {@link #runDeferred} (as Max queues it for its main thread) instead of running it inline.
   */
  public static void queueDeferred(boolean on) {
    queueDeferred = on;
    DEFERRED.clear();
  }

  static boolean deferInline(Executable e) {
    if (!queueDeferred || isMainThread()) {
      return true;
    }
    DEFERRED.add(e);
    return false;
  }

  /** Wakes {@link #runDeferred} to look at its condition again (call it when something it waits for happened). */
  public static void wake() {
    DEFERRED.add(new Executable() {
      @Override
      public void execute() {}
    });
  }

  /**
   * Runs deferred work on the calling thread (Max's main thread) until {@code done} is true, waiting for
   * work to arrive; returns false when {@code timeoutMs} passed first.
   */
  public static boolean runDeferred(java.util.function.BooleanSupplier done, long timeoutMs) {
    long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
    while (!done.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      Executable e;
      try {
        e = DEFERRED.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
      if (e != null) {
        guarded(null, e);
      }
    }
    return true;
  }

  static void console(Level level, String text) {
    synchronized (LOCK) {
      CONSOLE.add(new Line(level, text));
    }
  }

  public static List<Line> console() {
    synchronized (LOCK) {
      return new ArrayList<Line>(CONSOLE);
    }
  }

  /** The error lines of the console, text only. */
  public static List<String> errors() {
    List<String> out = new ArrayList<String>();
    for (Line l : console()) {
      if (l.level == Level.ERROR) out.add(l.text);
    }
    return out;
  }

  /** Exceptions that would have reached Max from a message or notifyDeleted. */
  public static List<Throwable> escaped() {
    synchronized (LOCK) {
      return Collections.unmodifiableList(new ArrayList<Throwable>(ESCAPED));
    }
  }

  /** Clears console, escaped exceptions, pending clocks and deferred work, runs deferred work inline again, and sets scheduler time to 0. */
  public static void reset() {
    synchronized (LOCK) {
      CONSOLE.clear();
      ESCAPED.clear();
      PENDING.clear();
      now = 0;
    }
    queueDeferred(false);
  }

  static boolean isMainThread() {
    Thread main = mainThread;
    return main == null || main == Thread.currentThread();
  }

  // ---- the virtual scheduler ----

  public static double now() {
    synchronized (LOCK) {
      return now;
    }
  }

  public static int pendingClocks() {
    synchronized (LOCK) {
      return PENDING.size();
    }
  }

  static void schedule(MaxClock clock, double ms) {
    synchronized (LOCK) {
      unscheduleLocked(clock);
      PENDING.add(new Pending(clock, now + Math.max(0, ms), order++));
    }
  }

  static void unschedule(MaxClock clock) {
    synchronized (LOCK) {
      unscheduleLocked(clock);
    }
  }

  private static void unscheduleLocked(MaxClock clock) {
    for (int i = PENDING.size() - 1; i >= 0; i--) {
      if (PENDING.get(i).clock == clock) PENDING.remove(i);
    }
  }

  /** Advances scheduler time by {@code ms}, firing every clock that falls due, in time order, at its time. */
  public static void advance(double ms) {
    double target;
    synchronized (LOCK) {
      target = now + ms;
    }
    advanceTo(target);
  }

  /** Advances scheduler time to {@code time} (ms), firing due clocks in order. */
  public static void advanceTo(double time) {
    while (true) {
      Pending next = null;
      synchronized (LOCK) {
        for (Pending p : PENDING) {
          if (p.time <= time
              && (next == null
                  || p.time < next.time
                  || (p.time == next.time && p.order < next.order))) {
            next = p;
          }
        }
        if (next == null) {
          now = Math.max(now, time);
          return;
        }
        PENDING.remove(next);
        now = next.time;
      }
      final MaxClock clock = next.clock;
      guarded(null, new Executable() {
        @Override
        public void execute() {
          clock.tick();
        }
      });
    }
  }
}
