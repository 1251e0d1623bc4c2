package ai.sergik.cli;

import ai.sergik.io.AtomicFiles;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A piano-roll picture of notes (Java2D, headless): one row per pitch between the lowest and highest
 * note, bar and beat lines, notes shaded by velocity, chord names along the top.
 */
public final class PianoRoll {
  private PianoRoll() {}

  static final int BEAT_PX = 24;
  static final int ROW_PX = 8;
  static final int LEFT = 44;
  static final int TOP = 22;

  /** Renders and writes a PNG atomically. */
  public static void write(
      Path file, List<Note> notes, double lengthBeats, List<String> chordNames, String title)
      throws IOException {
    BufferedImage image = render(notes, lengthBeats, chordNames, title);
    AtomicFiles.write(file, out -> {
      if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
    });
  }

  public static BufferedImage render(
      List<Note> notes, double lengthBeats, List<String> chordNames, String title) {
    int low = 127;
    int high = 0;
    for (Note n : notes) {
      low = Math.min(low, n.pitch());
      high = Math.max(high, n.pitch());
    }
    if (notes.isEmpty()) {
      low = 60;
      high = 72;
    }
    low = Math.max(0, low - 2);
    high = Math.min(127, high + 2);
    int beats = (int) Math.ceil(Math.max(lengthBeats, 1));
    int width = LEFT + beats * BEAT_PX + 10;
    int height = TOP + (high - low + 1) * ROW_PX + 10;
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(30, 30, 34));
      g.fillRect(0, 0, width, height);
      // rows: black keys darker, C labelled
      for (int p = low; p <= high; p++) {
        int y = rowY(p, high);
        int pc = PitchClass.normalize(p);
        boolean black = pc == 1 || pc == 3 || pc == 6 || pc == 8 || pc == 10;
        g.setColor(black ? new Color(38, 38, 44) : new Color(48, 48, 56));
        g.fillRect(LEFT, y, beats * BEAT_PX, ROW_PX);
        if (pc == 0) {
          g.setColor(new Color(170, 170, 180));
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
          g.drawString(PitchClass.noteName(p), 4, y + ROW_PX);
        }
      }
      for (int b = 0; b <= beats; b++) {
        g.setColor(b % 4 == 0 ? new Color(110, 110, 125) : new Color(64, 64, 74));
        g.drawLine(LEFT + b * BEAT_PX, TOP, LEFT + b * BEAT_PX, height - 10);
      }
      for (Note n : notes) {
        int x = LEFT + (int) Math.round(n.start() * BEAT_PX);
        int w = Math.max(2, (int) Math.round(n.duration() * BEAT_PX) - 1);
        int y = rowY(n.pitch(), high);
        float v = n.velocity() / 127f;
        g.setColor(n.mute() ? Color.GRAY : new Color(0.25f + 0.5f * v, 0.55f + 0.35f * v, 0.95f));
        g.fillRect(x, y + 1, w, ROW_PX - 2);
        g.setColor(new Color(15, 15, 20));
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y + 1, w, ROW_PX - 2);
      }
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
      StringBuilder header = new StringBuilder(title == null ? "" : title);
      if (chordNames != null && !chordNames.isEmpty()) {
        header.append(header.length() == 0 ? "" : "   ").append(String.join(" | ", chordNames));
      }
      g.drawString(header.toString(), LEFT, 15);
    } finally {
      g.dispose();
    }
    return img;
  }

  private static int rowY(int pitch, int high) {
    return TOP + (high - pitch) * ROW_PX;
  }
}
