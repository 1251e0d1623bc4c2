package ai.sergik.analysis;

import java.util.Arrays;

/** A growable list of primitive doubles: per-block results whose count depends on the file's length. */
final class DoubleList {
  private double[] values = new double[256];
  private int size;

  void add(double v) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = v;
  }

  double get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  double[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
