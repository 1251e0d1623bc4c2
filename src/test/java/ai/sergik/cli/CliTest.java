package ai.sergik.cli;

import java.io.StringWriter;

/** Tests that run {@code sergik} commands in-process, as a shell would, and read what all the runs printed. */
public abstract class CliTest {
  protected final StringWriter out = new StringWriter();
  protected final StringWriter err = new StringWriter();

  /** Runs {@code sergik args...}; returns the exit code. */
  protected int run(String... args) {
    return CliRun.run(out, err, args);
  }
}
