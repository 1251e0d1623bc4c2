package ai.sergik.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the feature packages point one way, and wiring stays in the entry points. Every package
 * below {@code ai.sergik} is a slice, and no slice may reach itself again through others; the process-wide
 * settings (environment variables, system properties) are read or set only where the program starts and its
 * configuration is loaded. {@link DeviceBoundaryTest} keeps the device packages apart from the sidecar.
 */
class PackageDependenciesTest {
  /**
   * The main classes, read from where the sidecar and the device classes were loaded (one folder, or one per module),
   * rather than by scanning every jar on the test class path for the package.
   */
  static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> location.contains("/ai/sergik/"))
      .importLocations(locationsOf(ai.sergik.sidecar.Sidecar.class, ai.sergik.music.Key.class));

  static Set<Location> locationsOf(Class<?>... classes) {
    Set<Location> locations = new java.util.LinkedHashSet<>();
    for (Class<?> c : classes) {
      try {
        locations.add(
            Location.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException("no location for " + c, e);
      }
    }
    return locations;
  }

  /**
   * Where the environment may be read: the command line ({@code cli}, and every {@code *Command}, which is an entry
   * point), configuration loading ({@code *Config}, {@code *Options}), the server's composition root, and what
   * describes the machine itself: logging set up before anything runs, the installer's view of this computer, the
   * PATH ffmpeg is found on, and the host name a data-directory lock names when DNS cannot.
   */
  static final Set<String> READ_THE_MACHINE = Set.of(
      "ai.sergik.sidecar.Sidecar",
      "ai.sergik.logging.ConsoleLogging",
      "ai.sergik.install.Host",
      "ai.sergik.audio.Ffmpeg",
      "ai.sergik.data.DataDirLock");

  static final DescribedPredicate<JavaClass> ENTRY_POINTS_AND_CONFIGURATION =
      DescribedPredicate.describe("entry points and configuration loading", c -> {
        String topLevel = c.getName().replaceAll("\\$.*", "");
        String simple = topLevel.substring(topLevel.lastIndexOf('.') + 1);
        return topLevel.startsWith("ai.sergik.cli.")
            || simple.endsWith("Command")
            || simple.endsWith("Config")
            || simple.endsWith("Options")
            || READ_THE_MACHINE.contains(topLevel);
      });

  @Test
  void noCyclesBetweenFeaturePackages() {
    assertThat(MAIN_CLASSES.contain(ai.sergik.sidecar.Sidecar.class)
            && MAIN_CLASSES.contain(ai.sergik.music.Key.class)
            && MAIN_CLASSES.contain(ai.sergik.prompt.PromptParser.class))
        .as("the sidecar and device classes are imported (%d classes)", MAIN_CLASSES.size())
        .isTrue();
    slices()
        .matching("ai.sergik.(*)..")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .check(MAIN_CLASSES);
  }

  @Test
  void onlyEntryPointsAndConfigurationReadTheEnvironment() {
    noClasses()
        .that(DescribedPredicate.not(ENTRY_POINTS_AND_CONFIGURATION))
        .should()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .because(
            "features get their settings from the composition root, so that a test or a second server in one"
                + " JVM can give them others")
        .check(MAIN_CLASSES);
  }

  @Test
  void onlyTheCommandLineSetsSystemProperties() {
    noClasses()
        .that()
        .resideOutsideOfPackage("ai.sergik.cli..")
        .should()
        .callMethod(System.class, "setProperty", String.class, String.class)
        .orShould()
        .callMethod(System.class, "clearProperty", String.class)
        .because(
            "a system property is JVM-wide: set in a feature it changes every other feature and every test in"
                + " the same JVM")
        .check(MAIN_CLASSES);
  }
}
