package ai.sergik.generate;

/** What the drums play: the genre asked for (or the style's), how busy, and how many variations. */
public final class DrumOptions {
  public static final int DEFAULT_VARIATIONS = 4;
  public static final int MAX_VARIATIONS = 16;
  /** 0 = sparse, 1 = busy: hat density, ghost notes, percussion. */
  public static final double DEFAULT_DENSITY = 0.5;

  private final DrumGenre asked;
  private final DrumGenre genre;
  private final int variations;
  private final double density;

  /** Reads and checks the builder's drum fields; without a genre the style's own ({@link Style#drums}). */
  DrumOptions(GenerationRequest.Builder b, Style style) {
    this.asked = b.drumGenre == null ? null : DrumGenre.parse(b.drumGenre);
    if (b.drumVariations < 0 || b.drumVariations > MAX_VARIATIONS) {
      throw new IllegalArgumentException(
          "drum variations must be 0.." + MAX_VARIATIONS + ", got " + b.drumVariations);
    }
    if (!(b.density >= 0 && b.density <= 1)) {
      throw new IllegalArgumentException("density must be 0..1, got " + b.density);
    }
    this.genre = asked != null ? asked : style.drums();
    this.variations = b.drumVariations;
    this.density = b.density;
  }

  void copyTo(GenerationRequest.Builder b) {
    b.drumGenre(asked == null ? null : asked.id()).drumVariations(variations).density(density);
  }

  /** The drum genre that will be played. */
  public DrumGenre genre() {
    return genre;
  }

  /** The drum genre asked for, or null to derive it from the request's style. */
  public DrumGenre asked() {
    return asked;
  }

  /** How many variations of the seed pattern {@link Generators#drumVariations} makes. */
  public int variations() {
    return variations;
  }

  /** 0 = sparse .. 1 = busy. */
  public double density() {
    return density;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DrumOptions)) return false;
    DrumOptions d = (DrumOptions) o;
    return asked == d.asked
        && genre == d.genre
        && variations == d.variations
        && Double.compare(density, d.density) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new Object[] {asked, genre, variations, density});
  }

  @Override
  public String toString() {
    return (asked == null ? null : asked.id()) + " variations " + variations + " density "
        + density;
  }
}
