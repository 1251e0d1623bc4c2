package com.cycling74.max;

/**
 * Stand-in for Cycling '74's MaxSystem. Deferred work runs inline on the calling thread; scheduled work goes
 * through the stand-in's virtual scheduler ({@link StandIn#advance(double)}).
 */
public final class MaxSystem {
  private MaxSystem() {}

  public static void defer(Executable e) {
    if (StandIn.deferInline(e)) {
      e.execute();
    }
  }

  public static void deferLow(Executable e) {
    if (StandIn.deferInline(e)) {
      e.execute();
    }
  }

  public static void deferMedium(Executable e) {
    if (StandIn.deferInline(e)) {
      e.execute();
    }
  }

  public static void deferFront(Executable e) {
    if (StandIn.deferInline(e)) {
      e.execute();
    }
  }

  public static void schedule(Executable e, double time) {
    new MaxClock(e).delay(Math.max(0, time - StandIn.now()));
  }

  public static void scheduleDelay(Executable e, double ms) {
    new MaxClock(e).delay(ms);
  }

  public static void scheduleDefer(Executable e, double ms) {
    new MaxClock(e).delay(ms);
  }

  public static boolean inMainThread() {
    return StandIn.isMainThread();
  }

  public static boolean inMaxThread() {
    return StandIn.isMainThread();
  }

  public static boolean inTimerThread() {
    return false;
  }

  public static void post(String message) {
    MaxObject.post(message);
  }

  public static void error(String message) {
    MaxObject.error(message);
  }

  public static void ouch(String message) {
    MaxObject.ouch(message);
  }

  public static void sendMessageToBoundObject(String boundName, String message, Atom[] args) {}

  public static String locateFile(String filename) {
    return null;
  }

  public static String getDefaultPath() {
    return System.getProperty("user.dir");
  }

  public static String[] getSearchPath() {
    return new String[0];
  }

  public static String getMaxVersion() {
    return "stand-in";
  }

  public static int[] getMaxVersionInts() {
    return new int[] {0, 0, 0};
  }

  public static boolean isOsMacOsX() {
    return System.getProperty("os.name", "").startsWith("Mac");
  }

  public static boolean isOsWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  public static boolean isStandAlone() {
    return false;
  }

  public static String[] getClassPath() {
    return new String[0];
  }

  public static String[] getSystemClassPath() {
    return System.getProperty("java.class.path", "").split(java.io.File.pathSeparator);
  }
}
