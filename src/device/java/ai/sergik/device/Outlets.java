package ai.sergik.device;

/**
 * Where the device's messages leave: the mxj object's outlets in Max, a recorder in tests. Arguments are
 * {@link Integer}, {@link Double} or {@link String}; each call is one Max message (selector first).
 */
interface Outlets {
  /** Sends {@code selector args…} out of {@code outlet}. */
  void message(int outlet, String selector, Object... args);

  /** Sends a list of ints (e.g. the bytes of one MIDI message) out of {@code outlet}. */
  void list(int outlet, int[] values);
}
