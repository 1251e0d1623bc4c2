package com.cycling74.max;

/**
 * Stand-in for Cycling '74's MaxQelem. Max runs a set qelem once, later, on the low-priority thread; the
 * stand-in runs it at once on the calling thread, which keeps tests deterministic.
 */
public class MaxQelem {
  private Executable executable;
  private boolean released;

  public MaxQelem() {
    this(new Executable() {
      @Override
      public void execute() {}
    });
  }

  public MaxQelem(Executable e) {
    this.executable = e;
  }

  public MaxQelem(Object o, String methodName) {
    this(new Callback(o, methodName));
  }

  public Executable getExecutable() {
    return executable;
  }

  public void setExecutable(Executable e) {
    this.executable = e;
  }

  public void set() {
    if (!released) {
      qfn();
    }
  }

  public void front() {
    set();
  }

  public void unset() {}

  public void release() {
    released = true;
  }

  public void qfn() {
    executable.execute();
  }
}
