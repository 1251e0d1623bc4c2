package ai.sergik.device;

/**
 * Hands work from the OSC thread to Max's main thread (MaxSystem.deferLow in Max), preserving order. The task runs
 * under the device's lock, as every entry from Max does.
 */
interface MainThread {
  void run(Runnable task);
}
