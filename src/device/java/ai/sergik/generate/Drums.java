package ai.sergik.generate;

/** General MIDI drum map notes used by the drum generator. */
public final class Drums {
  private Drums() {}

  public static final int KICK = 36;
  public static final int RIM = 37;
  public static final int SNARE = 38;
  public static final int CLAP = 39;
  public static final int CLOSED_HAT = 42;
  public static final int LOW_TOM = 45;
  public static final int OPEN_HAT = 46;
  public static final int MID_TOM = 47;
  public static final int CRASH = 49;
  public static final int HIGH_TOM = 50;
  public static final int RIDE = 51;
  public static final int TAMBOURINE = 54;
  public static final int SHAKER = 70;
}
