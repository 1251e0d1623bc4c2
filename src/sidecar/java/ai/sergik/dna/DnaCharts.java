package ai.sergik.dna;

import ai.sergik.io.AtomicFiles;
import ai.sergik.io.PngPictures;
import ai.sergik.music.Key;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Draws the profile as three PNGs (headless): the BPM histogram coloured by zone, the Camelot wheel
 * of key shares, and the energy histogram with the sweet spot marked.
 */
public final class DnaCharts {
  public static final String BPM_PNG = "dna_bpm.png";
  public static final String KEYS_PNG = "dna_keys.png";
  public static final String ENERGY_PNG = "dna_energy.png";
  private static final int BIN = 2;

  private DnaCharts() {}

  /** Writes the three charts into {@code dir} and returns their paths. */
  public static List<Path> writeAll(DnaProfile profile, Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(write(dir.resolve(BPM_PNG), png(bpmChart(profile))));
    out.add(write(dir.resolve(KEYS_PNG), camelotWheel(profile)));
    out.add(write(dir.resolve(ENERGY_PNG), png(energyChart(profile))));
    return out;
  }

  private static byte[] png(CategoryChart chart) throws IOException {
    return PngPictures.encode(BitmapEncoder.getBufferedImage(chart));
  }

  private static Path write(Path file, byte[] png) throws IOException {
    AtomicFiles.writeBytes(file, png);
    return file;
  }

  static CategoryChart bpmChart(DnaProfile profile) {
    Map<Integer, Long> histogram = profile.bpm().histogram();
    CategoryChart chart = new CategoryChartBuilder()
        .width(1000)
        .height(500)
        .title("BPM of analysed tracks, by zone")
        .xAxisTitle("BPM (" + BIN + "-BPM bins)")
        .yAxisTitle("tracks")
        .build();
    chart.getStyler().setStacked(true);
    chart.getStyler().setXAxisLabelRotation(90);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    if (histogram.isEmpty()) {
      chart.addSeries("no tempo data", List.of("-"), List.of(0));
      return chart;
    }
    int first =
        Math.floorDiv(histogram.keySet().stream().min(Integer::compare).orElseThrow(), BIN) * BIN;
    int last = histogram.keySet().stream().max(Integer::compare).orElseThrow();
    List<String> bins = new ArrayList<>();
    Map<BpmZone, List<Long>> series = new EnumMap<>(BpmZone.class);
    for (BpmZone zone : BpmZone.values()) series.put(zone, new ArrayList<>());
    for (int start = first; start <= last; start += BIN) {
      bins.add(Integer.toString(start));
      long count = 0;
      for (int bpm = start; bpm < start + BIN; bpm++) count += histogram.getOrDefault(bpm, 0L);
      BpmZone binZone = BpmZone.of(Math.max(start, 1));
      for (BpmZone zone : BpmZone.values()) series.get(zone).add(zone == binZone ? count : 0L);
    }
    for (BpmZone zone : BpmZone.values()) {
      if (series.get(zone).stream().anyMatch(c -> c > 0)) {
        chart.addSeries(
            String.format(
                Locale.ROOT,
                "%s %s (%.1f%%)",
                zone.label(),
                zone.description(),
                profile.zoneShare(zone) * 100),
            bins,
            series.get(zone));
      }
    }
    return chart;
  }

  static CategoryChart energyChart(DnaProfile profile) {
    DnaProfile.Energy energy = profile.energy();
    CategoryChart chart = new CategoryChartBuilder()
        .width(800)
        .height(450)
        .title("Energy levels (sweet spot " + energy.sweetSpotLow() + "–" + energy.sweetSpotHigh()
            + ")")
        .xAxisTitle("energy level")
        .yAxisTitle("tracks")
        .build();
    chart.getStyler().setStacked(true);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    List<String> levels = new ArrayList<>();
    List<Long> inside = new ArrayList<>();
    List<Long> outside = new ArrayList<>();
    for (int level = 1; level <= 10; level++) {
      long count = energy.levels().getOrDefault(level, 0L);
      levels.add(Integer.toString(level));
      inside.add(energy.contains(level) ? count : 0L);
      outside.add(energy.contains(level) ? 0L : count);
    }
    chart.addSeries(
        String.format(Locale.ROOT, "sweet spot (%.0f%% of tracks)", energy.sweetSpotShare() * 100),
        levels,
        inside);
    chart.addSeries("outside", levels, outside);
    return chart;
  }

  /** Outer ring: major keys (B), inner ring: minor keys (A); 12 at the top, clockwise. */
  static byte[] camelotWheel(DnaProfile profile) throws IOException {
    int size = 800;
    return PngPictures.draw(size, size, Color.WHITE, g -> {
      double max = profile.keyPreferences().values().stream()
          .mapToDouble(Double::doubleValue)
          .max()
          .orElse(0);
      double cx = size / 2.0, cy = size / 2.0 + 20;
      double outer = 340, middle = 240, inner = 140;
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
      g.setColor(Color.DARK_GRAY);
      g.drawString("Key preferences on the Camelot wheel", 20, 34);
      for (int number = 1; number <= 12; number++) {
        double start =
            90 - (number - 12) * 30.0 + 15; // slot 12 centred at the top, numbers rising clockwise
        for (char letter : new char[] {'B', 'A'}) {
          Key key = Key.camelot(number, letter == 'A');
          double r1 = letter == 'B' ? outer : middle, r0 = letter == 'B' ? middle : inner;
          Area wedge =
              new Area(new Arc2D.Double(cx - r1, cy - r1, 2 * r1, 2 * r1, start, -30, Arc2D.PIE));
          wedge.subtract(new Area(new Ellipse2D.Double(cx - r0, cy - r0, 2 * r0, 2 * r0)));
          double share = profile.keyShare(key);
          float strength = max == 0 ? 0 : (float) (share / max);
          g.setColor(blend(
              new Color(245, 245, 245),
              letter == 'B' ? new Color(214, 96, 32) : new Color(40, 96, 190),
              strength));
          g.fill(wedge);
          g.setColor(Color.WHITE);
          g.setStroke(new BasicStroke(2f));
          g.draw(wedge);
          double mid = Math.toRadians(start - 15), radius = (r0 + r1) / 2;
          double x = cx + radius * Math.cos(mid), y = cy - radius * Math.sin(mid);
          g.setColor(strength > 0.5f ? Color.WHITE : Color.DARK_GRAY);
          centred(g, key.camelot(), x, y - 8, 18);
          centred(
              g, share > 0 ? String.format(Locale.ROOT, "%.1f%%", share * 100) : "", x, y + 14, 14);
        }
      }
      g.setColor(Color.DARK_GRAY);
      centred(g, "outer: major (B)", cx, cy - 12, 16);
      centred(g, "inner: minor (A)", cx, cy + 12, 16);
    });
  }

  private static void centred(Graphics2D g, String text, double x, double y, int points) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, points));
    FontMetrics metrics = g.getFontMetrics();
    g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float)
        (y + metrics.getAscent() / 2.0 - 2));
  }

  private static Color blend(Color from, Color to, float t) {
    return new Color(
        Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
        Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
        Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
  }
}
