package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Musical measurements of the engine's output, shared by {@link EngineMetricsTest} (which asserts them over
 * every key and style) and {@link #main} (which prints the figures quoted in docs/engine.md).
 */
final class EngineMetrics {
  private EngineMetrics() {}

  static final long[] FIVE_SEEDS = {1, 2, 3, 4, 5};

  /** A note sequence without velocities: pitch, start and length, so that only pitch and timing count. */
  static List<String> shape(List<Note> notes) {
    List<String> out = new ArrayList<>(notes.size());
    for (Note n : notes)
      out.add(n.pitch() + "@" + Math.round(n.start() * 960) + "+" + Math.round(n.duration() * 960));
    return out;
  }

  /** How many different note sequences (pitch and timing) seeds 1-5 give. */
  static int distinctOverFiveSeeds(GenerationRequest.Builder b) {
    Set<List<String>> seen = new HashSet<>();
    for (long seed : FIVE_SEEDS)
      seen.add(shape(Generators.generate(b.seed(seed).build()).notes()));
    return seen.size();
  }

  /** The notes that start together, by onset tick, as sorted pitches. */
  static Map<Long, int[]> onsets(List<Note> notes) {
    Map<Long, List<Integer>> by = new TreeMap<>();
    for (Note n : notes)
      by.computeIfAbsent(Math.round(n.start() * 960), k -> new ArrayList<>()).add(n.pitch());
    Map<Long, int[]> out = new TreeMap<>();
    for (Map.Entry<Long, List<Integer>> e : by.entrySet()) {
      out.put(
          e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    return out;
  }

  /** Counts of {bottom semitones, minor ninths outside dominant chords, neighbours under C3 closer than a fifth}. */
  static int[] rubs(Generation g, Harmony h) {
    int[] counts = new int[3];
    for (Map.Entry<Long, int[]> e : onsets(g.notes()).entrySet()) {
      int[] v = e.getValue();
      Chord chord = spanAt(h, e.getKey() / 960.0).chord();
      if (v.length >= 2 && v[1] - v[0] == 1) counts[0]++;
      if (!Voicer.dominant(chord.quality())) {
        for (int i = 0; i < v.length; i++) {
          for (int j = i + 1; j < v.length; j++) {
            int d = v[j] - v[i];
            if (d > 12 && d % 12 == 1) counts[1]++;
          }
        }
      }
      for (int i = 0; i + 1 < v.length; i++) if (v[i] < 48 && v[i + 1] - v[i] < 7) counts[2]++;
    }
    return counts;
  }

  static ChordSpan spanAt(Harmony h, double t) {
    for (ChordSpan s : h.spans()) if (t >= s.start() - 1e-9 && t < s.end() - 1e-9) return s;
    throw new AssertionError("no chord at beat " + t);
  }

  /** Closed hats that start on the same tick as an open hat. */
  static int chokedOpenHats(List<Note> notes) {
    Set<Long> open = new HashSet<>();
    for (Note n : notes) if (n.pitch() == Drums.OPEN_HAT) open.add(Math.round(n.start() * 960));
    int n = 0;
    for (Note x : notes)
      if (x.pitch() == Drums.CLOSED_HAT && open.contains(Math.round(x.start() * 960))) n++;
    return n;
  }

  /** Whether the upper voices (bass excluded) are a close voicing with its second voice from the top dropped an octave. */
  static boolean isDropTwo(int[] upper) {
    if (upper.length < 4) return true;
    int[] raised = upper.clone();
    raised[0] += 12;
    java.util.Arrays.sort(raised);
    return raised[raised.length - 1] - raised[0] < 12 && raised[raised.length - 2] == upper[0] + 12;
  }

  static GenerationRequest.Builder chords(Key key, String style, String voicing) {
    return GenerationRequest.builder().key(key).style(style).voicing(voicing);
  }

  /** Prints the figures for docs/engine.md. */
  public static void main(String[] args) {
    int cases = 0;
    int minDistinct = 99;
    long sumDistinct = 0;
    Map<String, Integer> minByPart = new TreeMap<>();
    for (Key key : Key.all()) {
      for (String style : ChordStyle.ids()) {
        for (String voicing : Voicing.ids()) {
          int d = distinctOverFiveSeeds(chords(key, style, voicing));
          minByPart.merge("chords " + voicing, d, Math::min);
          minDistinct = Math.min(minDistinct, d);
          sumDistinct += d;
          cases++;
        }
        int arp = distinctOverFiveSeeds(
            GenerationRequest.builder().part(Part.ARP).key(key).style(style));
        minByPart.merge("arp", arp, Math::min);
        sumDistinct += arp;
        cases++;
      }
      for (String bass : BassStyle.ids()) {
        int d = distinctOverFiveSeeds(
            GenerationRequest.builder().part(Part.BASS).key(key).bassStyle(bass));
        minByPart.merge("bass " + bass, d, Math::min);
        sumDistinct += d;
        cases++;
      }
    }
    for (String genre : DrumGenre.ids()) {
      for (double density : new double[] {0, 0.5, 1}) {
        int d = distinctOverFiveSeeds(
            GenerationRequest.builder().part(Part.DRUMS).drumGenre(genre).density(density));
        minByPart.merge("drums " + genre, d, Math::min);
        sumDistinct += d;
        cases++;
      }
    }
    System.out.println("variety: " + cases + " cases, mean distinct sequences over seeds 1-5: "
        + String.format("%.2f", sumDistinct / (double) cases) + ", minimum per part: " + minByPart);
    int[] total = new int[3];
    int chords = 0;
    for (Key key : Key.all()) {
      for (String style : ChordStyle.ids()) {
        for (String voicing : Voicing.ids()) {
          for (boolean ninths : new boolean[] {false, true}) {
            for (long seed = 0; seed < 5; seed++) {
              GenerationRequest r =
                  chords(key, style, voicing).ninths(ninths).seed(seed).build();
              Generation g = Generators.generate(r);
              int[] c = rubs(g, Harmony.of(r));
              for (int i = 0; i < 3; i++) total[i] += c[i];
              chords += onsets(g.notes()).size();
            }
          }
        }
      }
    }
    System.out.println("voicings: " + chords + " chord onsets; bottom semitones " + total[0]
        + ", minor ninths outside dominants " + total[1] + ", low-interval breaks " + total[2]);
    int collisions = 0;
    int drumClips = 0;
    for (String genre : DrumGenre.ids()) {
      for (long seed = 0; seed < 10; seed++) {
        GenerationRequest r = GenerationRequest.builder()
            .part(Part.DRUMS)
            .drumGenre(genre)
            .seed(seed)
            .bars(8)
            .drumVariations(8)
            .build();
        collisions += chokedOpenHats(Generators.generate(r).notes());
        for (Generation v : Generators.drumVariations(r)) collisions += chokedOpenHats(v.notes());
        drumClips += 9;
      }
    }
    System.out.println(
        "drums: " + drumClips + " clips of 8 bars, closed hats on open-hat steps: " + collisions);
    double spread = 0;
    for (String style : Style.ids()) {
      for (long seed = 1; seed <= 5; seed++)
        spread = Math.max(spread, kickBassSpreadMs(style, seed, 15));
    }
    System.out.println(
        "band: kick and bass on one step, humanized at 15 ms timing / 7.5 ms drift, worst spread "
            + String.format("%.2f", spread) + " ms over every style and seeds 1-5");
    for (String genre : DrumGenre.ids()) {
      GenerationRequest r =
          GenerationRequest.builder().part(Part.DRUMS).drumGenre(genre).build();
      System.out.println("  " + genre + ": " + r.tempo() + " BPM, swing " + r.swing() + " %");
    }
  }

  /** The largest gap (ms) between a kick and a bass note that share a step, after humanizing both alike. */
  static double kickBassSpreadMs(String style, long seed, double timingMs) {
    GenerationRequest.Builder b =
        GenerationRequest.builder().style(style).seed(seed).bars(8);
    GenerationRequest drums = b.part(Part.DRUMS).build();
    ai.sergik.humanize.HumanizeSettings feel = ai.sergik.humanize.HumanizeSettings.builder()
        .timingMs(timingMs)
        .velocity(10)
        .driftMs(timingMs / 2)
        .tempo(drums.tempo())
        .seed(seed)
        .build();
    List<Note> kit = Generators.generate(drums).notes();
    List<Note> bass = Generators.generate(b.part(Part.BASS).build()).notes();
    List<Note> kitPlayed = ai.sergik.humanize.Humanizer.humanize(kit, feel);
    List<Note> bassPlayed = ai.sergik.humanize.Humanizer.humanize(bass, feel);
    Map<Long, Double> kicks = new TreeMap<>();
    for (int i = 0; i < kit.size(); i++)
      if (kit.get(i).pitch() == Drums.KICK)
        kicks.put(Math.round(kit.get(i).start() * 960), kitPlayed.get(i).start());
    double worst = 0;
    for (int i = 0; i < bass.size(); i++) {
      Double k = kicks.get(Math.round(bass.get(i).start() * 960));
      if (k != null)
        worst = Math.max(worst, Math.abs(k - bassPlayed.get(i).start()) * 60000 / drums.tempo());
    }
    return worst;
  }

  static String name(int pitch) {
    return PitchClass.noteName(pitch);
  }
}
