package ai.sergik.analysis;

/**
 * Cuts a mono stream into overlapping frames of {@code size} samples every {@code hop} samples and
 * hands each full frame to a consumer. The frame array is reused: consumers copy what they keep.
 */
final class FrameSlicer implements MonoProcessor {
  interface FrameConsumer {
    void frame(float[] frame);
  }

  private final int size, hop;
  private final float[] buffer;
  private final float[] frame;
  private final FrameConsumer consumer;
  private int filled;

  FrameSlicer(int size, int hop, FrameConsumer consumer) {
    if (hop < 1 || size < 1)
      throw new IllegalArgumentException("size and hop must be >= 1, got " + size + ", " + hop);
    this.size = size;
    this.hop = hop;
    this.buffer = new float[Math.max(size, hop)];
    this.frame = new float[size];
    this.consumer = consumer;
  }

  @Override
  public void process(float[] samples, int n) {
    int i = 0;
    while (i < n) {
      int take = Math.min(n - i, buffer.length - filled);
      System.arraycopy(samples, i, buffer, filled, take);
      filled += take;
      i += take;
      if (filled == buffer.length) {
        System.arraycopy(buffer, 0, frame, 0, size);
        consumer.frame(frame);
        // keep the overlap (size - hop samples) at the front
        int keep = buffer.length - hop;
        System.arraycopy(buffer, hop, buffer, 0, keep);
        filled = keep;
      }
    }
  }
}
