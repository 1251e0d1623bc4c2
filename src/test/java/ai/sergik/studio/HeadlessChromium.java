package ai.sergik.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver for the studio's browser tests, installed with apt when they are
 * missing and this process may (root, apt-get present), so a fresh machine runs the tests with no hand
 * install. Never a browser downloaded by a test tool: Selenium is pointed at the Debian binaries.
 */
final class HeadlessChromium {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("sergik.basedir", ".")).resolve("target/studio-screenshots");

  private HeadlessChromium() {}

  /** Installs Chromium and its driver when missing; throws, saying why, when that cannot be done here. */
  static synchronized void require() throws IOException, InterruptedException {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) return;
    if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))
        || !"root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException(
          "the studio's browser tests need Debian's chromium and chromium-driver: "
              + "sudo apt-get install -y chromium chromium-driver");
    }
    List<String> install = List.of(
        "apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium", "chromium-driver");
    if (run(install) != 0) {
      run(List.of("apt-get", "update", "-q"));
      if (run(install) != 0) {
        throw new IllegalStateException(
            "apt-get could not install chromium and chromium-driver; see the test output");
      }
    }
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command)
        .inheritIO()
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  /** A headless Chromium with the flags this sandbox needs (no network beyond loopback, no background services). */
  static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--autoplay-policy=no-user-gesture-required",
        "--window-size=1320,1000",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    return new ChromeDriver(service, options);
  }

  static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
