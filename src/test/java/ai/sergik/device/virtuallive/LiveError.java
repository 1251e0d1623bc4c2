package ai.sergik.device.virtuallive;

/** An error Live gives for a get/set/call it refuses; the Max console shows its message. */
public final class LiveError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LiveError(String message) {
    super(message);
  }
}
