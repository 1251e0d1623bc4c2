package ai.sergik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines of a second JVM on this JDK, for tests that need another process (a lock holder, a small heap). */
public final class ChildJvm {
  private ChildJvm() {}

  /** This JDK's {@code java} launcher. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code java JVM-OPTIONS... -cp <the tests' class path> MAIN ARGS...}. */
  public static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** The {@code sergik} command line, {@code sergik ARGS...}, in a JVM started with {@code jvmOptions}. */
  public static List<String> sergik(List<String> jvmOptions, String... args) {
    return command(jvmOptions, Main.class, args);
  }

  /** The arguments of {@code sergik serve} on {@code data} with ephemeral HTTP and OSC ports. */
  public static String[] serve(Path data) {
    return new String[] {"serve", "--data", data.toString(), "--http-port", "0", "--osc-port", "0"};
  }
}
