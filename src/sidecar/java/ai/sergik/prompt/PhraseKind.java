package ai.sergik.prompt;

import java.util.Optional;

/**
 * What a phrase of the {@link PromptVocabulary} sets in a {@link Reading} when {@link PhraseRules} or
 * {@link FuzzyMatching} finds it. The first phrase of a kind wins, except where a later one refines it (a humanize
 * level after "humanized"). Arpeggio directions are settled by {@link PhraseRules} once the part is known.
 */
enum PhraseKind {
  PART {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.part == null && r.unsupportedPart == null) {
        Optional<ai.sergik.generate.Part> known = PromptVocabulary.part(value);
        if (known.isPresent()) {
          r.part = known.get();
          r.note(start, "part", r.part.id(), text, remark);
        } else {
          r.unsupportedPart = (String) value;
          r.note(start, "part", r.unsupportedPart, text, remark);
        }
      }
    }
  },
  STYLE {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.style == null) {
        r.style = (String) value;
        r.note(start, "style", r.style, text, remark);
      }
    }
  },
  VOICING {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.voicing == null) {
        r.voicing = (String) value;
        r.note(start, "voicing", r.voicing, text, remark);
      }
    }
  },
  PATTERN,
  SEVENTHS {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.sevenths == null) {
        r.sevenths = (Boolean) value;
        r.note(start, "sevenths", r.sevenths, text, remark);
      }
    }
  },
  NINTHS {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.ninths == null) {
        r.ninths = (Boolean) value;
        r.note(start, "ninths", r.ninths, text, remark);
      }
    }
  },
  HUMANIZE {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.humanizeLevel == null) r.humanizeLevel = "normal";
      r.note(start, "humanize", "", text, remark);
    }
  },
  LEVEL {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.humanizeLevel == null || r.humanizeLevel.equals("normal"))
        r.humanizeLevel = (String) value;
      r.note(start, "humanize", "", text, remark);
    }
  },
  DENSITY {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.density == null) {
        r.density = (Double) value;
        r.note(start, "density", r.density, text, remark);
      }
    }
  },
  SWING {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.swing == null) r.swing = (Double) value;
      r.note(start, "humanize", "", text, remark);
    }
  },
  MOOD {
    @Override
    void take(Reading r, Object value, int start, String text, String remark) {
      if (r.mood == null) {
        r.mood = (MoodHint) value;
        r.note(start, "mood", r.mood.word(), text, remark);
      }
    }
  };

  /** Sets this kind's value from a phrase read at {@code start}; {@code remark} says how (e.g. "read as techno"). */
  void take(Reading r, Object value, int start, String text, String remark) {}
}
