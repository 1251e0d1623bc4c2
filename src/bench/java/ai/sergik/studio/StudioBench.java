package ai.sergik.studio;

import ai.sergik.analysis.DemoAudio;
import ai.sergik.data.DataDir;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio's speed figures (numbers, not pass/fail), from {@code scripts/bench-studio}:
 * <ul>
 *   <li>{@code library N DIR}: catalog search over a synthetic library of N parsed sets through
 *       {@code GET /studio/library} on the real server (target: a page in under 100 ms for 20,000 sets);</li>
 *   <li>{@code page DATA}: the page in headless Chromium on the demo data, from navigation to interactive
 *       (target: under 1 s).</li>
 * </ul>
 */
public final class StudioBench {
  private static final String[] WORDS = {
    "midnight",
    "drive",
    "deep",
    "current",
    "sunset",
    "groove",
    "velvet",
    "static",
    "bloom",
    "echo",
    "dust",
    "neon",
    "river",
    "ghost",
    "honey",
    "orbit",
    "pulse",
    "amber",
    "tide",
    "cinder"
  };
  private static final String[] PLUGINS = {
    "Serum",
    "Diva",
    "Valhalla VintageVerb",
    "FabFilter Pro-Q 3",
    "Soundtoys Decapitator",
    "Omnisphere",
    "Kontakt 7",
    "RC-20 Retro Color",
    "OTT",
    "Pigments"
  };
  private static final String[] COLLABORATORS = {"", "", "", "Nala", "Kid Fresh", "Mira", "J. Soul"
  };

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "library" -> library(Integer.parseInt(args[1]), Path.of(args[2]));
      case "page" -> page(Path.of(args[1]));
      default -> throw new IllegalArgumentException("library N DIR | page DATA");
    }
  }

  static void library(int n, Path dir) throws Exception {
    DataDir data = new DataDir(dir);
    writeLibrary(data, n, new Random(7));
    try (AutoCloseable ignored = () -> {}) {
      Sidecar sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), data, "bench");
      try {
        HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long t0 = System.nanoTime();
        get(http, sidecar, "/studio/library?size=25");
        System.out.printf(
            Locale.ROOT,
            "first search (loads the index of %,d sets): %.0f ms%n",
            n,
            (System.nanoTime() - t0) / 1e6);
        String[] queries = {
          "query=midnight",
          "query=deep+groove",
          "key=8A&compatible=true",
          "bpm_min=120&bpm_max=126",
          "plugin=serum",
          "from=2023-01-01&to=2023-12-31",
          "query=nala&type=project",
          "page=40&size=25",
          ""
        };
        for (int round = 0; round < 3; round++)
          for (String q : queries) get(http, sidecar, "/studio/library?" + q);
        List<Double> ms = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 300; i++) {
          String q = queries[random.nextInt(queries.length)];
          long s = System.nanoTime();
          get(http, sidecar, "/studio/library?" + q);
          ms.add((System.nanoTime() - s) / 1e6);
        }
        for (String q : queries) {
          double[] each = new double[15];
          for (int i = 0; i < each.length; i++) {
            long s = System.nanoTime();
            get(http, sidecar, "/studio/library?" + q);
            each[i] = (System.nanoTime() - s) / 1e6;
          }
          Arrays.sort(each);
          System.out.printf(
              Locale.ROOT,
              "  %-32s median %6.1f ms, max %6.1f ms%n",
              q.isEmpty() ? "(everything)" : q,
              each[7],
              each[14]);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
            Locale.ROOT,
            "library search over %,d sets, 300 requests: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
            n,
            sorted[sorted.length / 2],
            sorted[(int) (sorted.length * 0.99)],
            sorted[sorted.length - 1]);
        String path = "/Users/sergik/Music/Ableton/Projects/set-" + (n / 2) + " Project/set-"
            + (n / 2) + ".als";
        long s = System.nanoTime();
        get(
            http,
            sidecar,
            "/studio/set?path=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8));
        System.out.printf(
            Locale.ROOT,
            "open one set (side tables of %,d sets streamed): %.0f ms%n",
            n,
            (System.nanoTime() - s) / 1e6);
      } finally {
        sidecar.stop(500);
      }
    }
  }

  static void page(Path demo) throws Exception {
    Path temp = Files.createTempDirectory("studio-bench");
    DemoAudio.renderMissing(new DataDir(demo));
    Sidecar sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), new DataDir(demo), "bench");
    ChromeDriver browser = HeadlessChromium.start(temp.resolve("profile"));
    try {
      double[] ms = new double[7];
      for (int i = 0; i < ms.length; i++) {
        browser.get(sidecar.httpUri() + "/?run=" + i);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
            .until(
                d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready"))
                    && !d.findElements(By.cssSelector("#library-rows tr")).isEmpty());
        Object value = browser.executeScript("return performance.now()");
        ms[i] = ((Number) value).doubleValue();
      }
      double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
      Arrays.sort(warm);
      System.out.printf(
          Locale.ROOT,
          "page on the demo data, navigation to the first results drawn: first %.0f ms, then median %.0f ms, max %.0f ms%n",
          ms[0],
          warm[warm.length / 2],
          warm[warm.length - 1]);
    } finally {
      browser.quit();
      sidecar.stop(500);
    }
  }

  private static void get(HttpClient http, Sidecar sidecar, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(URI.create(sidecar.httpUri() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200)
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
  }

  /** N parsed sets with names, tempi, plugins and dates spread like a working producer's library. */
  static void writeLibrary(DataDir data, int n, Random random) throws IOException {
    Files.createDirectories(data.catalogDir().resolve("ableton_projects"));
    try (BufferedWriter projects = Files.newBufferedWriter(data.projectsAls());
        BufferedWriter all = Files.newBufferedWriter(data.allProjects());
        BufferedWriter tracks = Files.newBufferedWriter(data.catalogDir().resolve("tracks.csv"));
        BufferedWriter clips = Files.newBufferedWriter(data.catalogDir().resolve("clips.csv"))) {
      projects.write(String.join(",", ai.sergik.catalog.CatalogTables.PROJECTS) + "\n");
      all.write(String.join(",", ai.sergik.catalog.CatalogTables.ALL_PROJECTS) + "\n");
      tracks.write(String.join(",", ai.sergik.catalog.CatalogTables.TRACKS) + "\n");
      clips.write(String.join(",", ai.sergik.catalog.CatalogTables.CLIPS) + "\n");
      for (int i = 0; i < n; i++) {
        String name = WORDS[random.nextInt(WORDS.length)] + " "
            + WORDS[random.nextInt(WORDS.length)] + " " + i;
        String path =
            "/Users/sergik/Music/Ableton/Projects/set-" + i + " Project/set-" + i + ".als";
        int year = 2012 + random.nextInt(14);
        String modified = String.format(
            Locale.ROOT,
            "%d-%02d-%02dT12:00:00",
            year,
            1 + random.nextInt(12),
            1 + random.nextInt(28));
        String plugins = PLUGINS[random.nextInt(PLUGINS.length)] + "; "
            + PLUGINS[random.nextInt(PLUGINS.length)];
        String collaborator = COLLABORATORS[random.nextInt(COLLABORATORS.length)];
        String id = String.format(Locale.ROOT, "%012x", i);
        int tempo = 80 + random.nextInt(90);
        projects.write(String.join(
                ",",
                "\"" + path + "\"",
                "\"set-" + i + "\"",
                "12.0." + random.nextInt(6),
                String.valueOf(tempo),
                "false",
                "4/4",
                "4",
                "3",
                "1",
                "2",
                "20",
                "2",
                "\"" + plugins + "\"",
                "8",
                "30",
                "0",
                "20",
                modified,
                "900000",
                "",
                "",
                id,
                String.valueOf(year),
                collaborator,
                "false",
                "0",
                "Ableton Live 12",
                String.valueOf(tempo),
                "1",
                "0",
                "10",
                "2",
                "8000000")
            + "\n");
        all.write(String.join(
                ",",
                "\"" + name + "\"",
                String.valueOf(year),
                collaborator,
                "\"" + path + "\"",
                modified,
                "false",
                "900000",
                id,
                "0")
            + "\n");
        for (int t = 0; t < 10; t++) {
          tracks.write(
              id + "," + t + ",midi,Track " + t + ",Track " + t + ",1," + t + ",-1,0,false\n");
          clips.write(id + "," + t + ",session,midi,0,,Clip " + t + ",0,16,16,0,16,true\n");
        }
      }
    }
  }
}
