package ai.sergik.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the sidecar's pools: daemons, so an unfinished pool never keeps the JVM alive after the command
 * or the server is done, and named {@code name-1}, {@code name-2}, ... so a thread dump says whose they are.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** A factory of daemon threads named {@code name-N}, N counting from 1 for this factory. */
  public static ThreadFactory named(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
