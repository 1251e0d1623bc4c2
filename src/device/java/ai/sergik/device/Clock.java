package ai.sergik.device;

/**
 * A one-shot timer on Max's scheduler (a MaxClock in Max): {@link #delay} replaces any earlier delay, and
 * the task given at creation runs when it falls due. Times are scheduler milliseconds.
 */
interface Clock {
  /** Scheduler time now, in ms. */
  double now();

  /** Runs the task {@code ms} from now, cancelling an earlier pending run. */
  void delay(double ms);

  /** Cancels a pending run. */
  void unset();

  /** Frees the clock; it is not used again. */
  void release();

  /** Makes clocks; the device creates one per scheduled activity. */
  interface Factory {
    Clock create(Runnable task);
  }
}
