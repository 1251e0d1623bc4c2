package ai.sergik.verify;

import ai.sergik.options.DataOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sergik verify}: the installation check, one OK / WARN / FAIL line per check. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the installation: Java, the data tree and each catalog, a generation, an analysis of a",
      "rendered test tone, a running sidecar (OSC handshake, HTTP health), and git/S3 settings when set."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:no check failed (warnings allowed)",
      "1:at least one check failed",
      "2:usage error"
    })
public final class VerifyCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Check> checks = new InstallationCheck(data.dataDir(), System.getenv()).run();
    checks.forEach(c -> out.println(c.line()));
    long failed = checks.stream().filter(c -> c.status() == Check.Status.FAIL).count();
    long warned = checks.stream().filter(c -> c.status() == Check.Status.WARN).count();
    out.println(
        failed == 0
            ? "verify: OK (" + warned + " warnings)"
            : "verify: " + failed + " failed, " + warned + " warnings");
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
