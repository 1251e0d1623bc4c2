package ai.sergik.device;

import com.cycling74.max.Atom;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The device's one conversation with Live. Every piece of work with the Live Object Model (a write, a clip
 * read, a control from the sidecar) is a {@link Job}; jobs run one after another, and inside a job each step
 * that needs Live's answer waits for it before the next is sent, so two jobs never steer the patcher's one
 * {@code live.path} / {@code live.object} pair at the same time.
 *
 * <p>The boxes: {@link DevicePorts#OUT_PATH} → {@code live.path}, whose {@code id} goes to the
 * {@code live.object}'s right inlet and back to the device as {@code target id N}; {@link DevicePorts#OUT_LIVE}
 * → {@code live.object}, whose answers come back as {@code answer <property|function> value…};
 * {@link DevicePorts#OUT_DICT} → a {@code dict} whose {@code dictionary <name>} goes through
 * {@code prepend call add_new_notes} into the {@code live.object}.
 *
 * <p>Answers may come at once (Max's main thread, inside the send) or later (the Live API defers calls made
 * elsewhere); a step Live does not answer within {@link #TIMEOUT_MS} fails its job with a reason naming the
 * step and the path. What Live refuses it prints in the Max console and does not answer, so the timeout is
 * also how a refusal shows.
 */
final class LiveCalls {
  /** How long Live may take to answer one step. */
  static final double TIMEOUT_MS = 2000;

  /** Jobs that may wait behind the running one; more are refused at once rather than piling up. */
  static final int MAX_WAITING = 32;

  /** A step's answer: the id of a goto, the value of a get, the result of a call. */
  interface Answer {
    void take(Atom[] value);
  }

  /**
   * One piece of work with Live. {@link #start()} sends its first step; each answer's handler sends the next;
   * the job ends with {@link #done()} or {@link #fail(String)}. An exception thrown by a step fails the job
   * with its message.
   */
  abstract static class Job {
    private LiveCalls live;
    private boolean undoOpen;

    /** Sends the first step. */
    abstract void start();

    /** The job could not finish; {@code reason} names what and where. Not called when the device goes away. */
    abstract void failed(String reason);

    /** The live.path goes to {@code path}; {@code then} gets the object's id (0: nothing there). */
    final void goTo(String path, IdAnswer then) {
      live.await(
          "id",
          "finding " + path,
          value -> then.take(value.length > 0 && !value[0].isString() ? value[0].toInt() : 0));
      jump(path);
    }

    /** The live.path goes to {@code path} without waiting for the id (for a last message such as end_undo_step). */
    final void jump(String path) {
      live.path = path;
      live.out.message(DevicePorts.OUT_PATH, "goto", (Object[]) path.split(" "));
    }

    /** {@code get property} of the object the live.path points at. */
    final void get(String property, Answer then) {
      live.await(property, "get " + property + " of " + live.path, then);
      live.out.message(DevicePorts.OUT_LIVE, "get", property);
    }

    /** {@code getpath}: the canonical path of the object, as words ({@code live_set tracks 1 clip_slots 2}). */
    final void getPath(Answer then) {
      live.await("path", "asking where " + live.path + " is", then);
      live.out.message(DevicePorts.OUT_LIVE, "getpath");
    }

    /** {@code call function args…} that answers with a result. */
    final void call(String function, Answer then, Object... args) {
      live.await(function, "call " + function + " on " + live.path, then);
      live.out.message(DevicePorts.OUT_LIVE, "call", prepend(function, args));
    }

    /** {@code call add_new_notes dictionary <name>} with {@code {"notes":[…]}}; Live answers with the note ids. */
    final void addNotes(String notesJson, Answer then) {
      live.await("add_new_notes", "call add_new_notes on " + live.path, then);
      live.out.message(DevicePorts.OUT_DICT, "clear");
      live.out.message(DevicePorts.OUT_DICT, "parse", notesJson);
      live.out.message(DevicePorts.OUT_DICT, "bang");
    }

    /** {@code set property values…}: Live answers nothing. */
    final void set(String property, Object... values) {
      live.out.message(DevicePorts.OUT_LIVE, "set", prepend(property, values));
    }

    /** {@code call function args…} whose result (if any) nobody waits for. */
    final void send(String function, Object... args) {
      live.out.message(DevicePorts.OUT_LIVE, "call", prepend(function, args));
    }

    /**
     * Opens one undo step for what the job changes next ({@code live_set call begin_undo_step}); the live.path
     * must point at {@code live_set}. It is closed when the job ends, done or failed.
     */
    final void beginUndo() {
      send("begin_undo_step");
      undoOpen = true;
    }

    private void endUndo() {
      if (undoOpen) {
        undoOpen = false;
        jump("live_set");
        send("end_undo_step");
      }
    }

    /** The path the live.path points at now, for messages. */
    final String path() {
      return live.path;
    }

    final void done() {
      live.finish(this, null);
    }

    final void fail(String reason) {
      live.finish(this, reason);
    }

    private static Object[] prepend(String first, Object[] rest) {
      Object[] all = new Object[rest.length + 1];
      all[0] = first;
      System.arraycopy(rest, 0, all, 1, rest.length);
      return all;
    }
  }

  /** A goto's answer: the object's id, 0 for nothing there. */
  interface IdAnswer {
    void take(int id);
  }

  private final Outlets out;
  private final Clock timeout;
  private final ArrayDeque<Job> waiting = new ArrayDeque<Job>();
  private Job current;
  /** What the running step waits for: "id" for a goto, else the property or function name of the answer. */
  private String awaiting;

  private Answer then;
  private String doing = "";
  private String path = "";
  private boolean starting;
  private boolean released;

  LiveCalls(Outlets out, Clock.Factory clocks) {
    this.out = out;
    this.timeout = clocks.create(() -> {
      if (current != null) {
        finish(current, "Live did not answer in time (" + doing + ")");
      }
    });
  }

  /** Queues a job; it starts when the jobs before it are over (perhaps before this returns). */
  void submit(Job job) {
    if (released) {
      return;
    }
    if (waiting.size() >= MAX_WAITING) {
      job.failed("Live is busy: " + waiting.size() + " requests are already waiting");
      return;
    }
    job.live = this;
    waiting.add(job);
    next();
  }

  boolean busy() {
    return current != null || !waiting.isEmpty();
  }

  /** {@code id N} from the live.path. */
  void target(Atom[] args) {
    if (args.length != 2 || !"id".equals(args[0].toString()) || args[1].isString()) {
      throw new IllegalArgumentException(
          "target needs id N from live.path, got " + Args.describe(args));
    }
    deliver("id", new Atom[] {args[1]});
  }

  /** A live.object answer: {@code property value…} for get, {@code function result…} for call, {@code path …}. */
  void answer(Atom[] args) {
    if (args.length == 0) {
      return;
    }
    deliver(args[0].toString(), Arrays.copyOfRange(args, 1, args.length));
  }

  /** The device is going away: nothing more is sent, a running job ends quietly. */
  void release() {
    released = true;
    waiting.clear();
    current = null;
    awaiting = null;
    timeout.release();
  }

  private void await(String what, String description, Answer handler) {
    awaiting = what;
    then = handler;
    doing = description;
    timeout.delay(TIMEOUT_MS);
  }

  private void deliver(String what, Atom[] value) {
    if (awaiting == null || !awaiting.equals(what) || current == null) {
      return;
    }
    Job job = current;
    Answer handler = then;
    awaiting = null;
    then = null;
    timeout.unset();
    try {
      handler.take(value);
    } catch (RuntimeException e) {
      if (current == job) {
        finish(job, e.getMessage() == null ? e.toString() : e.getMessage());
      }
    }
  }

  private void finish(Job job, String reason) {
    if (job != current) {
      return;
    }
    timeout.unset();
    awaiting = null;
    then = null;
    if (!released) {
      job.endUndo();
    }
    current = null;
    if (reason != null && !released) {
      job.failed(reason);
    }
    next();
  }

  private void next() {
    if (starting || released) {
      return;
    }
    starting = true;
    try {
      while (current == null && !waiting.isEmpty() && !released) {
        Job job = waiting.poll();
        current = job;
        try {
          job.start();
        } catch (RuntimeException e) {
          finish(job, e.getMessage() == null ? e.toString() : e.getMessage());
        }
      }
    } finally {
      starting = false;
    }
  }
}
