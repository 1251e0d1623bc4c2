package ai.sergik.generate;

import java.util.List;

/**
 * How the bass plays. Hip-hop is spelled {@code hiphop} here, as the earlier tool named its bass lines; every
 * spelling of {@link Style#HIP_HOP} reads as it.
 */
public enum BassStyle implements Word {
  JAZZ(32), // acoustic bass
  HOUSE(38),
  TECHNO(38),
  HIP_HOP(38) {
    @Override
    public String id() {
      return "hiphop";
    }
  },
  FUNK(33), // finger bass
  SOUL(33),
  AMBIENT(39), // synth bass 2
  TRAP(38); // synth bass 1, 808-like sub

  private final int gmProgram;

  BassStyle(int gmProgram) {
    this.gmProgram = gmProgram;
  }

  /** The General MIDI program (0-based) of the bass track. */
  int gmProgram() {
    return gmProgram;
  }

  /** Every id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(BassStyle.class);
  }

  /** Reads any spelling of the style (see {@link Style}: "hip hop" is hiphop); the error lists the ids. */
  public static BassStyle parse(String text) {
    return Style.named(BassStyle.class, "bass style", text);
  }

  /** The id, as messages and file names spell it. */
  @Override
  public String toString() {
    return id();
  }
}
