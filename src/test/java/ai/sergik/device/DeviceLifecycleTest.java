package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Deleting the device (notifyDeleted) stops its OSC thread and closes its socket. */
class DeviceLifecycleTest {
  /**
   * The device's own threads (they are all named {@code sergik-...}): the rest of the JVM belongs to other tests,
   * whose pools may still be winding down while this one runs.
   */
  static int threads() {
    int n = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("sergik-")) n++;
    }
    return n;
  }

  /** Open file descriptors of this JVM (sockets included); Linux only, -1 elsewhere. */
  static long openFiles() throws IOException {
    Path fd = Paths.get("/proc/self/fd");
    if (!Files.isDirectory(fd)) {
      return -1;
    }
    try (Stream<Path> s = Files.list(fd)) {
      return s.count();
    }
  }

  static void settle(int threads, long files) throws Exception {
    long end = System.nanoTime() + 3_000_000_000L;
    while ((threads() > threads || openFiles() > files) && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  @Test
  void createAndDeleteOneHundredDevicesLeavesThreadAndSocketCountsWhereTheyStarted()
      throws Exception {
    StandIn.reset();
    try (UdpSidecarPeer peer = new UdpSidecarPeer()) {
      // One round first, so that class loading and JIT threads are not counted as leaks.
      SergikDevice warm =
          StandIn.create(SergikDevice.class, Atom.newAtom(peer.port()), Atom.newAtom(0));
      StandIn.delete(warm);
      Thread.sleep(200);
      int threadsBefore = threads();
      long filesBefore = openFiles();

      for (int i = 0; i < 100; i++) {
        SergikDevice d =
            StandIn.create(SergikDevice.class, Atom.newAtom(peer.port()), Atom.newAtom(0));
        DeviceHarness.send(d, "generate");
        DeviceHarness.send(d, "play");
        StandIn.advance(100);
        assertThat(d.core().oscThreadAlive()).isTrue();
        StandIn.delete(d);
        assertThat(d.core().oscThreadAlive()).as("OSC thread after delete").isFalse();
      }
      settle(threadsBefore, filesBefore);

      assertThat(threads()).as("the device's live threads").isLessThanOrEqualTo(threadsBefore);
      // other tests may still close files meanwhile; a leak is a count that grew
      assertThat(openFiles()).as("open files and sockets").isLessThanOrEqualTo(filesBefore);
      assertThat(StandIn.pendingClocks()).as("clocks still set").isZero();
    }
    assertThat(StandIn.escaped()).isEmpty();
  }
}
