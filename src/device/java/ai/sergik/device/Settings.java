package ai.sergik.device;

import ai.sergik.generate.ChordOptions;
import ai.sergik.generate.DrumOptions;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Part;
import ai.sergik.humanize.HumanizeSettings;

/**
 * The device's parameters as one immutable value: a table of typed settings. {@link #with} returns a copy with
 * one setting changed; the device validates a candidate completely (by building the engine's request from it)
 * before it replaces the current settings, so bad input leaves the state unchanged.
 */
final class Settings {
  static final int MIN_BARS = GenerationRequest.MIN_BARS;
  static final int MAX_BARS = GenerationRequest.MAX_BARS;

  /** A setting: its place in the table and the type of its value. */
  static final class Name<T> {
    private final int index;
    private final Class<T> type;

    private Name(int index, Class<T> type) {
      this.index = index;
      this.type = type;
    }

    private T in(Object[] values) {
      return type.cast(values[index]);
    }
  }

  static final Name<Part> PART = new Name<Part>(0, Part.class);
  static final Name<String> KEY = new Name<String>(1, String.class);
  static final Name<String> STYLE = new Name<String>(2, String.class);
  static final Name<String> PROGRESSION = new Name<String>(3, String.class);
  static final Name<String> VOICING = new Name<String>(4, String.class);
  static final Name<Integer> BARS = new Name<Integer>(5, Integer.class);
  static final Name<Long> SEED = new Name<Long>(6, Long.class);
  /** 0..100 %. */
  static final Name<Double> DENSITY = new Name<Double>(7, Double.class);
  /** 50..75 %. */
  static final Name<Double> SWING = new Name<Double>(8, Double.class);
  /** 8 or 16 (swing on eighths or sixteenths). */
  static final Name<Integer> SWING_GRID = new Name<Integer>(9, Integer.class);
  /** 0..100 ms. */
  static final Name<Double> TIMING_MS = new Name<Double>(10, Double.class);
  /** 0..64. */
  static final Name<Integer> VELOCITY = new Name<Integer>(11, Integer.class);
  /** 0..100 ms of slow, correlated timing drift. */
  static final Name<Double> DRIFT = new Name<Double>(12, Double.class);

  private final Object[] values;
  final Part part;
  final String key;
  final String style;
  final String progression;
  final String voicing;
  final int bars;
  final long seed;
  final double density;
  final double swing;
  final int swingGrid;
  final double timingMs;
  final int velocity;
  final double drift;

  private Settings(Object[] values) {
    this.values = values;
    part = PART.in(values);
    key = KEY.in(values);
    style = STYLE.in(values);
    progression = PROGRESSION.in(values);
    voicing = VOICING.in(values);
    bars = BARS.in(values);
    seed = SEED.in(values);
    density = DENSITY.in(values);
    swing = SWING.in(values);
    swingGrid = SWING_GRID.in(values);
    timingMs = TIMING_MS.in(values);
    velocity = VELOCITY.in(values);
    drift = DRIFT.in(values);
  }

  static Settings defaults() {
    return new Settings(new Object[] {
      GenerationRequest.DEFAULT_PART,
      GenerationRequest.DEFAULT_KEY,
      GenerationRequest.DEFAULT_STYLE,
      GenerationRequest.DEFAULT_PROGRESSION,
      ChordOptions.DEFAULT_VOICING,
      GenerationRequest.DEFAULT_BARS,
      GenerationRequest.DEFAULT_SEED,
      DrumOptions.DEFAULT_DENSITY * 100,
      HumanizeSettings.DEFAULT_SWING,
      HumanizeSettings.DEFAULT_SWING_GRID,
      HumanizeSettings.DEFAULT_TIMING_MS,
      HumanizeSettings.DEFAULT_VELOCITY,
      HumanizeSettings.DEFAULT_DRIFT_MS
    });
  }

  /** A copy with one setting changed. */
  <T> Settings with(Name<T> name, T value) {
    Object[] changed = values.clone();
    changed[name.index] = name.type.cast(value);
    return new Settings(changed);
  }

  /** The engine's humanize settings; throws IllegalArgumentException naming the bad amount. */
  HumanizeSettings humanize(double tempo) {
    return HumanizeSettings.builder()
        .timingMs(timingMs)
        .velocity(velocity)
        .swing(swing)
        .swingGrid(swingGrid)
        .driftMs(drift)
        .seed(seed)
        .tempo(Math.max(HumanizeSettings.MIN_TEMPO, Math.min(HumanizeSettings.MAX_TEMPO, tempo)))
        .build();
  }

  /** The engine request for these settings; throws IllegalArgumentException naming the bad field. */
  GenerationRequest request(Part forPart, double tempo) {
    return GenerationRequest.builder()
        .part(forPart)
        .key(key)
        .style(style)
        .progression(progression)
        .voicing(voicing)
        .bars(bars)
        .seed(seed)
        .density(density / 100.0)
        .tempo(Math.max(GenerationRequest.MIN_TEMPO, Math.min(GenerationRequest.MAX_TEMPO, tempo)))
        .build();
  }
}
