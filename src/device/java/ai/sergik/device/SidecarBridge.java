package ai.sergik.device;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The device's side of the OSC link: opens and closes {@link SidecarLink}s and hands what a link hears over to
 * Max's main thread, where it reaches the {@link Inbox} only while that link is still the current one and the
 * device is open.
 */
final class SidecarBridge {
  /** What the sidecar says, on Max's main thread. */
  interface Inbox {
    void status(boolean connected, String detail);

    void notes(int request, String json);

    void error(int request, String message);

    void result(int request, String json);

    void request(String address, int request, String json);
  }

  private final MainThread main;
  private final Console console;
  private final Inbox inbox;
  private SidecarLink link;
  /** Counts connections, so that what an earlier (stopped) link hands over is recognised and dropped. */
  private volatile int generation;

  private volatile boolean closed;
  /** Links stopped but maybe not ended yet; see {@link #takeStopped()}. */
  private final List<SidecarLink> stopped = new ArrayList<SidecarLink>();

  private SidecarLink.Settings settings;

  SidecarBridge(MainThread main, Console console, Inbox inbox) {
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
        public void status(final boolean connected, final String detail) {
          hand(current, new Runnable() {
            @Override
            public void run() {
              inbox.status(connected, detail);
            }
          });
        }

        @Override
        public void notes(final int request, final String json) {
          hand(current, new Runnable() {
            @Override
            public void run() {
              inbox.notes(request, json);
            }
          });
        }

        @Override
        public void error(final int request, final String message) {
          hand(current, new Runnable() {
            @Override
            public void run() {
              inbox.error(request, message);
            }
          });
        }

        @Override
        public void result(final int request, final String json) {
          hand(current, new Runnable() {
            @Override
            public void run() {
              inbox.result(request, json);
            }
          });
        }

        @Override
        public void request(final String address, final int request, final String json) {
          hand(current, new Runnable() {
            @Override
            public void run() {
              inbox.request(address, request, json);
            }
          });
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
    main.run(new Runnable() {
      @Override
      public void run() {
        if (from == generation && !closed) {
          task.run();
        }
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

  int localPort() {
    return link == null ? -1 : link.localPort();
  }

  boolean threadAlive() {
    return link != null && link.threadAlive();
  }
}
