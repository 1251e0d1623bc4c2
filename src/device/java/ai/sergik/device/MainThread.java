package ai.sergik.device;

/** Hands work from the OSC thread to Max's main thread (MaxSystem.deferLow in Max), preserving order. */
interface MainThread {
  void run(Runnable task);
}
