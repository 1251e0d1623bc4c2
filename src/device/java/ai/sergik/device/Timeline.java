package ai.sergik.device;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Runs tasks at absolute scheduler times on one {@link Clock}, in time order; tasks due at the same time run
 * in the order they were added. Used on Max's scheduler thread only (not thread-safe).
 */
final class Timeline {
  /** A task due at scheduler time {@code at}; {@code order} keeps tasks due together in the order they came. */
  private static final class Entry {
    final double at;
    final long order;
    final Runnable task;

    Entry(double at, long order, Runnable task) {
      this.at = at;
      this.order = order;
      this.task = task;
    }
  }

  private final PriorityQueue<Entry> queue = new PriorityQueue<Entry>(
      Comparator.<Entry>comparingDouble(e -> e.at).thenComparingLong(e -> e.order));
  private final Clock clock;
  private long order;

  Timeline(Clock.Factory clocks) {
    this.clock = clocks.create(this::fire);
  }

  double now() {
    return clock.now();
  }

  /** Runs {@code task} at scheduler time {@code atMs} (at once if that has passed). */
  void at(double atMs, Runnable task) {
    queue.add(new Entry(atMs, order++, task));
    if (atMs <= clock.now() && queue.peek().at <= clock.now()) {
      fire();
    } else {
      arm();
    }
  }

  /** Runs every pending task now, in order (used when humanizing is switched off). */
  void flush() {
    clock.unset();
    Entry e;
    while ((e = queue.poll()) != null) {
      e.task.run();
    }
  }

  void clear() {
    clock.unset();
    queue.clear();
  }

  int pending() {
    return queue.size();
  }

  void release() {
    queue.clear();
    clock.release();
  }

  private void fire() {
    double now = clock.now();
    Entry e;
    while ((e = queue.peek()) != null && e.at <= now) {
      queue.poll();
      e.task.run();
    }
    arm();
  }

  private void arm() {
    Entry head = queue.peek();
    if (head == null) {
      clock.unset();
    } else {
      clock.delay(Math.max(0, head.at - clock.now()));
    }
  }
}
