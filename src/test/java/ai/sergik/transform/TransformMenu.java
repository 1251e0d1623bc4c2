package ai.sergik.transform;

import java.util.List;

/** The transforms the device's menu, the HTTP API and the command line offer, in menu order. */
public final class TransformMenu {
  public static final List<String> NAMES = List.of(
      "strum", "legato", "quantize", "velocity", "ornament", "recombine", "connect", "transpose");

  private TransformMenu() {}

  /** For {@code @MethodSource("ai.sergik.transform.TransformMenu#names")}. */
  public static List<String> names() {
    return NAMES;
  }
}
