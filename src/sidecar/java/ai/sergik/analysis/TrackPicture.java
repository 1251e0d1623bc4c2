package ai.sergik.analysis;

import ai.sergik.io.PngPictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One page (1400 x 900 PNG) about a track, drawn with Java2D so it works headless: a header with
 * the headline numbers, the waveform with the beat grid over it, short-term loudness over time with
 * the integrated level, and the chromagram (12 rows, C at the bottom).
 */
public final class TrackPicture {
  static final int WIDTH = 1400, HEIGHT = 900;
  private static final int LEFT = 70, RIGHT = 20;
  private static final Color BACKGROUND = new Color(250, 250, 248),
      INK = new Color(30, 30, 30),
      WAVE = new Color(40, 90, 160),
      BEAT = new Color(220, 60, 50, 90),
      GRID = new Color(0, 0, 0, 30);

  private TrackPicture() {}

  public static void write(FeatureExtractor.Analysis analysis, Path png) throws IOException {
    byte[] picture = PngPictures.draw(WIDTH, HEIGHT, BACKGROUND, g -> {
      TrackFeatures f = analysis.features();
      AnalysisCurves c = analysis.curves();
      double duration = Math.max(f.durationSeconds(), 0.1);
      header(g, f);
      waveform(g, c, duration, 110, 270);
      loudness(g, c, f, duration, 420, 190);
      chromagram(g, c, duration, 650, 220);
    });
    java.nio.file.Files.createDirectories(png.toAbsolutePath().getParent());
    ai.sergik.io.AtomicFiles.writeBytes(png, picture);
  }

  private static void header(Graphics2D g, TrackFeatures f) {
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    g.drawString(f.filename(), LEFT, 36);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    String line = String.format(
        Locale.ROOT,
        "%s BPM   %s   %s LUFS   LRA %s LU   true peak %s dBTP   energy %s/10   %s   %.1f s",
        or(f.bpm()),
        f.key() == null
            ? "key ?"
            : f.key().camelot() + " (" + f.key().sharpName() + (f.keyUnsure() ? ", unsure" : "")
                + ")",
        or(f.lufs()),
        or(f.loudnessRange()),
        or(f.truePeakDbtp()),
        f.energyLevel() == null ? "?" : f.energyLevel(),
        f.mood() == null ? "" : f.mood(),
        f.durationSeconds());
    g.drawString(line, LEFT, 66);
    if (!f.notes().isEmpty()) {
      g.setColor(new Color(150, 60, 0));
      g.drawString(String.join("; ", f.notes()), LEFT, 90);
    }
  }

  private static String or(Double d) {
    return d == null ? "?" : String.format(Locale.ROOT, "%.1f", d);
  }

  private static int x(double seconds, double duration) {
    return LEFT + (int) Math.round(seconds / duration * (WIDTH - LEFT - RIGHT));
  }

  private static void panel(Graphics2D g, String title, int top, int height) {
    g.setColor(Color.WHITE);
    g.fillRect(LEFT, top, WIDTH - LEFT - RIGHT, height);
    g.setColor(GRID);
    g.drawRect(LEFT, top, WIDTH - LEFT - RIGHT, height);
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(title, LEFT, top - 6);
  }

  private static void waveform(
      Graphics2D g, AnalysisCurves c, double duration, int top, int height) {
    panel(g, "waveform and beat grid", top, height);
    int mid = top + height / 2;
    int n = c.envelopeMin().length;
    g.setColor(WAVE);
    for (int i = 0; i < n; i++) {
      int px = x(i * 0.1, duration), next = Math.max(px + 1, x((i + 1) * 0.1, duration));
      int y1 = mid - (int) Math.round(Math.max(-1, Math.min(1, c.envelopeMax()[i])) * height / 2.0);
      int y2 = mid - (int) Math.round(Math.max(-1, Math.min(1, c.envelopeMin()[i])) * height / 2.0);
      g.fillRect(px, y1, next - px, Math.max(1, y2 - y1));
    }
    g.setColor(BEAT);
    for (double t : c.beatTimes()) {
      int px = x(t, duration);
      g.drawLine(px, top, px, top + height);
    }
  }

  private static void loudness(
      Graphics2D g, AnalysisCurves c, TrackFeatures f, double duration, int top, int height) {
    panel(g, "short-term loudness (3 s), LUFS", top, height);
    double lo = -60, hi = 0;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int db = -60; db <= 0; db += 10) {
      int y = top + (int) Math.round((hi - db) / (hi - lo) * height);
      g.setColor(GRID);
      g.drawLine(LEFT, y, WIDTH - RIGHT, y);
      g.setColor(INK);
      g.drawString(Integer.toString(db), LEFT - 30, y + 4);
    }
    double[] s = c.shortTermLufs();
    g.setColor(new Color(30, 130, 80));
    g.setStroke(new BasicStroke(1.5f));
    int px0 = -1, py0 = -1;
    for (int i = 0; i < s.length; i++) {
      if (!Double.isFinite(s[i]) || s[i] < lo) {
        px0 = -1;
        continue;
      }
      int px = x(3 + i * 0.1, duration);
      int py = top + (int) Math.round((hi - Math.min(hi, s[i])) / (hi - lo) * height);
      if (px0 >= 0) g.drawLine(px0, py0, px, py);
      px0 = px;
      py0 = py;
    }
    if (f.lufs() != null) {
      int y = top + (int) Math.round((hi - f.lufs()) / (hi - lo) * height);
      g.setColor(new Color(200, 100, 0));
      g.drawLine(LEFT, y, WIDTH - RIGHT, y);
      g.drawString(
          String.format(Locale.ROOT, "integrated %.1f", f.lufs()), WIDTH - RIGHT - 120, y - 4);
    }
    g.setStroke(new BasicStroke(1f));
  }

  private static void chromagram(
      Graphics2D g, AnalysisCurves c, double duration, int top, int height) {
    panel(g, "chroma", top, height);
    List<float[]> frames = c.chromagram();
    double rowHeight = height / 12.0;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    String[] names = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    for (int pc = 0; pc < 12; pc++) {
      g.setColor(INK);
      g.drawString(names[pc], LEFT - 25, top + (int) Math.round((11.5 - pc) * rowHeight) + 4);
    }
    for (int i = 0; i < frames.size(); i++) {
      float[] v = frames.get(i);
      float max = 0;
      for (float a : v) max = Math.max(max, a);
      if (max <= 0) continue;
      int x0 = x(i * c.chromaSeconds(), duration),
          x1 = Math.max(x0 + 1, x((i + 1) * c.chromaSeconds(), duration));
      for (int pc = 0; pc < 12; pc++) {
        float level = v[pc] / max;
        int shade = 255 - Math.round(level * 220);
        g.setColor(new Color(shade, shade, 255 - Math.round(level * 90)));
        int y0 = top + (int) Math.round((11 - pc) * rowHeight);
        g.fillRect(x0, y0, x1 - x0, (int) Math.ceil(rowHeight));
      }
    }
  }
}
