package ai.sergik.sidecar;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/** Logs at most one warning per interval and counts the rest, so a flood of bad packets cannot flood the log. */
final class RateLimitedLog {
  private final Logger log;
  private final Clock clock;
  private final long intervalMillis;
  private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong suppressed = new AtomicLong();

  RateLimitedLog(Logger log, long intervalMillis, Clock clock) {
    this.log = log;
    this.clock = clock;
    this.intervalMillis = intervalMillis;
  }

  void warn(String format, Object... args) {
    long now = clock.millis();
    long due = next.get();
    if ((due == Long.MIN_VALUE || now - due >= 0)
        && next.compareAndSet(due, now + intervalMillis)) {
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
