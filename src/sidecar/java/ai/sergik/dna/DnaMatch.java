package ai.sergik.dna;

import java.util.List;
import java.util.Objects;

/**
 * How well one track fits the profile: a 0..100 score, the parts it is made of, and concrete
 * actions that would move the track closer.
 *
 * @param score points of the known parts scaled to 0..100
 * @param parts one per trait (bpm_zone, key, energy_band), unknown traits with {@code known=false}
 * @param suggestions plain-language actions, most useful first; empty when the track already fits
 */
public record DnaMatch(String track, int score, List<Part> parts, List<String> suggestions) {

  public DnaMatch {
    Objects.requireNonNull(track, "track");
    if (score < 0 || score > 100)
      throw new IllegalArgumentException("score must be 0..100, got " + score);
    parts = List.copyOf(parts);
    suggestions = List.copyOf(suggestions);
  }

  /**
   * One part of the score.
   *
   * @param name {@code bpm_zone}, {@code key} or {@code energy_band}
   * @param verdict a short word for the outcome: e.g. "same", "neighbour", "distant"
   * @param detail one sentence a producer can read
   */
  public record Part(
      String name, boolean known, int points, int max, String verdict, String detail) {
    public Part {
      if (points < 0 || points > max)
        throw new IllegalArgumentException(name + ": points must be 0.." + max + ", got " + points);
    }
  }

  public Part part(String name) {
    return parts.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no part " + name + " (parts: bpm_zone, key, energy_band)"));
  }
}
