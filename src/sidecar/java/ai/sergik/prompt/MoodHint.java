package ai.sergik.prompt;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.music.Key;
import java.util.Optional;

/**
 * A mood word and what it hints: a mode (used when the engine takes modes as keys), the quality that stands in
 * for it otherwise, and a style (used when the prompt names none).
 */
record MoodHint(String word, String mode, boolean minor, String style) {

  /** The key this mood suggests on the default tonic: its mode when the engine takes modes, else major or minor. */
  Key key() {
    return modeKey().orElseGet(() -> {
      Key home = Key.parse(GenerationRequest.DEFAULT_KEY);
      return minor
          ? (home.isMinor() ? home : home.relative())
          : (home.isMinor() ? home.relative() : home);
    });
  }

  Optional<Key> modeKey() {
    Key home = Key.parse(GenerationRequest.DEFAULT_KEY);
    try {
      return Optional.of(Key.parse(home.name().split(" ", -1)[0] + " " + mode));
    } catch (IllegalArgumentException engineHasNoModes) {
      return Optional.empty();
    }
  }
}
