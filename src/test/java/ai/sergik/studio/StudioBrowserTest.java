package ai.sergik.studio;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.analysis.DemoAudio;
import ai.sergik.data.DataDir;
import ai.sergik.io.FileTrees;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The producer's journeys through the web studio, in a real headless Chromium against the real sidecar
 * on loopback, serving a copy of the demo data. Each journey leaves a screenshot in
 * {@code target/studio-screenshots/} (the ones in docs/studio/ are copies of these).
 */
class StudioBrowserTest {
  @TempDir
  static Path temp;

  static Sidecar sidecar;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.require();
    Path data = temp.resolve("data");
    FileTrees.copy(Paths.get(System.getProperty("sergik.basedir", ".")).resolve("data"), data);
    DemoAudio.renderMissing(new DataDir(data));
    sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), new DataDir(data), "test");
    browser = HeadlessChromium.start(temp.resolve("profile"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (sidecar != null) sidecar.stop(1000);
  }

  @BeforeEach
  void openThePage() {
    browser.get(sidecar.httpUri() + "/");
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  @Test
  void openThePageAndSearchTheCatalogByWordsKeyAndPage() throws Exception {
    wait.until(ExpectedConditions.textMatches(
        By.id("library-count"), java.util.regex.Pattern.compile("\\d+ items?")));
    assertThat(browser.findElements(By.cssSelector("#library-rows tr"))).isNotEmpty();
    WebElement search = browser.findElement(By.name("query"));
    search.sendKeys("nala");
    browser.findElement(By.cssSelector("#library-form button[type=submit]")).click();
    waitForLibraryRows("r.textContent.toLowerCase().includes('nala')");
    assertThat(browser.findElement(By.id("library-rows")).getText())
        .contains("SERGIK x Nala - Midnight Drive");
    HeadlessChromium.screenshot(browser, "library");

    search.clear();
    browser.findElement(By.name("key")).sendKeys("10B");
    browser.findElement(By.name("compatible")).click();
    browser.findElement(By.cssSelector("#library-form button[type=submit]")).click();
    waitForLibraryRows("/^(10B|10A|9B|11B) /.test(r.children[3].textContent)");
    @SuppressWarnings("unchecked")
    java.util.List<String> keys = (java.util.List<String>)
        browser.executeScript(
            "return [...document.querySelectorAll('#library-rows tr td:nth-child(4)')].map(td => td.textContent);");
    assertThat(keys).isNotEmpty().allMatch(k -> k.matches("(10B|10A|9B|11B) .*"));
  }

  @Test
  void openASetToSeeItsTracksDevicesClipsAndSamples() throws Exception {
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#library-rows tr[data-type=project]")));
    WebElement set =
        browser.findElements(By.cssSelector("#library-rows tr[data-type=project]")).stream()
            .filter(r -> r.getText().contains("Midnight Drive"))
            .findFirst()
            .orElseThrow();
    set.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("set-tracks")));
    String detail = browser.findElement(By.id("set-detail")).getText();
    assertThat(detail)
        .contains(
            "SERGIK x Nala - Midnight Drive",
            "Live 11.3.4",
            "124 BPM",
            "Kick",
            "Bass",
            "Serum",
            "kick_sergik_01.wav");
    HeadlessChromium.screenshot(browser, "set");
  }

  @Test
  void openATrackSeeItsPictureAndPlayIt() throws Exception {
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//tbody[@id='track-rows']/tr[contains(., 'sergik-demo-loop')]")));
    browser
        .findElement(By.xpath("//tbody[@id='track-rows']/tr[contains(., 'sergik-demo-loop')]"))
        .click();
    wait.until(d -> d.findElement(By.id("track")).getDomAttribute("data-loaded") != null);
    assertThat(browser.findElement(By.id("track-title")).getText())
        .isEqualTo("sergik-demo-loop-92bpm.wav");
    // the demo loop is generated in 10A at 92 BPM
    assertThat(browser.findElement(By.id("track-facts")).getText()).contains("92", "10A");
    for (String canvas : new String[] {"wave", "loudness", "chroma"}) {
      assertThat(paintedPixels(canvas)).as(canvas + " is drawn").isGreaterThan(500);
    }
    wait.until(d -> (int) element("track-audio", "readyState") >= 1);
    browser.executeScript("document.getElementById('track-audio').play()");
    wait.until(d -> element("track-audio", "currentTime") > 0.2);
    double duration = element("track-audio", "duration");
    assertThat(duration).as("4 bars at 92 BPM").isBetween(10.0, 16.0);
    HeadlessChromium.screenshot(browser, "track");
  }

  @Test
  void theDnaViewDrawsTheWheelZonesAndWhereNumbersComeFromAndComparesATrack() throws Exception {
    browser.findElement(By.id("tab-dna")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#derivations dt")));
    assertThat(paintedPixels("wheel")).isGreaterThan(10_000);
    assertThat(browser.findElements(By.cssSelector("#bpm-zones .bar"))).hasSize(6);
    assertThat(browser.findElement(By.id("derivations")).getText())
        .contains("analysis/bpm_key/analyzed_tracks.csv");
    browser.findElement(By.cssSelector("#compare-form input[name=bpm]")).sendKeys("124");
    browser.findElement(By.cssSelector("#compare-form input[name=key]")).sendKeys("10B");
    browser.findElement(By.cssSelector("#compare-form input[name=energy]")).sendKeys("6");
    browser.findElement(By.cssSelector("#compare-form button")).click();
    wait.until(ExpectedConditions.textMatches(
        By.id("compare-result"), java.util.regex.Pattern.compile("Match \\d+")));
    HeadlessChromium.screenshot(browser, "dna");
  }

  @Test
  void generateDrawsThePianoRollPreviewsTheAudioAndOffersTheMidiFile() throws Exception {
    browser.findElement(By.id("tab-generate")).click();
    wait.until(d -> !new Select(d.findElement(By.name("part"))).getOptions().isEmpty());
    new Select(browser.findElement(By.name("part"))).selectByValue("chords");
    WebElement key = browser.findElement(By.cssSelector("#generate-form input[name=key]"));
    key.clear();
    key.sendKeys("F#m");
    WebElement bars = browser.findElement(By.cssSelector("#generate-form input[name=bars]"));
    bars.clear();
    bars.sendKeys("4");
    new Select(browser.findElement(By.name("transform"))).selectByValue("strum");
    browser.findElement(By.cssSelector("#generate-form button[type=submit]")).click();
    wait.until(ExpectedConditions.textMatches(
        By.id("generate-summary"), java.util.regex.Pattern.compile("\\d+ notes")));
    assertThat(browser.findElement(By.id("generate-summary")).getText()).contains("F#m");
    assertThat(paintedPixels("roll")).isGreaterThan(2_000);
    wait.until(
        ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("download")), "href"));
    browser.findElement(By.id("preview")).click();
    wait.until(d -> element("preview-audio", "duration || 0") > 0);
    double seconds = element("preview-audio", "duration");
    assertThat(seconds)
        .as("4 bars at 125 BPM, plus the synthesizer's release")
        .isBetween(7.6, 12.0);
    HeadlessChromium.screenshot(browser, "generate");
  }

  @Test
  void sendTheGeneratedNotesToTheDeviceOnANamedTrack() throws Exception {
    try (StudioFakeDevice keys = new StudioFakeDevice(sidecar.oscPort(), "dev-keys", "Keys");
        StudioFakeDevice bass = new StudioFakeDevice(sidecar.oscPort(), "dev-bass", "Bass")) {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "2 devices"));
      browser.findElement(By.id("tab-generate")).click();
      wait.until(d -> !new Select(d.findElement(By.name("part"))).getOptions().isEmpty());
      new Select(browser.findElement(By.name("part"))).selectByValue("bass");
      browser.findElement(By.cssSelector("#generate-form button[type=submit]")).click();
      wait.until(ExpectedConditions.textMatches(
          By.id("generate-summary"), java.util.regex.Pattern.compile("\\d+ notes")));
      new Select(browser.findElement(By.id("send-track"))).selectByValue("Keys");
      browser.findElement(By.id("send")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("send-result"), "confirmed"));
      assertThat(browser.findElement(By.id("send-result")).getText()).contains("Keys");
      com.fasterxml.jackson.databind.JsonNode written =
          keys.received.get(10, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(written.get("track").asText()).isEqualTo("Keys");
      assertThat(written.get("notes").size()).isPositive();
      assertThat(bass.received).isNotDone();
      HeadlessChromium.screenshot(browser, "send");
    }
  }

  /** Waits until the library lists rows and {@code rowTest}, a script expression of a row {@code r}, holds for each. */
  private static void waitForLibraryRows(String rowTest) {
    wait.until(d -> (Boolean)
        browser.executeScript("const rows = [...document.querySelectorAll('#library-rows tr')];"
            + "return rows.length > 0 && rows.every(r => " + rowTest + ");"));
  }

  /** A number the page's element {@code id} has: {@code property} is what follows the element in script. */
  private double element(String id, String property) {
    return ((Number)
            browser.executeScript("return document.getElementById('" + id + "')." + property))
        .doubleValue();
  }

  /** Pixels of a canvas that something was drawn on. */
  private long paintedPixels(String canvasId) {
    Object n = browser.executeScript(
        "const c = document.getElementById(arguments[0]);"
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
            + "for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;",
        canvasId);
    return ((Number) n).longValue();
  }
}
