package ai.sergik.music;

/**
 * A small seeded random number generator (SplitMix64) for the generators. Unlike java.util.Random it
 * uses no atomic operations, which matters when a whole groove must be made within a scheduler tick;
 * its sequence is fixed by its seed on every JVM. Not thread-safe: make one per call.
 */
public final class Rng {
  private long state;

  public Rng(long seed) {
    this.state = seed;
  }

  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  public int nextInt(int bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound must be > 0, got " + bound);
    return (int) (((nextLong() >>> 33) * bound) >>> 31);
  }

  public boolean nextBoolean() {
    return nextLong() < 0;
  }
}
