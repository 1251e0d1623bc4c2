package ai.sergik.device;

/**
 * A token bucket on Max's scheduler clock: {@code rate} tokens a second, at most {@code burst} saved up. Keeps a
 * flood of controls from the network from queueing up work in Live.
 */
final class TokenBucket {
  private final double ratePerMs;
  private final double burst;
  private double tokens;
  private double at = Double.NaN;

  TokenBucket(double ratePerSecond, double burst) {
    this.ratePerMs = ratePerSecond / 1000.0;
    this.burst = burst;
    this.tokens = burst;
  }

  /** Takes one token at scheduler time {@code nowMs}; false when none is left. */
  boolean take(double nowMs) {
    if (!Double.isNaN(at) && nowMs > at) {
      tokens = Math.min(burst, tokens + (nowMs - at) * ratePerMs);
    }
    at = Double.isNaN(at) ? nowMs : Math.max(at, nowMs);
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
