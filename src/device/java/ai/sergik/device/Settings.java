package ai.sergik.device;

import ai.sergik.generate.ChordOptions;
import ai.sergik.generate.DrumOptions;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Part;
import ai.sergik.humanize.HumanizeSettings;

/**
 * The device's parameters as one immutable value. Each {@code withX} returns a copy; the device validates a
 * candidate completely (by building the engine's request from it) before it replaces the current settings,
 * so bad input leaves the state unchanged.
 */
final class Settings {
  static final int MIN_BARS = GenerationRequest.MIN_BARS;
  static final int MAX_BARS = GenerationRequest.MAX_BARS;

  final Part part;
  final String key;
  final String style;
  final String progression;
  final String voicing;
  final int bars;
  final long seed;
  /** 0..100 %. */
  final double density;
  /** 50..75 %. */
  final double swing;
  /** 8 or 16 (swing on eighths or sixteenths). */
  final int swingGrid;
  /** 0..100 ms. */
  final double timingMs;
  /** 0..64. */
  final int velocity;
  /** 0..100 ms of slow, correlated timing drift. */
  final double drift;

  private Settings(
      Part part,
      String key,
      String style,
      String progression,
      String voicing,
      int bars,
      long seed,
      double density,
      double swing,
      int swingGrid,
      double timingMs,
      int velocity,
      double drift) {
    this.part = part;
    this.key = key;
    this.style = style;
    this.progression = progression;
    this.voicing = voicing;
    this.bars = bars;
    this.seed = seed;
    this.density = density;
    this.swing = swing;
    this.swingGrid = swingGrid;
    this.timingMs = timingMs;
    this.velocity = velocity;
    this.drift = drift;
  }

  static Settings defaults() {
    return new Settings(
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
        HumanizeSettings.DEFAULT_DRIFT_MS);
  }

  Settings withPart(Part v) {
    return new Settings(
        v,
        key,
        style,
        progression,
        voicing,
        bars,
        seed,
        density,
        swing,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withKey(String v) {
    return new Settings(
        part,
        v,
        style,
        progression,
        voicing,
        bars,
        seed,
        density,
        swing,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withStyle(String v) {
    return new Settings(
        part,
        key,
        v,
        progression,
        voicing,
        bars,
        seed,
        density,
        swing,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withProgression(String v) {
    return new Settings(
        part, key, style, v, voicing, bars, seed, density, swing, swingGrid, timingMs, velocity,
        drift);
  }

  Settings withVoicing(String v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        v,
        bars,
        seed,
        density,
        swing,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withBars(int v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        v,
        seed,
        density,
        swing,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withSeed(long v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        bars,
        v,
        density,
        swing,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withDensity(double v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        bars,
        seed,
        v,
        swing,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withSwing(double v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        bars,
        seed,
        density,
        v,
        swingGrid,
        timingMs,
        velocity,
        drift);
  }

  Settings withSwingGrid(int v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        bars,
        seed,
        density,
        swing,
        v,
        timingMs,
        velocity,
        drift);
  }

  Settings withTiming(double v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        bars,
        seed,
        density,
        swing,
        swingGrid,
        v,
        velocity,
        drift);
  }

  Settings withVelocity(int v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        bars,
        seed,
        density,
        swing,
        swingGrid,
        timingMs,
        v,
        drift);
  }

  Settings withDrift(double v) {
    return new Settings(
        part,
        key,
        style,
        progression,
        voicing,
        bars,
        seed,
        density,
        swing,
        swingGrid,
        timingMs,
        velocity,
        v);
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
