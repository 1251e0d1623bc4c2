package ai.sergik.generate;

/** What plays the melody ({@link MelodyInstrument}), which sets its register. */
public final class MelodyOptions {
  /** The instrument a melody is written for when none is named. */
  public static final String DEFAULT_INSTRUMENT = "lead";

  private final MelodyInstrument instrument;

  /** Reads and checks the builder's instrument. */
  MelodyOptions(GenerationRequest.Builder b) {
    this.instrument = MelodyInstrument.parse(b.melodyInstrument);
  }

  void copyTo(GenerationRequest.Builder b) {
    b.melodyInstrument(instrument.id());
  }

  /** Lead, pluck, piano, bell, flute, sax, vocal or bass. */
  public MelodyInstrument instrument() {
    return instrument;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MelodyOptions && instrument == ((MelodyOptions) o).instrument;
  }

  @Override
  public int hashCode() {
    return instrument.hashCode();
  }

  @Override
  public String toString() {
    return instrument.id();
  }
}
