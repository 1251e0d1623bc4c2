package ai.sergik.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostTest {
  @Test
  void regQueryOutputGivesTheValueWithItsSpaces() {
    String output =
        "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders\r\n"
            + "    Personal    REG_EXPAND_SZ    C:\\Users\\Sergik Studio\\OneDrive\\Documents\r\n\r\n";
    assertThat(Host.parseRegQuery(output, "Personal"))
        .contains("C:\\Users\\Sergik Studio\\OneDrive\\Documents");
    assertThat(Host.parseRegQuery(output, "My Music")).isEmpty();
    assertThat(Host.parseRegQuery(
            "ERROR: The system was unable to find the specified registry key or value.",
            "Personal"))
        .isEmpty();
  }

  @Test
  void windowsPathsExpandVariablesIgnoringCaseAndAnUnknownVariableGivesNothing() {
    Host pc = new Host(
        Host.Os.WINDOWS, Path.of("/home/x"), Map.of("UserProfile", "/home/x"), Host.Registry.NONE);
    assertThat(pc.path("%USERPROFILE%\\Documents")).contains(Path.of("/home/x/Documents"));
    assertThat(pc.path("%NOPE%\\Documents")).isEmpty();
    assertThat(pc.variable("userprofile")).contains("/home/x");
  }

  @Test
  void operatingSystemsAreToldByName() {
    assertThat(Host.osNamed("Windows 11")).isEqualTo(Host.Os.WINDOWS);
    assertThat(Host.osNamed("Mac OS X")).isEqualTo(Host.Os.MAC);
    assertThat(Host.osNamed("Linux")).isEqualTo(Host.Os.LINUX);
  }
}
