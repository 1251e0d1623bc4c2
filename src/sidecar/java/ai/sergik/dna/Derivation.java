package ai.sergik.dna;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one field of the profile was produced: which files (with their row counts), the rule, the
 * counts the shares were computed from, and how many rows the rule could not use.
 */
public record Derivation(
    List<Source> sources, String rule, Map<String, Long> counts, long skipped) {

  public Derivation {
    sources = List.copyOf(sources);
    Objects.requireNonNull(rule, "rule");
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** A file a field was read from, relative to the data directory, and the records it held. */
  public record Source(String file, long rows) {
    public Source {
      Objects.requireNonNull(file, "file");
    }
  }
}
