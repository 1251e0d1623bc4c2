package ai.sergik.sidecar;

import ai.sergik.analysis.DemoAudio;
import ai.sergik.data.DataDir;
import ai.sergik.data.DataDirLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Renders the demo dataset's missing WAVs ({@link DemoAudio}) in a JVM of its own, started beside the server the first
 * time a data directory with demo MIDI is served. Rendering loads the JDK's software synthesizer and its sound bank,
 * some 15 MB that a server would keep for the rest of its life after using them once; the short-lived process gives
 * them back when it ends, and it takes the data directory's lock like every other writer.
 */
public final class DemoAudioRender {
  static final String COMMAND = "render demo audio";

  private DemoAudioRender() {}

  /** Starts the rendering process when a demo MIDI file has no WAV yet; empty when there is nothing to render. */
  static Optional<Process> startIfNeeded(DataDir data) {
    try {
      if (DemoAudio.missing(data).isEmpty()) {
        return Optional.empty();
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(
          "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Djava.awt.headless=true"));
      command.addAll(List.of(
          "-cp",
          System.getProperty("java.class.path"),
          DemoAudioRender.class.getName(),
          data.root().toString()));
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
      return Optional.of(builder.start());
    } catch (IOException | RuntimeException e) {
      LoggerFactory.getLogger(Sidecar.class)
          .warn("could not start rendering the demo audio: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code DemoAudioRender DATA_DIR}: renders the missing demo WAVs under the data directory's lock. */
  @SuppressWarnings("try") // the lock is held for the try block's scope; its body has no use for it
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: DemoAudioRender DATA_DIR");
      System.exit(2);
    }
    DataDir data = new DataDir(Path.of(args[0]));
    try (DataDirLock lock = DataDirLock.acquire(data, COMMAND, DataDirLock.Events.NONE)) {
      DemoAudio.renderMissing(data);
    } catch (IOException | RuntimeException e) {
      LoggerFactory.getLogger(Sidecar.class)
          .warn("could not render the demo audio: {}", e.getMessage());
      System.exit(1);
    } catch (InterruptedException e) {
      System.exit(130);
    }
    System.exit(0);
  }
}
