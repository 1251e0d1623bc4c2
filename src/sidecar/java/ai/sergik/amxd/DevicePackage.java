package ai.sergik.amxd;

import ai.sergik.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds what a Live user installs from the patcher source and the device jar: {@code SERGIK.amxd} (an
 * unfrozen MIDI effect; a frozen device cannot carry Java classes) and the Max package {@code SERGIK/} whose
 * {@code java-classes/lib/sergik-device.jar} mxj puts on its class path when Max starts.
 */
public final class DevicePackage {
  public static final String NAME = "SERGIK";
  public static final String JAR_NAME = "sergik-device.jar";

  private DevicePackage() {}

  /** What was written. */
  public record Result(Path device, Path packageDir, Path jar) {}

  /** The patcher's problems, or thrown as one message; see {@link PatcherCheck}. */
  public static final class InvalidPatcherException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    InvalidPatcherException(Path patcher, List<String> problems) {
      super(
          patcher + " fails " + problems.size() + " check(s):\n  " + String.join("\n  ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  public static Result build(Path patcher, Path jar, Path outDir)
      throws IOException, InvalidPatcherException {
    if (!Files.isRegularFile(patcher)) {
      throw new IOException(
          "patcher " + patcher + " not found; run from the project folder or pass --patcher");
    }
    if (!Files.isRegularFile(jar)) {
      throw new IOException("device jar " + jar
          + " not found; build it with mvn -B -DskipTests package or pass --jar");
    }
    String json = Files.readString(patcher, StandardCharsets.UTF_8);
    List<String> problems = new PatcherCheck(new ClassFiles(jar)).check(json);
    if (!problems.isEmpty()) {
      throw new InvalidPatcherException(patcher, problems);
    }
    Path device = outDir.resolve(NAME + ".amxd");
    AtomicFiles.writeBytes(
        device, AmxdFile.unfrozen(DeviceType.MIDI_EFFECT, json).toBytes());
    Path packageDir = outDir.resolve(NAME);
    Path packagedJar = packageDir.resolve("java-classes").resolve("lib").resolve(JAR_NAME);
    AtomicFiles.writeBytes(packagedJar, Files.readAllBytes(jar));
    AtomicFiles.writeString(packageDir.resolve("package-info.json"), packageInfo());
    AtomicFiles.writeBytes(
        packageDir.resolve("patchers").resolve(NAME + ".maxpat"),
        json.getBytes(StandardCharsets.UTF_8));
    return new Result(device, packageDir, packagedJar);
  }

  static String packageInfo() {
    return """
        {
        \t"name" : "SERGIK",
        \t"displayname" : "SERGIK AI",
        \t"author" : "SERGIK",
        \t"description" : "The SERGIK AI device's Java classes for mxj: chords, bass, arpeggios and drums generated and humanized inside Live.",
        \t"tags" : [ "Max for Live", "MIDI", "generative" ],
        \t"version" : "0.1.0",
        \t"max_version_min" : "8.0",
        \t"os" : {
        \t\t"macintosh" : { "platform" : [ "x64", "arm64" ], "min_version" : "none" },
        \t\t"windows" : { "platform" : [ "x64", "arm64" ], "min_version" : "none" }
        \t}
        }
        """;
  }
}
