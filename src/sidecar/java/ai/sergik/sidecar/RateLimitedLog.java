package ai.sergik.sidecar;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/** Logs at most one warning per interval and counts the rest, so a flood of bad packets cannot flood the log. */
final class RateLimitedLog {
  private final Logger log;
  private final long intervalNanos;
  private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong suppressed = new AtomicLong();

  RateLimitedLog(Logger log, long intervalMillis) {
    this.log = log;
    this.intervalNanos = intervalMillis * 1_000_000L;
  }

  void warn(String format, Object... args) {
    long now = System.nanoTime();
    long due = next.get();
    if ((due == Long.MIN_VALUE || now - due >= 0) && next.compareAndSet(due, now + intervalNanos)) {
      long skipped = suppressed.getAndSet(0);
      if (skipped > 0) {
        log.warn("({} similar warnings suppressed)", skipped);
      }
      log.warn(format, args);
    } else {
      suppressed.incrementAndGet();
    }
  }
}
