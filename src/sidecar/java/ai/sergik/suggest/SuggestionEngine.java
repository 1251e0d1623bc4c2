package ai.sergik.suggest;

import ai.sergik.catalog.CatalogEntry;
import ai.sergik.catalog.CatalogIndex;
import ai.sergik.dna.BpmZone;
import ai.sergik.dna.DnaProfile;
import ai.sergik.listen.ClipListener;
import ai.sergik.listen.ClipReading;
import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Suggestions for the clip the producer is working on, from their DNA profile and their library: the tempo toward
 * the centre of their nearest home zone, the keys to take the next part into (or the transposition to their nearest
 * home key), and the finished track of theirs it is closest to. A pure function: the same request, profile and
 * catalog always give the same suggestions.
 */
public final class SuggestionEngine {
  private SuggestionEngine() {}

  /** A tempo this far (BPM) from its home zone's centre is nudged toward it (as {@code dna compare} does). */
  static final double CENTRE_TOLERANCE = 2.0;
  /** A library track "sounds like" the clip only within this many BPM of its tempo. */
  static final double CLOSE_TEMPO = 4.0;
  /** A set (which has a tempo but no key in the catalog) is named only within this many BPM. */
  static final double CLOSE_SET_TEMPO = 2.0;
  /** Ranking of library tracks: a Camelot neighbour counts as this many BPM further away than the same key. */
  static final double NEIGHBOUR_COST = 3.0;
  /** ... and energy outside the producer's sweet spot as this many. */
  static final double ENERGY_COST = 2.0;

  public static Suggestions suggest(
      SuggestRequest request, DnaProfile profile, CatalogIndex catalog) {
    List<String> lines = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<SuggestAction> actions = new ArrayList<>();

    OptionalDouble goal = tempo(request.tempo(), profile, lines, details, actions);

    Optional<Key> key = request.key();
    String keyFrom = key.isPresent() ? "given" : "none";
    if (key.isEmpty()) {
      key = heardKey(request);
      if (key.isPresent()) keyFrom = "notes";
    }
    key(key, keyFrom, profile, lines, details, actions);

    double tempo =
        request.tempo().isPresent() ? request.tempo().getAsDouble() : goal.orElse(Double.NaN);
    Optional<Key> keyAfter = key;
    double tempoAfter = tempo;
    for (SuggestAction a : actions) {
      if (a.kind() == SuggestAction.Kind.SET_TEMPO) tempoAfter = a.value();
      if (a.kind() == SuggestAction.Kind.TRANSPOSE)
        keyAfter = key.map(k -> transposed(k, a.value()));
    }
    Optional<Suggestions.LibraryMatch> like =
        like(key, tempo, keyAfter, tempoAfter, profile, catalog, lines, details);
    return new Suggestions(lines, actions, details, key.map(Key::camelot), keyFrom, like);
  }

  // ---- tempo ----

  private static OptionalDouble tempo(
      OptionalDouble given,
      DnaProfile profile,
      List<String> lines,
      List<String> details,
      List<SuggestAction> actions) {
    int line = lines.size();
    List<BpmZone> home = profile.strongZones();
    if (home.isEmpty()) {
      lines.add("No tempo zones in your profile yet");
      details.add(
          "the DNA profile has no analysed tempos: run `sergik dna build` after analysing your tracks");
      return OptionalDouble.empty();
    }
    if (given.isEmpty()) {
      BpmZone top =
          home.stream().max(Comparator.comparingDouble(profile::zoneShare)).orElseThrow();
      int centre = (int) Math.round(profile.zoneCentre(top));
      lines.add(fit("Home tempo: " + centre + " BPM, " + shortName(top) + " zone"));
      details.add(String.format(
          Locale.ROOT,
          "Live's tempo is not known; your %s (%s) holds %s of your tracks, centred on %d BPM",
          top.description(),
          top.label(),
          percent(profile.zoneShare(top)),
          centre));
      actions.add(SuggestAction.applyTempo(line, centre));
      return OptionalDouble.of(centre);
    }
    double bpm = given.getAsDouble();
    BpmZone zone = BpmZone.of(bpm);
    if (home.contains(zone)) {
      int centre = (int) Math.round(profile.zoneCentre(zone));
      if (Math.abs(bpm - centre) >= CENTRE_TOLERANCE) {
        lines.add(fit("Tempo " + bpm(bpm) + " → your " + shortName(zone) + " zone " + centre));
        actions.add(SuggestAction.applyTempo(line, centre));
      } else {
        lines.add(fit("Tempo " + bpm(bpm) + ": home in your " + shortName(zone) + " zone"));
      }
      details.add(String.format(
          Locale.ROOT,
          "%s BPM is in your %s (%s), which holds %s of your tracks, centred on %d BPM",
          bpm(bpm),
          zone.description(),
          zone.label(),
          percent(profile.zoneShare(zone)),
          centre));
      return OptionalDouble.of(centre);
    }
    BpmZone target = home.stream()
        .min(Comparator.comparingDouble((BpmZone z) -> distance(bpm, z))
            .thenComparing(Comparator.comparingDouble(profile::zoneShare).reversed()))
        .orElseThrow();
    int centre = (int) Math.round(profile.zoneCentre(target));
    lines.add(fit("Tempo " + bpm(bpm) + " → your " + shortName(target) + " zone " + centre));
    actions.add(SuggestAction.applyTempo(line, centre));
    String felt = "";
    for (double factor : new double[] {0.5, 2}) {
      double t = bpm * factor;
      if (t >= 20 && t < 1000 && home.contains(BpmZone.of(t))) {
        felt = String.format(
            Locale.ROOT,
            "; or keep it and play it %s (%s BPM feels like %s, your %s)",
            factor < 1 ? "half-time" : "double-time",
            bpm(bpm),
            bpm(t),
            BpmZone.of(t).description());
        break;
      }
    }
    details.add(String.format(
        Locale.ROOT,
        "%s BPM is in your %s, which holds %s of your tracks; your nearest home zone is "
            + "the %s (%s, %s), centred on %d BPM%s",
        bpm(bpm),
        zone.description(),
        percent(profile.zoneShare(zone)),
        target.description(),
        target.label(),
        percent(profile.zoneShare(target)),
        centre,
        felt));
    return OptionalDouble.of(centre);
  }

  /** The word the status line uses for a zone; {@link BpmZone#description()} is too long for 40 characters. */
  static String shortName(BpmZone zone) {
    return switch (zone) {
      case BELOW_80 -> "slow";
      case FROM_80 -> "downtempo";
      case FROM_100 -> "mid-tempo";
      case FROM_120 -> "house";
      case FROM_130 -> "techno";
      case FROM_140 -> "fast";
    };
  }

  private static double distance(double bpm, BpmZone zone) {
    if (bpm < zone.low()) return zone.low() - bpm;
    if (bpm >= zone.high()) return bpm - zone.high() + 1;
    return 0;
  }

  // ---- key ----

  /** The key heard in the clip's notes; none for a drum clip or a clip without sounding notes. */
  static Optional<Key> heardKey(SuggestRequest request) {
    if (request.notes().isEmpty()) return Optional.empty();
    ClipReading reading;
    try {
      reading = ClipListener.hear(request.notes(), 0, 4);
    } catch (IllegalArgumentException nothingToHear) {
      return Optional.empty();
    }
    return reading.isDrums() || reading.key() == null
        ? Optional.empty()
        : Optional.of(reading.key().onWheel());
  }

  private static void key(
      Optional<Key> key,
      String keyFrom,
      DnaProfile profile,
      List<String> lines,
      List<String> details,
      List<SuggestAction> actions) {
    List<Key> home = profile.keyPreferences().isEmpty() ? List.of() : profile.homeKeys();
    if (key.isEmpty()) {
      if (home.isEmpty()) {
        lines.add("Set a key to get key suggestions");
        details.add(
            "no key was given or heard in the clip, and the profile has no key preferences");
        return;
      }
      StringBuilder line = new StringBuilder("Your home keys:");
      List<String> shown = new ArrayList<>();
      for (Key k : home) {
        String next = line + (shown.isEmpty() ? " " : ", ") + k.camelot();
        if (next.length() > Suggestions.MAX_LINE_CHARS) break;
        line.setLength(0);
        line.append(next);
        shown.add(k.camelot() + " " + percent(profile.keyShare(k)));
      }
      lines.add(line.toString());
      details.add("no key was given"
          + (keyFrom.equals("none") ? " or heard in the clip (drums, or no notes)" : "")
          + "; your home keys are " + String.join(", ", shown));
      return;
    }
    Key k = key.get();
    String heard = keyFrom.equals("notes") ? " (heard in the clip)" : "";
    Optional<Key> nearestHome = home.stream()
        .filter(h -> h.isMinor() == k.isMinor())
        .min(Comparator.comparingInt((Key h) -> Math.abs(k.semitonesTo(h)))
            .thenComparingInt(home::indexOf));
    if (!home.contains(k) && nearestHome.isPresent()) {
      Key to = nearestHome.get();
      int semitones = k.semitonesTo(to);
      lines.add(fit(
          "Key " + k.camelot() + " → your " + to.camelot() + ": transpose " + signed(semitones)));
      actions.add(SuggestAction.transpose(lines.size() - 1, semitones));
      details.add(String.format(
          Locale.ROOT,
          "%s (%s)%s is not one of your home keys; %s (%s) is, with %s of your tracks, "
              + "%s semitone%s away",
          k.camelot(),
          k.sharpName(),
          heard,
          to.camelot(),
          to.sharpName(),
          percent(profile.keyShare(to)),
          signed(semitones),
          Math.abs(semitones) == 1 ? "" : "s"));
      return;
    }
    List<Key> next = compatible(k, profile);
    lines.add(
        fit("Next part: " + next.get(0).camelot() + " or " + next.get(1).camelot() + " (Camelot)"));
    details.add(String.format(
        Locale.ROOT,
        "%s (%s)%s%s; the keys that mix into it are %s",
        k.camelot(),
        k.sharpName(),
        heard,
        home.contains(k)
            ? " is one of your home keys (" + percent(profile.keyShare(k)) + " of your tracks)"
            : "",
        String.join(
            ", ",
            next.stream()
                .map(n -> n.camelot() + " " + n.sharpName() + " " + percent(profile.keyShare(n)))
                .toList())));
  }

  /**
   * The keys a next part can move to without clashing: the relative (same number, other letter) and a fifth up and
   * down (one step round the wheel), those the producer uses most first.
   */
  static List<Key> compatible(Key key, DnaProfile profile) {
    int number = key.camelotNumber();
    List<Key> keys = new ArrayList<>(List.of(
        Key.camelot(number, !key.isMinor()),
        Key.camelot(number % 12 + 1, key.isMinor()),
        Key.camelot((number + 10) % 12 + 1, key.isMinor())));
    List<Key> wheelOrder = List.copyOf(keys);
    keys.sort(Comparator.comparingDouble(profile::keyShare)
        .reversed()
        .thenComparingInt(wheelOrder::indexOf));
    return keys;
  }

  // ---- sounds like ----

  /** {@code key} moved by {@code semitones}, in the same mode. */
  static Key transposed(Key key, int semitones) {
    return Key.of(key.tonic() + semitones, key.isMinor());
  }

  /**
   * The finished track nearest the clip in key and tempo; when there is none, the one nearest to where the other
   * suggestions take it ({@code keyAfter}, {@code tempoAfter}); else a set at that tempo.
   */
  private static Optional<Suggestions.LibraryMatch> like(
      Optional<Key> key,
      double tempo,
      Optional<Key> keyAfter,
      double tempoAfter,
      DnaProfile profile,
      CatalogIndex catalog,
      List<String> lines,
      List<String> details) {
    CatalogEntry best = nearestTrack(key, tempo, profile, catalog);
    boolean after = false;
    if (best == null && (!keyAfter.equals(key) || Double.compare(tempo, tempoAfter) != 0)) {
      best = nearestTrack(keyAfter, tempoAfter, profile, catalog);
      after = best != null;
    }
    if (best != null) {
      String camelot = best.key().camelot();
      String title = title(best.name());
      String suffix = (best.year() != 0 ? " (" + best.year() + ")" : "") + ", "
          + Math.round(best.bpm()) + " BPM " + camelot;
      lines.add(quoted(after ? "Then like " : "Like ", title, suffix));
      details.add(String.format(
          Locale.ROOT,
          "of your finished tracks, \"%s\" (%s BPM, %s %s%s) is closest in key and tempo%s",
          best.name(),
          bpm(best.bpm()),
          camelot,
          best.key().name(),
          Double.isNaN(best.energy()) ? "" : ", energy " + bpm(best.energy()),
          after
              ? " once the tempo and key above are applied (none is near the clip as it is)"
              : ""));
      return Optional.of(new Suggestions.LibraryMatch(
          best.kind().label(), best.name(), best.bpm(), camelot, best.year()));
    }
    return set(key, tempo, catalog, lines, details);
  }

  /**
   * The analysed track of the producer's nearest {@code key} (same key, else a Camelot neighbour) and {@code tempo}
   * (within {@link #CLOSE_TEMPO}), preferring energy inside their sweet spot; null when none is near.
   */
  private static CatalogEntry nearestTrack(
      Optional<Key> key, double tempo, DnaProfile profile, CatalogIndex catalog) {
    CatalogEntry best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (CatalogEntry e : catalog.entries()) {
      if (e.kind() == CatalogEntry.Kind.PROJECT || e.key() == null || Double.isNaN(e.bpm()))
        continue;
      double cost = 0;
      if (key.isPresent()) {
        Key k = e.key().onWheel();
        if (k.equals(key.get())) cost += 0;
        else if (k.isNeighbourOf(key.get())) cost += NEIGHBOUR_COST;
        else continue;
      }
      if (!Double.isNaN(tempo)) {
        double off = Math.abs(e.bpm() - tempo);
        if (off > CLOSE_TEMPO) continue;
        cost += off;
      }
      if (!Double.isNaN(e.energy()) && !profile.energy().contains((int) Math.round(e.energy())))
        cost += ENERGY_COST;
      if (best == null || cost < bestCost || (cost == bestCost && before(e, best))) {
        best = e;
        bestCost = cost;
      }
    }
    return best;
  }

  /** A set of the producer's at the clip's tempo (sets have a tempo in the catalog, but no key), or the last resort line. */
  private static Optional<Suggestions.LibraryMatch> set(
      Optional<Key> key,
      double tempo,
      CatalogIndex catalog,
      List<String> lines,
      List<String> details) {
    CatalogEntry set = null;
    if (!Double.isNaN(tempo)) {
      for (CatalogEntry e : catalog.entries()) {
        if (e.kind() != CatalogEntry.Kind.PROJECT || e.backup() || Double.isNaN(e.bpm())) continue;
        if (Math.abs(e.bpm() - tempo) > CLOSE_SET_TEMPO) continue;
        if (set == null
            || Math.abs(e.bpm() - tempo) < Math.abs(set.bpm() - tempo)
            || (Math.abs(e.bpm() - tempo) == Math.abs(set.bpm() - tempo) && before(e, set))) {
          set = e;
        }
      }
    }
    if (set != null) {
      String suffix =
          (set.year() != 0 ? " (" + set.year() + ")" : "") + ", " + Math.round(set.bpm()) + " BPM";
      lines.add(quoted("Set ", title(set.name()), suffix));
      details.add(String.format(
          Locale.ROOT,
          "no finished track of yours is near %s at %s BPM; your set \"%s\" is at %s BPM",
          key.map(Key::camelot).orElse("this key"),
          bpm(tempo),
          set.name(),
          bpm(set.bpm())));
      return Optional.of(
          new Suggestions.LibraryMatch("project", set.name(), set.bpm(), "", set.year()));
    }
    String where = key.map(k -> " in " + k.camelot()).orElse("")
        + (Double.isNaN(tempo) ? "" : " near " + Math.round(tempo) + " BPM");
    lines.add(fit("Nothing of yours" + where + " yet"));
    details.add("no analysed track of yours is" + where + " (same or neighbouring key, within "
        + (int) CLOSE_TEMPO + " BPM); analyse more exports to get \"sounds like\" suggestions");
    return Optional.empty();
  }

  /** Newer first, then by name: a stable order between equally close items. */
  private static boolean before(CatalogEntry a, CatalogEntry b) {
    if (a.year() != b.year()) return a.year() > b.year();
    int byName = a.name().compareToIgnoreCase(b.name());
    return byName != 0 ? byName < 0 : a.path().compareTo(b.path()) < 0;
  }

  /** The title of a track named "Artist - Title": what the producer calls it. */
  static String title(String name) {
    int dash = name.indexOf(" - ");
    String title = dash > 0 && dash + 3 < name.length() ? name.substring(dash + 3) : name;
    return title.strip().isEmpty() ? name.strip() : title.strip();
  }

  /** {@code prefix + 'name' + suffix}, the name shortened with an ellipsis so that the line fits. */
  static String quoted(String prefix, String name, String suffix) {
    String clean = name.replaceAll("\\p{Cntrl}", " ").strip();
    int room = Suggestions.MAX_LINE_CHARS - prefix.length() - suffix.length() - 2;
    String shown =
        clean.length() <= room ? clean : cut(clean, Math.max(1, room - 1)).strip() + "…";
    return fit(prefix + "'" + shown + "'" + suffix);
  }

  /** A line cut to the status area's width (a last resort: every line is built to fit). */
  static String fit(String line) {
    if (line.length() <= Suggestions.MAX_LINE_CHARS) return line;
    return cut(line, Suggestions.MAX_LINE_CHARS - 1) + "…";
  }

  /** The first {@code chars} UTF-16 units of {@code text}, one fewer rather than half a surrogate pair. */
  private static String cut(String text, int chars) {
    int end = Math.min(chars, text.length());
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    return text.substring(0, end);
  }

  static String bpm(double bpm) {
    return bpm == Math.rint(bpm)
        ? String.valueOf((long) bpm)
        : String.format(Locale.ROOT, "%.1f", bpm);
  }

  private static String signed(int semitones) {
    return semitones > 0 ? "+" + semitones : String.valueOf(semitones);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
