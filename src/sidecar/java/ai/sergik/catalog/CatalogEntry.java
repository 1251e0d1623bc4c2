package ai.sergik.catalog;

import ai.sergik.music.Key;
import java.util.List;
import java.util.Objects;

/**
 * One searchable item: a Live set, an audio export, or an analysed track.
 *
 * @param year the year it was last modified, or 0 when unknown
 * @param bpm tempo (a set's starting tempo, a track's analysed tempo), NaN when unknown
 * @param key the musical key when known, else null
 * @param samples the file names of the samples a set uses (lower case), for word matching only
 */
public record CatalogEntry(
    Kind kind,
    String name,
    String path,
    int year,
    String collaborator,
    double bpm,
    Key key,
    double energy,
    List<String> plugins,
    List<String> samples,
    String liveVersion,
    String modified,
    boolean backup) {

  /** What an entry is; {@link #label()} is the {@code type} in search answers. */
  public enum Kind {
    PROJECT,
    EXPORT,
    TRACK;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind parse(String text) {
      for (Kind k : values()) {
        if (k.label().equalsIgnoreCase(text.trim())) return k;
      }
      throw new IllegalArgumentException(
          "type must be project, export or track, got '" + text + "'");
    }
  }

  public CatalogEntry {
    Objects.requireNonNull(kind, "kind");
    name = Objects.requireNonNullElse(name, "");
    path = Objects.requireNonNullElse(path, "");
    collaborator = Objects.requireNonNullElse(collaborator, "");
    plugins = List.copyOf(plugins);
    samples = List.copyOf(samples);
    liveVersion = Objects.requireNonNullElse(liveVersion, "");
    modified = Objects.requireNonNullElse(modified, "");
  }
}
