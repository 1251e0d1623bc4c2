package ai.sergik.als;

/**
 * The limits that keep one hostile or broken file from taking the whole scan down with it. Real sets
 * are 4 KiB–4 MiB compressed and 32 KiB–40 MiB of XML at 4–20× compression, with elements nested
 * some 40 deep; every default leaves a wide margin above that.
 *
 * @param maxCompressedBytes the largest .als file read at all
 * @param maxXmlBytes the most XML one set may inflate to
 * @param maxInflationRatio XML bytes per compressed byte beyond {@code inflationRatioFloorBytes};
 *     a gzip bomb inflates at 1000:1, real sets at most about 20:1
 * @param inflationRatioFloorBytes XML that may be inflated before the ratio is enforced
 * @param maxDepth the deepest element nesting accepted
 * @param maxRunBytes the longest stretch of text or attribute value without markup; bounds what the
 *     XML reader buffers for a single token
 * @param maxListedItems tracks, devices, clips, samples or locators listed per set; beyond it items
 *     are still counted but no longer listed, so memory stays bounded
 */
public record AlsLimits(
    long maxCompressedBytes,
    long maxXmlBytes,
    int maxInflationRatio,
    long inflationRatioFloorBytes,
    int maxDepth,
    int maxRunBytes,
    int maxListedItems) {

  public static final long DEFAULT_MAX_COMPRESSED_BYTES = 256L << 20;
  public static final long DEFAULT_MAX_XML_BYTES = 1L << 30;
  public static final int DEFAULT_MAX_INFLATION_RATIO = 100;
  public static final long DEFAULT_INFLATION_RATIO_FLOOR_BYTES = 16L << 20;
  public static final int DEFAULT_MAX_DEPTH = 256;
  public static final int DEFAULT_MAX_RUN_BYTES = 16 << 20;
  public static final int DEFAULT_MAX_LISTED_ITEMS = 100_000;

  public static final AlsLimits DEFAULTS = new AlsLimits(
      DEFAULT_MAX_COMPRESSED_BYTES,
      DEFAULT_MAX_XML_BYTES,
      DEFAULT_MAX_INFLATION_RATIO,
      DEFAULT_INFLATION_RATIO_FLOOR_BYTES,
      DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_RUN_BYTES,
      DEFAULT_MAX_LISTED_ITEMS);

  public AlsLimits {
    positive("maxCompressedBytes", maxCompressedBytes);
    positive("maxXmlBytes", maxXmlBytes);
    positive("maxInflationRatio", maxInflationRatio);
    positive("inflationRatioFloorBytes", inflationRatioFloorBytes);
    if (maxDepth < 8) {
      throw new IllegalArgumentException("maxDepth must be at least 8, got " + maxDepth);
    }
    positive("maxRunBytes", maxRunBytes);
    positive("maxListedItems", maxListedItems);
  }

  public AlsLimits withMaxXmlBytes(long value) {
    return with(value, maxRunBytes, maxListedItems);
  }

  public AlsLimits withMaxListedItems(int value) {
    return with(maxXmlBytes, maxRunBytes, value);
  }

  public AlsLimits withMaxRunBytes(int value) {
    return with(maxXmlBytes, value, maxListedItems);
  }

  private AlsLimits with(long xmlBytes, int runBytes, int listedItems) {
    return new AlsLimits(
        maxCompressedBytes,
        xmlBytes,
        maxInflationRatio,
        inflationRatioFloorBytes,
        maxDepth,
        runBytes,
        listedItems);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }
}
