package ai.sergik.studio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "What fits with this track", the way a DJ or a producer picking a sample would judge it: a key that
 * mixes harmonically (the same Camelot code, its relative, or a fifth either side), a tempo that locks
 * (within {@value #TEMPO_TOLERANCE} of the same, half or double time), and a similar sound (MFCC means
 * and chroma, when the analysis stored them). Pure: rows in, ranked rows out.
 */
final class TrackFits {
  private TrackFits() {}

  /** Relative tempo difference still mixed without audible stretching. */
  static final double TEMPO_TOLERANCE = 0.06;

  static final double KEY_WEIGHT = 0.4;
  static final double TEMPO_WEIGHT = 0.35;
  static final double TIMBRE_WEIGHT = 0.25;

  record Fit(Map<String, String> row, double score, List<String> reasons) {}

  static List<Fit> rank(Map<String, String> target, List<Map<String, String>> rows, int most) {
    double[] targetTimbre = timbre(target);
    List<Fit> fits = new ArrayList<>();
    for (Map<String, String> row : rows) {
      if (row == target || TrackView.idOf(row).equals(TrackView.idOf(target))) continue;
      List<String> reasons = new ArrayList<>();
      double score = 0;
      String keyRelation =
          keyRelation(target.getOrDefault("camelot", ""), row.getOrDefault("camelot", ""));
      if (keyRelation != null) {
        score += KEY_WEIGHT * (keyRelation.equals("same key") ? 1 : 0.8);
        reasons.add(keyRelation);
      }
      String tempoRelation = tempoRelation(number(target.get("bpm")), number(row.get("bpm")));
      if (tempoRelation != null) {
        score += TEMPO_WEIGHT * (tempoRelation.startsWith("same") ? 1 : 0.8);
        reasons.add(tempoRelation);
      }
      double[] timbre = timbre(row);
      if (targetTimbre != null && timbre != null) {
        double similarity = cosine(targetTimbre, timbre);
        score += TIMBRE_WEIGHT * Math.max(0, similarity);
        if (similarity >= 0.9)
          reasons.add(String.format(Locale.ROOT, "similar sound (%.0f %%)", similarity * 100));
      }
      if (!reasons.isEmpty()) fits.add(new Fit(row, score, List.copyOf(reasons)));
    }
    fits.sort(Comparator.comparingDouble(Fit::score)
        .reversed()
        .thenComparing(f -> f.row().getOrDefault("filename", "")));
    return fits.subList(0, Math.min(most, fits.size()));
  }

  /** How two Camelot codes mix, or null when they clash. */
  static String keyRelation(String a, String b) {
    if (!a.matches("(1[0-2]|[1-9])[AB]") || !b.matches("(1[0-2]|[1-9])[AB]")) return null;
    int na = Integer.parseInt(a.substring(0, a.length() - 1));
    int nb = Integer.parseInt(b.substring(0, b.length() - 1));
    boolean sameLetter = a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
    if (na == nb) return sameLetter ? "same key" : "relative key (" + b + ")";
    if (sameLetter && (nb == na % 12 + 1)) return "a fifth up (" + b + ")";
    if (sameLetter && (na == nb % 12 + 1)) return "a fifth down (" + b + ")";
    return null;
  }

  /** How two tempi lock, or null when they don't. */
  static String tempoRelation(double a, double b) {
    if (!(a > 0) || !(b > 0)) return null;
    double ratio = b / a;
    if (Math.abs(ratio - 1) <= TEMPO_TOLERANCE)
      return String.format(Locale.ROOT, "same tempo (%.0f BPM)", b);
    if (Math.abs(ratio - 0.5) <= TEMPO_TOLERANCE / 2)
      return String.format(Locale.ROOT, "half time (%.0f BPM)", b);
    if (Math.abs(ratio - 2) <= TEMPO_TOLERANCE * 2)
      return String.format(Locale.ROOT, "double time (%.0f BPM)", b);
    return null;
  }

  /** MFCC means 2..13 (the first is loudness) then the 12 chroma bins, or null when the row lacks them. */
  static double[] timbre(Map<String, String> row) {
    double[] v = new double[24];
    for (int i = 2; i <= 13; i++) {
      double x = number(row.get("mfcc_mean_" + i));
      if (Double.isNaN(x)) return null;
      v[i - 2] = x;
    }
    String[] names = {"C", "Cs", "D", "Ds", "E", "F", "Fs", "G", "Gs", "A", "As", "B"};
    for (int i = 0; i < 12; i++) {
      double x = number(row.get("chroma_" + names[i]));
      if (Double.isNaN(x)) return null;
      v[12 + i] = x;
    }
    return v;
  }

  static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static double number(String text) {
    if (text == null || text.isBlank()) return Double.NaN;
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
