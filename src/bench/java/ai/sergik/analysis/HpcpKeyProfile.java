package ai.sergik.analysis;

import java.util.List;

/**
 * Key profiles of Essentia's {@code Key} algorithm (MTG/essentia, {@code src/algorithms/tonal/key.cpp}), as the
 * HPCP key estimator uses them: one value per scale degree, tonic first, for a major and a minor key.
 *
 * <p>With {@code polyphonic} set, a profile is turned into what a chord-playing recording sounds like, as Essentia's
 * {@code usePolyphony} with {@code useThreeChords} does (Gómez 2006): the key's tonic, subdominant and dominant
 * triads (i, iv, V in minor: the harmonic minor's dominant), each weighted by the profile's value at its root, and
 * every note of them with {@value #HARMONICS} harmonics of falling weight ({@value #HARMONIC_SLOPE} per harmonic).
 * A harmonic lands on the pitch class it is nearest to; the third harmonic, 19.02 semitones up, is shared between
 * the fifth and the minor sixth above by cos² of its distance to each.
 */
record HpcpKeyProfile(String name, List<Double> major, List<Double> minor) {
  /** Faraldo et al.'s profiles for electronic dance music ("edma"); the ones {@link KeyDetector} uses too. */
  static final HpcpKeyProfile EDMA = new HpcpKeyProfile(
      "edma",
      List.of(1.00, 0.29, 0.50, 0.40, 0.60, 0.56, 0.32, 0.80, 0.31, 0.45, 0.42, 0.39),
      List.of(1.00, 0.31, 0.44, 0.58, 0.33, 0.49, 0.29, 0.78, 0.43, 0.29, 0.53, 0.32));

  /** "edmm": EDM minor profile, major flat (Essentia's manual tweak: major keys, rare in EDM, read as minor). */
  static final HpcpKeyProfile EDMM = new HpcpKeyProfile(
      "edmm",
      List.of(0.083, 0.083, 0.083, 0.083, 0.083, 0.083, 0.083, 0.083, 0.083, 0.083, 0.083, 0.083),
      List.of(
          0.17235348,
          0.04,
          0.0761009,
          0.12,
          0.05621498,
          0.08527853,
          0.0497915,
          0.13451001,
          0.07458916,
          0.05003023,
          0.09187879,
          0.05545106));

  /** "braw": median profiles of a Beatport subset (Faraldo, Jordà and Herrera 2017). */
  static final HpcpKeyProfile BRAW = new HpcpKeyProfile(
      "braw",
      List.of(
          1.0000, 0.1573, 0.4200, 0.1570, 0.5296, 0.3669, 0.1632, 0.7711, 0.1676, 0.3827, 0.2113,
          0.2965),
      List.of(
          1.0000, 0.2330, 0.3615, 0.3905, 0.2925, 0.3777, 0.1961, 0.7425, 0.2701, 0.2161, 0.4228,
          0.2272));

  /** "bgate": braw with its four least relevant degrees set to zero; Essentia's {@code KeyExtractor} default. */
  static final HpcpKeyProfile BGATE = new HpcpKeyProfile(
      "bgate",
      List.of(1.00, 0.00, 0.42, 0.00, 0.53, 0.37, 0.00, 0.77, 0.00, 0.38, 0.21, 0.30),
      List.of(1.00, 0.00, 0.36, 0.39, 0.00, 0.38, 0.00, 0.74, 0.27, 0.00, 0.42, 0.23));

  static final List<HpcpKeyProfile> ALL = List.of(EDMA, EDMM, BRAW, BGATE);

  /** The profile of that name (edma, edmm, braw, bgate). */
  static HpcpKeyProfile named(String name) {
    return ALL.stream()
        .filter(p -> p.name.equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown key profile '" + name + "', expected one of edma, edmm, braw, bgate"));
  }

  /** Harmonics per note in the polyphonic profile (Essentia's {@code numHarmonics} default). */
  static final int HARMONICS = 4;
  /** Weight of each harmonic relative to the one below it (Essentia's {@code slope} default). */
  static final double HARMONIC_SLOPE = 0.6;

  private static final int[] MAJOR_TRIAD = {0, 4, 7}, MINOR_TRIAD = {0, 3, 7};

  HpcpKeyProfile {
    major = List.copyOf(major);
    minor = List.copyOf(minor);
  }

  /** The major-key profile, tonic first: the table itself, or its three-chord polyphonic version. */
  double[] majorProfile(boolean polyphonic) {
    return polyphonic ? threeChords(major, MAJOR_TRIAD) : values(major);
  }

  /** The minor-key profile, tonic first: the table itself, or its three-chord polyphonic version. */
  double[] minorProfile(boolean polyphonic) {
    return polyphonic ? threeChords(minor, MINOR_TRIAD) : values(minor);
  }

  /** Tonic and subdominant triads of the key's kind and a major dominant (in minor the harmonic minor's V). */
  private static double[] threeChords(List<Double> table, int[] triad) {
    double[] out = new double[12];
    addTriad(out, 0, triad, table.get(0));
    addTriad(out, 5, triad, table.get(5));
    addTriad(out, 7, MAJOR_TRIAD, table.get(7));
    return out;
  }

  private static double[] values(List<Double> table) {
    double[] out = new double[12];
    for (int i = 0; i < 12; i++) out[i] = table.get(i);
    return out;
  }

  private static void addTriad(double[] profile, int root, int[] triad, double weight) {
    for (int interval : triad) addNote(profile, (root + interval) % 12, weight);
  }

  /** Adds a note and its harmonics 2..{@value #HARMONICS}, each {@value #HARMONIC_SLOPE} times the one below. */
  static void addNote(double[] profile, int pitchClass, double weight) {
    double w = weight;
    for (int h = 1; h <= HARMONICS; h++) {
      double semitones = pitchClass + 12 * Math.log(h) / Math.log(2);
      double below = Math.floor(semitones);
      double fraction = semitones - below;
      if (fraction < 1e-9) {
        profile[(int) below % 12] += w;
      } else {
        double c = Math.cos(0.5 * Math.PI * fraction), s = Math.sin(0.5 * Math.PI * fraction);
        profile[(int) below % 12] += c * c * w;
        profile[((int) below + 1) % 12] += s * s * w;
      }
      w *= HARMONIC_SLOPE;
    }
  }
}
