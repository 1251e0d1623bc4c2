package ai.sergik.generate;

import ai.sergik.music.Key;
import ai.sergik.music.Mode;
import ai.sergik.music.Progression;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Preset progressions for the church modes other than major and minor, each built around the chord that
 * gives the mode its colour and made only of the mode's own chords, so chords, bass, arpeggio and melody
 * use exactly the mode's seven notes.
 *
 * <p>Numerals carry their accidental from the major scale, as producers write them: dorian's major
 * {@code IV}, phrygian's {@code bII}, lydian's major {@code II}, mixolydian's {@code bVII} against a major
 * {@code I}, locrian's {@code bII} and {@code bV} around a half-diminished {@code i°}. Each mode has
 * three; the chord style picks one (its place in {@link ChordStyle}'s order, modulo three).
 */
public final class ModalProgressions {
  private static final List<ChordStyle> STYLE_ORDER = Arrays.asList(ChordStyle.values());

  private ModalProgressions() {}

  private static final String[] DORIAN = {"i-IV-i-IV", "i-ii-bIII-IV", "i-bVII-IV-i"};
  private static final String[] PHRYGIAN = {"i-bII-i-bII", "i-bII-bIII-bII", "i-bII-bvii-i"};
  private static final String[] LYDIAN = {"I-II-I-II", "I-II-iii-II", "I-II-vii-V"};
  private static final String[] MIXOLYDIAN = {"I-bVII-IV-I", "I-bVII-I-bVII", "I-v-bVII-IV"};
  private static final String[] LOCRIAN = {
    "i\u00b0-bII-i\u00b0-bII", "i\u00b0-bII-biii-bII", "i\u00b0-bV-bII-i\u00b0"
  };

  /** The presets of a mode, or an empty list for major and minor (whose presets are the style's own). */
  public static List<String> presets(Mode mode) {
    switch (mode) {
      case DORIAN:
        return Collections.unmodifiableList(Arrays.asList(DORIAN));
      case PHRYGIAN:
        return Collections.unmodifiableList(Arrays.asList(PHRYGIAN));
      case LYDIAN:
        return Collections.unmodifiableList(Arrays.asList(LYDIAN));
      case MIXOLYDIAN:
        return Collections.unmodifiableList(Arrays.asList(MIXOLYDIAN));
      case LOCRIAN:
        return Collections.unmodifiableList(Arrays.asList(LOCRIAN));
      default:
        return Collections.emptyList();
    }
  }

  /** The preset for a chord style in a key: a modal one for a modal key, else the style's major or minor preset. */
  static Progression preset(ChordStyle chordStyle, Key key) {
    return preset(chordStyle, key, 0);
  }

  /**
   * As {@link #preset(ChordStyle, Key)}, moved on by {@code variant} (the request's preset number): the next of
   * the mode's three presets, or the style's next preset for major and minor.
   */
  static Progression preset(ChordStyle chordStyle, Key key, int variant) {
    List<String> modal = presets(key.mode());
    if (modal.isEmpty()) return chordStyle.presetProgression(key.isMinor(), variant);
    int index = STYLE_ORDER.indexOf(chordStyle) + Math.max(0, variant);
    return Progression.parse(modal.get(index % modal.size()));
  }
}
