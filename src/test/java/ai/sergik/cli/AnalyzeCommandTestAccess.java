package ai.sergik.cli;

/** Shares the CLI tests' synthetic track with tests in other packages. */
public final class AnalyzeCommandTestAccess {
  private AnalyzeCommandTestAccess() {}

  public static float[][] chordWithClicks(float rate, double seconds) {
    return AnalyzeCommandTest.chordWithClicks(rate, seconds);
  }
}
