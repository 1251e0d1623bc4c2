package ai.sergik.dna;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The producer's DNA: where their tempos, keys, energy and genres cluster, plus catalog facts. Shares
 * are fractions (0..1). Every field has a {@link Derivation} under the same name in {@link
 * #derivations()}, so any number can be traced back to files, rows and a rule.
 *
 * @param layout {@link #LAYOUT} for profiles this project writes, {@link #LEGACY_LAYOUT} for one
 *     read from the earlier tool's {@code dna.{bpm,keys,energy,genres}} layout
 */
public record DnaProfile(
    String generated,
    String layout,
    Map<String, Double> bpmZones,
    Bpm bpm,
    Map<String, Double> keyPreferences,
    Energy energy,
    Map<String, Double> genreDna,
    Map<String, Long> catalog,
    Map<String, Long> topCollaborators,
    Map<String, Long> projectsByYear,
    Map<String, Derivation> derivations) {

  public static final String LAYOUT = "sergik.dna/1";
  public static final String LEGACY_LAYOUT = "earlier-tool";

  /** Keys holding at least this share count as "home" keys for comparisons. */
  public static final double HOME_KEY_SHARE = 0.10;
  /** Zones holding at least this share count as the producer's zones for suggestions. */
  public static final double STRONG_ZONE_SHARE = 0.15;

  public DnaProfile {
    Objects.requireNonNull(layout, "layout");
    bpmZones = frozen(bpmZones);
    Objects.requireNonNull(bpm, "bpm");
    keyPreferences = frozen(keyPreferences);
    Objects.requireNonNull(energy, "energy");
    genreDna = frozen(genreDna);
    catalog = frozen(catalog);
    topCollaborators = frozen(topCollaborators);
    projectsByYear = frozen(projectsByYear);
    derivations = frozen(derivations);
  }

  /**
   * Tempo facts beyond the zone shares.
   *
   * @param zoneMedians median BPM of the tracks in each zone (suggestion targets)
   * @param histogram tracks per BPM rounded to a whole number
   */
  public record Bpm(
      double average,
      double median,
      Map<String, Double> zoneMedians,
      Map<Integer, Long> histogram) {
    public Bpm {
      zoneMedians = frozen(zoneMedians);
      histogram = frozen(histogram);
    }
  }

  /**
   * Energy (levels 1..10) facts.
   *
   * @param sweetSpotLow lowest level of the sweet spot
   * @param sweetSpotHigh highest level of the sweet spot
   * @param sweetSpotShare share of tracks inside the sweet spot
   * @param levels tracks per level
   */
  public record Energy(
      double average,
      int sweetSpotLow,
      int sweetSpotHigh,
      double sweetSpotShare,
      Map<Integer, Long> levels) {
    public Energy {
      if (sweetSpotLow > sweetSpotHigh) {
        throw new IllegalArgumentException(
            "energy sweet spot low " + sweetSpotLow + " is above high " + sweetSpotHigh);
      }
      levels = frozen(levels);
    }

    public boolean contains(int level) {
      return level >= sweetSpotLow && level <= sweetSpotHigh;
    }
  }

  public double zoneShare(BpmZone zone) {
    return bpmZones.getOrDefault(zone.label(), 0.0);
  }

  public double keyShare(Key key) {
    return keyPreferences.getOrDefault(key.camelot(), 0.0);
  }

  /** Keys with at least {@link #HOME_KEY_SHARE} of the tracks, largest first; at least the top key. */
  public List<Key> homeKeys() {
    List<Key> keys = new ArrayList<>();
    for (Map.Entry<String, Double> e : keyPreferences.entrySet()) {
      if (keys.isEmpty() || e.getValue() >= HOME_KEY_SHARE)
        keys.add(Key.parse(e.getKey()).onWheel());
    }
    return keys;
  }

  /** Zones with at least {@link #STRONG_ZONE_SHARE} of the tracks; at least the largest one. */
  public List<BpmZone> strongZones() {
    List<BpmZone> zones = new ArrayList<>();
    BpmZone top = null;
    for (BpmZone zone : BpmZone.values()) {
      if (zoneShare(zone) >= STRONG_ZONE_SHARE) zones.add(zone);
      if (top == null || zoneShare(zone) > zoneShare(top)) top = zone;
    }
    if (zones.isEmpty() && top != null && zoneShare(top) > 0) zones.add(top);
    return zones;
  }

  /** The tempo at the heart of a zone: the median of the producer's tracks there, else its middle. */
  public double zoneCentre(BpmZone zone) {
    Double median = bpm.zoneMedians().get(zone.label());
    if (median != null) return median;
    return Double.isInfinite(zone.high()) ? zone.low() + 10 : (zone.low() + zone.high() - 1) / 2;
  }

  private static <K, V> Map<K, V> frozen(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(map)));
  }
}
