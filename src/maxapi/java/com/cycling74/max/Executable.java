package com.cycling74.max;

/** Something a {@link MaxClock}, {@link MaxQelem} or {@link MaxSystem#defer} runs. Same shape as Cycling '74's. */
public interface Executable {
  void execute();
}
