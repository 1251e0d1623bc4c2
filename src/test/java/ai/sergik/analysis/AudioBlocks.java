package ai.sergik.analysis;

/** Feeds audio to a meter in blocks of a fixed number of frames, as a file reader does. */
final class AudioBlocks {
  private AudioBlocks() {}

  /** What takes the blocks: the first {@code frames} frames of each channel of {@code block} are new audio. */
  interface Sink {
    void process(float[][] block, int frames);
  }

  static void feed(float[][] audio, int frames, Sink sink) {
    float[][] buf = new float[audio.length][frames];
    for (int at = 0; at < audio[0].length; at += frames) {
      int n = Math.min(frames, audio[0].length - at);
      for (int c = 0; c < audio.length; c++) {
        System.arraycopy(audio[c], at, buf[c], 0, n);
      }
      sink.process(buf, n);
    }
  }
}
