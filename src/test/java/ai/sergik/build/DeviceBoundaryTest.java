package ai.sergik.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What runs inside Max must load on the oldest JVM mxj may pick (Java 8) and find nothing on its class
 * path but the JDK and its own jar. This test reads the compiled device classes and fails the build when
 * one is newer than class-file major 52 or names a class outside the JDK, JavaOSC, the Max API and the
 * device-side packages.
 */
class DeviceBoundaryTest {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));
  static final Path CLASSES = BASE.resolve("target/device/classes");
  static final Path DEVICE_SOURCES = BASE.resolve("src/device/java");

  /** The packages whose classes ship in sergik-device.jar (the packages under src/device/java, the device module). */
  static final Set<String> DEVICE_PACKAGES = Set.of(
      "ai/sergik/music",
      "ai/sergik/generate",
      "ai/sergik/humanize",
      "ai/sergik/transform",
      "ai/sergik/osc",
      "ai/sergik/device",
      "ai/sergik/listen");

  static final List<String> ALLOWED_PREFIXES =
      List.of("java/", "javax/sound/", "com/illposed/osc/", "com/cycling74/max/", "org/slf4j/");

  @Test
  void deviceSourcesLiveOnlyInDevicePackages() throws IOException {
    for (String pkg : devicePackagesInSources()) {
      assertThat(DEVICE_PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "/")))
          .as(
              "package %s under src/device/java is not among the device packages this test checks",
              pkg)
          .isTrue();
    }
  }

  @Test
  void deviceClassesAreJava8AndReferenceOnlyAllowedPackages() throws IOException {
    List<Path> classes = deviceClassFiles();
    assertThat(classes).as("compiled device classes under %s", CLASSES).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path file : classes) {
      ClassFile cf = ClassFile.read(file);
      if (cf.major > 52) {
        problems.add(CLASSES.relativize(file) + ": class-file major " + cf.major
            + " (device code must be 52, Java 8)");
      }
      for (String ref : cf.referencedClasses) {
        if (!isAllowed(ref)) {
          problems.add(CLASSES.relativize(file) + " references " + ref);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  static boolean isAllowed(String internalName) {
    if (ALLOWED_PREFIXES.stream().anyMatch(internalName::startsWith)) {
      return true;
    }
    return DEVICE_PACKAGES.stream().anyMatch(p -> internalName.startsWith(p + "/"));
  }

  static Set<String> devicePackagesInSources() throws IOException {
    try (Stream<Path> files = Files.walk(DEVICE_SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(f -> DEVICE_SOURCES.relativize(f.getParent()).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  static List<Path> deviceClassFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String pkg : devicePackagesInSources()) {
      Path dir = CLASSES.resolve(pkg);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> f.toString().endsWith(".class")).forEach(out::add);
      }
    }
    return out;
  }

  /** Just enough of the class-file format to read the version and the referenced class names. */
  static final class ClassFile {
    int major;
    final Set<String> referencedClasses = new TreeSet<>();

    static ClassFile read(Path file) throws IOException {
      try (InputStream raw = Files.newInputStream(file);
          DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
        ClassFile cf = new ClassFile();
        if (in.readInt() != 0xCAFEBABE) throw new IOException(file + " is not a class file");
        in.readUnsignedShort();
        cf.major = in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNameIndexes = new ArrayList<>();
        List<Integer> descriptorIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
          int tag = in.readUnsignedByte();
          switch (tag) {
            case 1:
              utf8[i] = in.readUTF();
              break;
            case 7:
              classNameIndexes.add(in.readUnsignedShort());
              break;
            case 8:
            case 16:
            case 19:
            case 20:
              in.readUnsignedShort();
              break;
            case 3:
            case 4:
              in.readInt();
              break;
            case 5:
            case 6:
              in.readLong();
              i++;
              break;
            case 9:
            case 10:
            case 11:
            case 12:
            case 17:
            case 18:
              int a = in.readUnsignedShort();
              int b = in.readUnsignedShort();
              if (tag == 12) descriptorIndexes.add(b);
              break;
            case 15:
              in.readUnsignedByte();
              in.readUnsignedShort();
              break;
            default:
              throw new IOException(file + ": unknown constant-pool tag " + tag);
          }
        }
        for (int idx : classNameIndexes) {
          String name = utf8[idx];
          while (name.startsWith("[")) name = name.substring(1);
          if (name.startsWith("L") && name.endsWith(";"))
            name = name.substring(1, name.length() - 1);
          if (name.length() > 1) cf.referencedClasses.add(name);
        }
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("L([^;<>]+);").matcher("");
        for (int idx : descriptorIndexes) {
          m.reset(utf8[idx]);
          while (m.find()) cf.referencedClasses.add(m.group(1));
        }
        return cf;
      }
    }
  }
}
