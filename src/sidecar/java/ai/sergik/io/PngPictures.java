package ai.sergik.io;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Pictures drawn with Java2D off screen (headless) and encoded as PNG: charts, the Camelot wheel, track pictures. */
public final class PngPictures {
  private PngPictures() {}

  /** What is drawn on the canvas; it may throw, and nothing is encoded then. */
  @FunctionalInterface
  public interface Painter {
    void paint(Graphics2D g) throws IOException;
  }

  /**
   * A {@code width} by {@code height} picture, filled with {@code background} and then drawn by {@code painter}
   * with antialiased shapes and text, as PNG bytes.
   */
  public static byte[] draw(int width, int height, Color background, Painter painter)
      throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(background);
      g.fillRect(0, 0, width, height);
      painter.paint(g);
    } finally {
      g.dispose();
    }
    return encode(image);
  }

  /** {@code image} as PNG bytes. */
  public static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }
}
