package ai.sergik.device;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Key;
import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The device's parameters as its menus and dials set them (part, key, style, progression, voicing, bars, seed,
 * density, swing, grid, timing, velocity, drift). Each message is checked completely, by building the request it
 * would make, before the {@link Settings} change; swing, grid, timing and velocity also humanize the MIDI passing
 * through.
 */
final class Parameters {
  /** The key menu: Camelot codes in wheel order, as the patcher's live.menu lists them. */
  static final List<String> KEYS;

  static {
    List<String> keys = new ArrayList<String>();
    for (int i = 1; i <= 12; i++) {
      keys.add(i + "A");
      keys.add(i + "B");
    }
    KEYS = Collections.unmodifiableList(keys);
  }

  /** The part menu, in the patcher's order; {@code melody} is accepted by name as well (Part.parse reads every part). */
  static final List<String> PARTS =
      Collections.unmodifiableList(Arrays.asList("chords", "bass", "arp", "drums"));

  private final Playback playback;
  private Settings settings = Settings.defaults();

  Parameters(Playback playback) {
    this.playback = playback;
    playback.humanizeThrough(settings);
  }

  Settings settings() {
    return settings;
  }

  void part(Atom[] args) {
    Part p = Part.parse(Args.choice("part", args, PARTS));
    settings = settings.with(Settings.PART, p);
  }

  void key(Atom[] args) {
    String text = Args.choice("key", args, KEYS);
    Key key = Key.parse(text);
    Settings candidate = settings.with(Settings.KEY, key.code());
    candidate.request(candidate.part, playback.tempo());
    settings = candidate;
  }

  void style(Atom[] args) {
    String text = Args.choice("style", args, Generators.styles(Part.CHORDS));
    GenerationRequest checked =
        settings.with(Settings.STYLE, text).request(Part.CHORDS, playback.tempo());
    settings = settings.with(Settings.STYLE, checked.style().id());
  }

  void progression(Atom[] args) {
    String text = Args.text("progression", args, "i-VI-III-VII");
    String joined = text.trim().replaceAll("\\s+", "-");
    Settings candidate = settings.with(Settings.PROGRESSION, joined);
    candidate.request(Part.CHORDS, playback.tempo()).effectiveProgression();
    settings = candidate;
  }

  void voicing(Atom[] args) {
    String text = Args.choice("voicing", args, Generators.voicings());
    GenerationRequest checked =
        settings.with(Settings.VOICING, text).request(Part.CHORDS, playback.tempo());
    settings = settings.with(Settings.VOICING, checked.chords().voicing().id());
  }

  void bars(Atom[] args) {
    settings = settings.with(
        Settings.BARS, Args.wholeNumber("bars", args, Settings.MIN_BARS, Settings.MAX_BARS));
  }

  void seed(Atom[] args) {
    settings =
        settings.with(Settings.SEED, (long) Args.wholeNumber("seed", args, 0, Integer.MAX_VALUE));
  }

  void density(Atom[] args) {
    settings = settings.with(Settings.DENSITY, Args.number("density", args, 0, 100, " %"));
  }

  void swing(Atom[] args) {
    Settings candidate = settings.with(Settings.SWING, Args.number("swing", args, 50, 75, " %"));
    candidate.humanize(playback.tempo());
    humanizing(candidate);
  }

  void grid(Atom[] args) {
    int grid = Args.wholeNumber("grid", args, 8, 16);
    if (grid != 8 && grid != 16) {
      throw new IllegalArgumentException(
          "grid needs 8 (swing on 8th notes) or 16 (16th notes), got " + grid);
    }
    humanizing(settings.with(Settings.SWING_GRID, grid));
  }

  void timing(Atom[] args) {
    humanizing(settings.with(Settings.TIMING_MS, Args.number("timing", args, 0, 100, " ms")));
  }

  void velocity(Atom[] args) {
    double v = Args.number("velocity", args, 0, 64, "");
    humanizing(settings.with(Settings.VELOCITY, (int) Math.round(v)));
  }

  void drift(Atom[] args) {
    settings = settings.with(Settings.DRIFT, Args.number("drift", args, 0, 100, " ms"));
  }

  /** Takes settings that change how the MIDI passing through is humanized. */
  private void humanizing(Settings changed) {
    settings = changed;
    playback.humanizeThrough(settings);
  }
}
