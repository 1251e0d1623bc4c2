package ai.sergik.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The JVM settings {@code serve} runs with, so that the sidecar stays small next to Live on a laptop (see
 * docs/server.md, "Memory and startup"): a heap cap and the serial collector (a server of a few MB of live data
 * needs no concurrent collector, and G1's regions and threads cost memory), the client compiler only (half the
 * code cache and compiler memory, a faster start, the same throughput on two cores), small thread stacks, and few
 * glibc malloc arenas. {@code scripts/sergik} passes {@link #OPTIONS} itself; {@code java -jar sergik-sidecar.jar
 * serve} without heap settings of its own starts a second JVM with them (the first only waits for it and passes
 * on its exit code and signals). Any {@code -Xmx}, {@code -XX:MaxRAM…} or collector choice on the command line or in
 * {@code JAVA_TOOL_OPTIONS} is taken as the user's and runs as is; so does {@code SERGIK_JVM=as-is}.
 */
public final class ServerJvm {
  /** Also in scripts/sergik (a test checks they agree). */
  public static final List<String> OPTIONS = List.of(
      "-XX:+UseSerialGC",
      "-Xms8m",
      "-Xmx128m",
      "-Xss512k",
      "-XX:TieredStopAtLevel=1",
      "-XX:ReservedCodeCacheSize=32m",
      "-XX:MinHeapFreeRatio=10",
      "-XX:MaxHeapFreeRatio=30");

  /** The environment the JVM runs in: two malloc arenas instead of eight per core. */
  public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  static final String RELAUNCHED = "sergik.jvm.relaunched";

  private ServerJvm() {}

  /**
   * Runs {@code args} in a JVM with {@link #OPTIONS} when this one was started without heap settings for
   * {@code serve}, and returns its exit code; empty when this JVM should run the command itself.
   */
  static OptionalInt relaunchIfUntuned(String[] args) {
    if (args.length == 0
        || !args[0].equals("serve")
        || Boolean.getBoolean(RELAUNCHED)
        || "as-is".equals(System.getenv("SERGIK_JVM"))) {
      return OptionalInt.empty();
    }
    List<String> given = jvmArguments();
    if (given.stream().anyMatch(ServerJvm::isUsersChoice)) {
      return OptionalInt.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(OPTIONS);
    for (String arg : given) {
      if (arg.startsWith("-D") || arg.startsWith("--add-opens") || arg.startsWith("-ea"))
        command.add(arg);
    }
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
    try {
      Process server = builder.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(
              () -> {
                server.destroy(); // SIGTERM: the server drains and closes its ports
                try {
                  server.waitFor(15, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "sergik-relaunch"));
      System.gc(); // give back what starting took: this JVM now only waits
      return OptionalInt.of(server.waitFor());
    } catch (java.io.IOException e) {
      System.err.println("sergik: could not start a JVM with " + String.join(" ", OPTIONS) + " ("
          + e.getMessage() + "); serving with this JVM's settings");
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    }
  }

  /**
   * This JVM's options. From the process's own command line where the system tells it (it keeps this launcher, which
   * only waits, from loading the management classes), else from the runtime bean; plus JAVA_TOOL_OPTIONS.
   */
  private static List<String> jvmArguments() {
    List<String> options = new ArrayList<>();
    String[] commandLine = ProcessHandle.current().info().arguments().orElse(null);
    if (commandLine != null) {
      for (String arg : commandLine) {
        if (arg.equals("-jar")
            || arg.equals("-cp")
            || arg.equals("-classpath")
            || !arg.startsWith("-")) break;
        options.add(arg);
      }
    } else {
      options.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
    String toolOptions = System.getenv("JAVA_TOOL_OPTIONS");
    if (toolOptions != null) options.addAll(List.of(toolOptions.trim().split("\\s+")));
    String jdkOptions = System.getenv("JDK_JAVA_OPTIONS");
    if (jdkOptions != null) options.addAll(List.of(jdkOptions.trim().split("\\s+")));
    return options;
  }

  private static boolean isUsersChoice(String arg) {
    return arg.startsWith("-Xmx")
        || arg.startsWith("-XX:MaxRAM")
        || arg.startsWith("-XX:MaxHeapSize")
        || arg.matches("-XX:\\+Use\\w+GC");
  }
}
