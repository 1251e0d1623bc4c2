package ai.sergik.als;

/**
 * A time signature as Live stores it: one number {@code v}, numerator = v % 99 + 1 and denominator =
 * 2^(v / 99). 201 is 4/4, 200 is 3/4, 302 is 6/8. Live allows numerators 1–99 over 1, 2, 4, 8, 16.
 */
public record TimeSignature(int encoded) {
  public static final int MAX_ENCODED = 5 * 99 - 1;
  public static final TimeSignature FOUR_FOUR = new TimeSignature(201);

  public TimeSignature {
    if (encoded < 0 || encoded > MAX_ENCODED) {
      throw new IllegalArgumentException("time signature code must be 0.." + MAX_ENCODED
          + " (numerator-1 + 99*log2(denominator)), got " + encoded);
    }
  }

  public static TimeSignature of(int numerator, int denominator) {
    int log = Integer.numberOfTrailingZeros(denominator);
    if (numerator < 1
        || numerator > 99
        || denominator < 1
        || Integer.bitCount(denominator) != 1
        || log > 4) {
      throw new IllegalArgumentException("time signature must be 1..99 over 1, 2, 4, 8 or 16, got "
          + numerator + "/" + denominator);
    }
    return new TimeSignature(numerator - 1 + 99 * log);
  }

  public int numerator() {
    return encoded % 99 + 1;
  }

  public int denominator() {
    return 1 << (encoded / 99);
  }

  @Override
  public String toString() {
    return numerator() + "/" + denominator();
  }
}
