package ai.sergik.generate;

import java.util.List;

/** The drum genres, each a template of one bar ({@link DrumGenerator}). */
public enum DrumGenre implements Word {
  HOUSE,
  TECH_HOUSE,
  TECHNO,
  HIP_HOP,
  BOOM_BAP,
  TRAP,
  DRUM_AND_BASS,
  LO_FI,
  REGGAETON;

  /** The style of the same name, which gives the genre's tempo and swing. */
  public Style style() {
    return Style.valueOf(name());
  }

  /** Every id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(DrumGenre.class);
  }

  /** Reads any spelling of the genre (see {@link Style}: "DnB" is drum-and-bass); the error lists the ids. */
  public static DrumGenre parse(String text) {
    return Style.named(DrumGenre.class, "drum genre", text);
  }

  /** The id, as messages and file names spell it. */
  @Override
  public String toString() {
    return id();
  }
}
