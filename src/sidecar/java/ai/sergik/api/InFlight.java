package ai.sergik.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The requests being answered, and whether new ones are still taken: a stop refuses new requests and waits for
 * the count to reach zero, signalled by the last one (never polled), so draining reads no clock of its own. Counting
 * takes no lock; only the last request of a drain does, to wake the stop.
 */
final class InFlight {
  private final AtomicInteger count = new AtomicInteger();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition none = lock.newCondition();
  private volatile boolean draining;

  void begin() {
    count.incrementAndGet();
  }

  void end() {
    if (count.decrementAndGet() == 0 && draining) {
      lock.lock();
      try {
        none.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  int count() {
    return count.get();
  }

  /** New requests are answered 503 from now on. */
  void stopTaking() {
    draining = true;
  }

  boolean draining() {
    return draining;
  }

  /**
   * After {@link #stopTaking}: waits until no request is in flight or {@code grace} has passed; true when none is
   * left. The count is read under the lock the last request signals under, so its signal cannot be missed.
   */
  boolean awaitNone(Duration grace) throws InterruptedException {
    long nanos = grace.toNanos();
    lock.lock();
    try {
      while (count.get() > 0) {
        if (nanos <= 0) {
          return false;
        }
        nanos = none.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }
}
