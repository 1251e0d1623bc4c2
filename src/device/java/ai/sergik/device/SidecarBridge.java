package ai.sergik.device;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The device's side of the OSC link: opens and closes {@link SidecarLink}s and hands what a link hears over to
 * Max's main thread, where it reaches the inbox (the same {@link SidecarLink.Listener} calls, now on that thread)
 * only while that link is still the current one and the device is open.
 */
final class SidecarBridge {
  private final MainThread main;
  private final Console console;
  /** What the sidecar says, told on Max's main thread. */
  private final SidecarLink.Listener inbox;

  private SidecarLink link;
  /**
   * Counts connections, so that what an earlier (stopped) link hands over is recognised and dropped. Like
   * everything here it is used under the device's lock only: the hand-over reads it in the task {@link MainThread}
   * runs, which takes that lock, not on the link's thread.
   */
  private int generation;

  private boolean closed;
  /** Links stopped but maybe not ended yet; see {@link #takeStopped()}. */
  private final List<SidecarLink> stopped = new ArrayList<SidecarLink>();

  private SidecarLink.Settings settings;

  SidecarBridge(MainThread main, Console console, SidecarLink.Listener inbox) {
    this.main = main;
    this.console = console;
    this.inbox = inbox;
  }

  /** Connects (replacing an earlier connection) and introduces the device. */
  void connect(SidecarLink.Settings s, String deviceId, String trackName) {
    disconnect();
    settings = s;
    final int current = ++generation;
    try {
      link = new SidecarLink(s, new SidecarLink.Listener() {
        @Override
        public void status(boolean connected, String detail) {
          hand(current, () -> inbox.status(connected, detail));
        }

        @Override
        public void notes(int request, String json) {
          hand(current, () -> inbox.notes(request, json));
        }

        @Override
        public void error(int request, String message) {
          hand(current, () -> inbox.error(request, message));
        }

        @Override
        public void result(int request, String json) {
          hand(current, () -> inbox.result(request, json));
        }

        @Override
        public void request(String address, int request, String json) {
          hand(current, () -> inbox.request(address, request, json));
        }
      });
      link.identity(deviceId, trackName);
    } catch (IOException e) {
      link = null;
      console.error("sergik: cannot open the OSC port " + s.listenPort + ": " + e.getMessage());
    }
  }

  /**
   * Runs {@code task} on Max's main thread if the link that heard it is still current then. Not "link != null":
   * the link's thread starts in its constructor and may hear the sidecar's ack before {@code link} is assigned,
   * and a connection reported only on change must not be lost then.
   */
  private void hand(final int from, final Runnable task) {
    main.run(() -> {
      if (from == generation && !closed) {
        task.run();
      }
    });
  }

  /** Stops the link; its thread ends soon after ({@link #takeStopped()} gives it to wait for, outside the lock). */
  void disconnect() {
    generation++;
    if (link != null) {
      link.stop();
      stopped.add(link);
      link = null;
    }
  }

  /** The links stopped since the last call, for the caller to wait on without holding the device's lock. */
  List<SidecarLink> takeStopped() {
    List<SidecarLink> out = new ArrayList<SidecarLink>(stopped);
    stopped.clear();
    return out;
  }

  void close() {
    closed = true;
    disconnect();
  }

  /** The current link, null when off. */
  SidecarLink link() {
    return link;
  }

  SidecarLink.Settings settings() {
    return settings;
  }

  boolean connected() {
    return link != null && link.connected();
  }

  boolean threadAlive() {
    return link != null && link.threadAlive();
  }
}
