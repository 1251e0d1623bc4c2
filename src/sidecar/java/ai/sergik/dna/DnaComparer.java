package ai.sergik.dna;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores a track against a {@link DnaProfile}. Tempo zone weighs 40 points (all of them in one of the
 * producer's home zones, else in proportion to the zone's share), key 35 (home key 35, Camelot neighbour
 * of a home key 20, distant 0), energy 25 (inside the sweet spot 25, one level off 12, further 0). A
 * trait that is unknown is left out and the rest scaled to 100, so a score never rewards missing data.
 */
public final class DnaComparer {
  public static final int BPM_POINTS = 40;
  public static final int KEY_POINTS = 35;
  public static final int KEY_NEIGHBOUR_POINTS = 20;
  public static final int ENERGY_POINTS = 25;
  public static final int ENERGY_NEAR_POINTS = 12;
  /** A track this far (BPM) from the centre of its zone gets a nudge towards it. */
  static final double CENTRE_TOLERANCE = 2.0;

  private final DnaProfile profile;

  public DnaComparer(DnaProfile profile) {
    this.profile = profile;
  }

  public DnaMatch compare(TrackTraits track) {
    List<DnaMatch.Part> parts = new ArrayList<>();
    List<String> suggestions = new ArrayList<>();
    parts.add(bpm(track, suggestions));
    parts.add(key(track, suggestions));
    parts.add(energy(track, suggestions));
    int points = 0, max = 0;
    for (DnaMatch.Part part : parts) {
      if (part.known()) {
        points += part.points();
        max += part.max();
      }
    }
    int score = max == 0 ? 0 : (int) Math.round(100.0 * points / max);
    return new DnaMatch(track.name(), score, parts, suggestions);
  }

  private DnaMatch.Part bpm(TrackTraits track, List<String> suggestions) {
    if (track.bpm().isEmpty()) {
      suggestions.add("give the tempo (--bpm) to score the BPM zone");
      return new DnaMatch.Part("bpm_zone", false, 0, BPM_POINTS, "unknown", "tempo not known");
    }
    double bpm = track.bpm().getAsDouble();
    BpmZone zone = BpmZone.of(bpm);
    double share = profile.zoneShare(zone);
    List<BpmZone> strong = profile.strongZones();
    // a home zone earns everything; a rarer zone earns in proportion to how close it comes to being
    // one
    int points = strong.contains(zone)
        ? BPM_POINTS
        : (int)
            Math.min(BPM_POINTS - 1, Math.round(BPM_POINTS * share / DnaProfile.STRONG_ZONE_SHARE));
    String verdict = strong.contains(zone) ? "home zone" : share > 0 ? "rare zone" : "outside";
    String detail = String.format(
        Locale.ROOT,
        "%s BPM is in your %s (%s), which holds %s of your tracks",
        tempo(bpm),
        zone.description(),
        zone.label(),
        percent(share));
    if (strong.contains(zone)) {
      double centre = Math.round(profile.zoneCentre(zone));
      if (Math.abs(bpm - centre) >= CENTRE_TOLERANCE) {
        suggestions.add(String.format(
            Locale.ROOT,
            "tempo %s → %s puts it at the centre of your %s (%s of your tracks)",
            tempo(bpm),
            tempo(centre),
            zone.description(),
            percent(share)));
      }
    } else if (!strong.isEmpty()) {
      BpmZone target =
          strong.stream().min(Comparator.comparingDouble(z -> distance(bpm, z))).orElseThrow();
      double goal = Math.round(profile.zoneCentre(target));
      suggestions.add(String.format(
          Locale.ROOT,
          "tempo %s → %s puts it in your %s (%s of your tracks)",
          tempo(bpm),
          tempo(goal),
          target.description(),
          percent(profile.zoneShare(target))));
      for (double factor : new double[] {2, 0.5}) {
        double felt = bpm * factor;
        if (felt > 0 && felt < 400 && strong.contains(BpmZone.of(felt))) {
          suggestions.add(String.format(
              Locale.ROOT,
              "or play it %s: %s BPM feels like %s, your %s",
              factor > 1 ? "half-time" : "double-time",
              tempo(bpm),
              tempo(felt),
              BpmZone.of(felt).description()));
          break;
        }
      }
    }
    return new DnaMatch.Part("bpm_zone", true, points, BPM_POINTS, verdict, detail);
  }

  private DnaMatch.Part key(TrackTraits track, List<String> suggestions) {
    if (track.key().isEmpty()) {
      suggestions.add("give the key (--key, e.g. 10B or D major) to score the key");
      return new DnaMatch.Part("key", false, 0, KEY_POINTS, "unknown", "key not known");
    }
    Key key = track.key().get();
    List<Key> home = profile.homeKeys();
    if (home.isEmpty()) {
      return new DnaMatch.Part(
          "key", false, 0, KEY_POINTS, "unknown", "the profile has no key preferences");
    }
    String homeList = String.join(
        ", ",
        home.stream().map(k -> k.camelot() + " " + percent(profile.keyShare(k))).toList());
    if (home.contains(key)) {
      return new DnaMatch.Part(
          "key",
          true,
          KEY_POINTS,
          KEY_POINTS,
          "same",
          key.camelot() + " (" + key.sharpName() + ") is one of your home keys (" + homeList + ")");
    }
    Key nearestHome = nearest(key, home);
    String move = transposition(key, nearestHome);
    if (home.stream().anyMatch(key::isNeighbourOf)) {
      Key neighbour = home.stream().filter(key::isNeighbourOf).findFirst().orElseThrow();
      suggestions.add(move);
      return new DnaMatch.Part(
          "key",
          true,
          KEY_NEIGHBOUR_POINTS,
          KEY_POINTS,
          "neighbour",
          key.camelot() + " (" + key.sharpName() + ") is a Camelot neighbour of your home key "
              + neighbour.camelot() + ": it mixes in, but is not one of your keys (" + homeList
              + ")");
    }
    suggestions.add(move);
    return new DnaMatch.Part(
        "key",
        true,
        0,
        KEY_POINTS,
        "distant",
        key.camelot() + " (" + key.sharpName() + ") is far from your home keys (" + homeList
            + ") on the Camelot wheel");
  }

  /** The home key reached with the smallest transposition, preferring the track's own mode. */
  private static Key nearest(Key key, List<Key> home) {
    Comparator<Key> byMove = Comparator.comparing((Key k) -> k.isMinor() != key.isMinor())
        .thenComparingInt(k -> Math.abs(key.semitonesTo(k)))
        .thenComparingInt(home::indexOf);
    return home.stream().min(byMove).orElseThrow();
  }

  private String transposition(Key from, Key to) {
    int semitones = from.semitonesTo(to);
    String share = percent(profile.keyShare(to)) + " of your tracks";
    if (from.isMinor() != to.isMinor()) {
      return String.format(
          Locale.ROOT,
          "rework it in %s (%s, %s): none of your home keys is %s",
          to.sharpName(),
          to.camelot(),
          share,
          from.isMinor() ? "minor" : "major");
    }
    return String.format(
        Locale.ROOT,
        "transpose %s%d semitone%s: %s (%s) → %s (%s), %s",
        semitones > 0 ? "+" : semitones < 0 ? "−" : "",
        Math.abs(semitones),
        Math.abs(semitones) == 1 ? "" : "s",
        from.sharpName(),
        from.camelot(),
        to.sharpName(),
        to.camelot(),
        share);
  }

  private DnaMatch.Part energy(TrackTraits track, List<String> suggestions) {
    DnaProfile.Energy spot = profile.energy();
    String band = spot.sweetSpotLow() + "–" + spot.sweetSpotHigh();
    if (track.energy().isEmpty()) {
      suggestions.add("give the energy level (--energy 1..10) to score the energy band");
      return new DnaMatch.Part(
          "energy_band", false, 0, ENERGY_POINTS, "unknown", "energy not known");
    }
    int level = track.energy().getAsInt();
    if (spot.contains(level)) {
      return new DnaMatch.Part(
          "energy_band",
          true,
          ENERGY_POINTS,
          ENERGY_POINTS,
          "inside",
          "energy " + level + " is inside your sweet spot " + band);
    }
    boolean above = level > spot.sweetSpotHigh();
    int target = above ? spot.sweetSpotHigh() : spot.sweetSpotLow();
    int off = Math.abs(level - target);
    suggestions.add(
        above
            ? "energy " + level + " → " + target
                + ": thin the drums or drop a layer to land in your " + band + " sweet spot"
            : "energy " + level + " → " + target
                + ": add percussion or lift the bass to reach your " + band + " sweet spot");
    return new DnaMatch.Part(
        "energy_band",
        true,
        off == 1 ? ENERGY_NEAR_POINTS : 0,
        ENERGY_POINTS,
        off == 1 ? "next to" : "outside",
        "energy " + level + " is " + off + " level" + (off == 1 ? "" : "s")
            + (above ? " above" : " below") + " your sweet spot " + band);
  }

  private static double distance(double bpm, BpmZone zone) {
    if (bpm < zone.low()) return zone.low() - bpm;
    if (bpm >= zone.high()) return bpm - zone.high() + 1;
    return 0;
  }

  static String tempo(double bpm) {
    return bpm == Math.rint(bpm)
        ? String.valueOf((long) bpm)
        : String.format(Locale.ROOT, "%.1f", bpm);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100).replace(" %", "%");
  }
}
