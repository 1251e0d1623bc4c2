package ai.sergik.api;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The requests being answered, and whether new ones are still taken: a stop refuses new requests and waits for
 * the count to reach zero (signalled by the last one, never polled), so draining reads no clock of its own.
 */
final class InFlight {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition none = lock.newCondition();
  private int count;
  private volatile boolean draining;

  void begin() {
    lock.lock();
    try {
      count++;
    } finally {
      lock.unlock();
    }
  }

  void end() {
    lock.lock();
    try {
      if (--count == 0) {
        none.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  int count() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }

  /** New requests are answered 503 from now on. */
  void stopTaking() {
    draining = true;
  }

  boolean draining() {
    return draining;
  }

  /** Waits until no request is in flight or {@code grace} has passed; true when none is left. */
  boolean awaitNone(Duration grace) throws InterruptedException {
    long nanos = grace.toNanos();
    lock.lock();
    try {
      while (count > 0) {
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
