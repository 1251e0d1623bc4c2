package ai.sergik.als;

/**
 * The song tempo.
 *
 * @param bpm the starting tempo: the first value of the tempo automation when there is one (since
 *     {@code Manual} is then not where the song starts), else {@code Manual}
 * @param manual the {@code Manual} value, NaN in Live 8 sets, which have none
 * @param automated whether the tempo changes over the song (automation with more than its initial event)
 * @param automationEvents how many tempo automation events the set holds, 0 if none
 */
public record Tempo(double bpm, double manual, boolean automated, int automationEvents) {
  public static final Tempo UNKNOWN = new Tempo(Double.NaN, Double.NaN, false, 0);
}
