package ai.sergik.als;

import java.util.Objects;

/** An arrangement locator (marker), as stored: in creation order, time in beats. */
public record Locator(double time, String name) {
  public Locator {
    name = Objects.requireNonNullElse(name, "");
  }
}
