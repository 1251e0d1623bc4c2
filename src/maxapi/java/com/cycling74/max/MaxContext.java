package com.cycling74.max;

import java.util.Collections;
import java.util.Set;

/** Stand-in for Cycling '74's MaxContext. */
public class MaxContext {
  static final MaxContext INSTANCE = new MaxContext();

  MaxContext() {}

  public MaxObject getMaxObject(String name) {
    return null;
  }

  public Set<MaxObject> getAllObjects() {
    return Collections.emptySet();
  }

  public String getMxjVersion() {
    return "stand-in";
  }
}
