package ai.sergik.generate;

import ai.sergik.music.Progression;
import ai.sergik.music.Rng;
import ai.sergik.music.RomanNumeral;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Surprise me": a seeded variation of a progression with one or two chords swapped for a borrowed
 * chord (iv, bVI, bVII, iiø7 in major; IV, V7, vii°7 in minor) or a secondary dominant into the next
 * chord (V7/vi before vi). The first chord and every tonic chord stay, so the loop still states its key.
 */
final class Reharmonizer {
  private Reharmonizer() {}

  private static final Pattern SYMBOL =
      Pattern.compile("([b#\u266d\u266f]*)(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)(.*)");

  static Progression surprise(Progression p, long seed) {
    List<RomanNumeral> numerals = p.numerals();
    int n = numerals.size();
    String[] out = new String[n];
    for (int i = 0; i < n; i++) out[i] = numerals.get(i).toString();
    boolean minorTonic = false;
    for (RomanNumeral r : numerals) if (r.isTonic()) minorTonic = r.isMinorTriad();
    List<int[]> options =
        new ArrayList<int[]>(); // {position, kind}: 0 borrowed, 1 secondary dominant
    for (int i = 1; i < n; i++) {
      if (borrowed(out[i], minorTonic) != null) options.add(new int[] {i, 0});
      if (secondaryInto(out[(i + 1) % n]) != null && !numerals.get(i).isTonic())
        options.add(new int[] {i, 1});
    }
    if (options.isEmpty()) return p;
    Rng random = new Rng(seed * 0x2545F4914F6CDD1DL + 0x51);
    int changes = Math.min(options.size(), 1 + random.nextInt(2));
    boolean[] changed = new boolean[n];
    for (int c = 0; c < changes; c++) {
      int pick = random.nextInt(options.size());
      int[] o = options.remove(pick);
      if (changed[o[0]]) continue;
      changed[o[0]] = true;
      out[o[0]] = o[1] == 0 ? borrowed(out[o[0]], minorTonic) : secondaryInto(out[(o[0] + 1) % n]);
      if (options.isEmpty()) break;
    }
    StringBuilder sb = new StringBuilder();
    for (String s : out) sb.append(sb.length() == 0 ? "" : "-").append(s);
    return Progression.parse(sb.toString());
  }

  /** The chord borrowed from the parallel mode for a diatonic symbol, or null. */
  static String borrowed(String symbol, boolean minorTonic) {
    Matcher m = SYMBOL.matcher(symbol);
    if (!m.matches() || !m.group(1).isEmpty() || symbol.contains("/")) return null;
    String numeral = m.group(2);
    if (!minorTonic) {
      switch (numeral) {
        case "IV":
          return "iv";
        case "vi":
          return "bVI";
        case "V":
          return "bVII";
        case "ii":
          return "ii\u00f87";
        default:
          return null;
      }
    }
    switch (numeral) {
      case "iv":
        return "IV";
      case "v":
        return "V7";
      case "VII":
        return "vii\u00b07";
      case "VI":
        return "bII";
      default:
        return null;
    }
  }

  /** A secondary dominant resolving into a symbol (V7/vi), or null when the symbol cannot be tonicised. */
  static String secondaryInto(String target) {
    Matcher m = SYMBOL.matcher(target);
    if (!m.matches() || !m.group(1).isEmpty() || target.contains("/")) return null;
    String numeral = m.group(2);
    String marks = m.group(3);
    if (numeral.equalsIgnoreCase("i") || numeral.equalsIgnoreCase("vii")) return null;
    if (marks.startsWith("\u00b0")
        || marks.startsWith("o")
        || marks.startsWith("dim")
        || marks.startsWith("\u00f8")) return null;
    return "V7/" + numeral;
  }
}
