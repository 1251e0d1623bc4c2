package ai.sergik.device;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The id a device introduces itself with to the sidecar ({@code sergik-<n>}), stable for the device instance:
 * the patcher keeps {@code n} in a hidden, stored {@code live.numbox} ({@code Device Id}), so the Live set
 * saves it and gives it back on load. A new device (stored value 0), or a copy of a device whose id another
 * instance in this Live already uses (a duplicated track), takes a fresh number and stores it.
 *
 * <p>All SERGIK devices of one Live share mxj's Java VM, hence the registry of numbers in use.
 */
final class DeviceIdentity {
  /** Largest number kept: a stored live parameter holds integers exactly up to 2^24. */
  static final int MAX = 9_999_999;

  private static final Set<Integer> IN_USE = new HashSet<Integer>();
  /** Fresh numbers; seeded by the JDK differently for every Random made, so two Lives rarely pick alike. */
  private static final Random RANDOM = new Random();

  private int number;
  private boolean stored;

  DeviceIdentity() {
    synchronized (IN_USE) {
      number = fresh();
    }
  }

  /** The stored number came back from the Live set (0 for a new device); returns whether it was taken. */
  boolean restore(int saved) {
    synchronized (IN_USE) {
      if (saved <= 0 || saved > MAX || saved == number) {
        stored = saved == number;
        return stored;
      }
      if (IN_USE.contains(saved)) {
        return false;
      }
      IN_USE.remove(number);
      IN_USE.add(saved);
      number = saved;
      stored = true;
      return true;
    }
  }

  /** Whether the patcher still has to store {@link #number()}. */
  boolean needsStore() {
    return !stored;
  }

  void markStored() {
    stored = true;
  }

  int number() {
    return number;
  }

  String id() {
    return "sergik-" + number;
  }

  void release() {
    synchronized (IN_USE) {
      IN_USE.remove(number);
    }
  }

  private static int fresh() {
    int n;
    do {
      n = 1 + RANDOM.nextInt(MAX);
    } while (IN_USE.contains(n));
    IN_USE.add(n);
    return n;
  }
}
