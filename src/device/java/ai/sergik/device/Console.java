package ai.sergik.device;

/** The Max console: one line per call. */
interface Console {
  void post(String line);

  void error(String line);
}
