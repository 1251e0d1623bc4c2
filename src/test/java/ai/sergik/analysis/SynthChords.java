package ai.sergik.analysis;

import ai.sergik.music.Key;

/**
 * Chord progressions synthesized as summed harmonic tones (four partials falling 1/h, a root in the bass), for
 * key estimators that take a mono stream: the cadence I-IV-V-I in a major key, i-iv-V-i (harmonic minor's
 * dominant) in a minor one, each chord {@value #CHORD_SECONDS} s, played twice.
 */
final class SynthChords {
  static final double CHORD_SECONDS = 2;

  private SynthChords() {}

  static float[] cadence(Key key, float sampleRate) {
    int t = key.tonic();
    int[][] chords = key.isMinor()
        ? new int[][] {{0, 3, 7}, {5, 8, 12}, {7, 11, 14}, {0, 3, 7}}
        : new int[][] {{0, 4, 7}, {5, 9, 12}, {7, 11, 14}, {0, 4, 7}};
    int perChord = (int) (CHORD_SECONDS * sampleRate);
    float[] out = new float[2 * chords.length * perChord];
    for (int c = 0; c < 2 * chords.length; c++) {
      int[] chord = chords[c % chords.length];
      // chords around middle C (MIDI 60..71 for the tonic), the root an octave and a half lower
      int base = 60 + t;
      for (int note : chord) addTone(out, c * perChord, perChord, base + note, 0.2, sampleRate);
      addTone(out, c * perChord, perChord, base - 24 + chord[0] % 12, 0.3, sampleRate);
    }
    return out;
  }

  private static void addTone(
      float[] out, int from, int length, int midi, double amplitude, float rate) {
    double hz = 440 * Math.pow(2, (midi - 69) / 12.0);
    for (int h = 1; h <= 4; h++) {
      if (hz * h >= rate / 2) break;
      double w = 2 * Math.PI * hz * h / rate;
      for (int i = 0; i < length; i++) {
        double fade = Math.min(1, Math.min(i, length - i) / (0.01 * rate));
        out[from + i] += (float) (amplitude / h * fade * Math.sin(w * i));
      }
    }
  }

  /** Feeds the samples to a frame consumer in blocks, as the analysis chain does. */
  static void feed(float[] samples, int frame, int hop, FrameSlicer.FrameConsumer consumer) {
    FrameSlicer slicer = new FrameSlicer(frame, hop, consumer);
    float[] block = new float[FeatureExtractor.BLOCK_FRAMES];
    for (int at = 0; at < samples.length; at += block.length) {
      int n = Math.min(block.length, samples.length - at);
      System.arraycopy(samples, at, block, 0, n);
      slicer.process(block, n);
    }
  }

  /** All 24 major and minor keys, for parameterized tests. */
  static java.util.stream.Stream<Key> allKeys() {
    return java.util.stream.IntStream.range(0, 24).mapToObj(i -> Key.of(i % 12, i >= 12));
  }
}
