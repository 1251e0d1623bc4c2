package com.cycling74.max;

/** Thrown by the Max API for misuse, as in Cycling '74's max.jar. */
public class MaxRuntimeException extends RuntimeException {
  public MaxRuntimeException(String message) {
    super(message);
  }

  public MaxRuntimeException(Throwable cause) {
    super(cause);
  }
}
