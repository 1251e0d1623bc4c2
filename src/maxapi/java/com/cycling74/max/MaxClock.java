package com.cycling74.max;

/**
 * Stand-in for Cycling '74's MaxClock: {@code delay}, {@code unset}, {@code getTime}, {@code tick},
 * {@code release} (there is no {@code set}). Time is the stand-in's virtual scheduler time, advanced by
 * {@link StandIn#advance(double)}, which fires due clocks in time order.
 */
public class MaxClock {
  private Executable executable;
  private boolean released;

  public MaxClock() {
    this(new Executable() {
      @Override
      public void execute() {}
    });
  }

  public MaxClock(Executable e) {
    this.executable = e;
  }

  public MaxClock(Object o, String methodName) {
    this(new Callback(o, methodName));
  }

  public Executable getExecutable() {
    return executable;
  }

  public void setExecutable(Executable e) {
    this.executable = e;
  }

  public void tick() {
    executable.execute();
  }

  /** Fires the executable {@code ms} milliseconds of scheduler time from now, replacing an earlier delay. */
  public void delay(double ms) {
    if (released) {
      throw new MaxRuntimeException("delay on a released MaxClock");
    }
    StandIn.schedule(this, ms);
  }

  public void unset() {
    StandIn.unschedule(this);
  }

  public void release() {
    if (!released) {
      unset();
      released = true;
    }
  }

  boolean isReleased() {
    return released;
  }

  /** The scheduler's logical time in milliseconds. */
  public static double getTime() {
    return StandIn.now();
  }
}
