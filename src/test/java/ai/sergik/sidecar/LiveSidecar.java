package ai.sergik.sidecar;

import ai.sergik.link.DeviceLink;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real sidecar for the tests that act on Live: started once per class on a {@link TestClock} (so devices stay
 * connected however slow the machine is), pushes and requests to Live waiting 1.5 s, and before each test the clock
 * moved past the heartbeat window (the devices of earlier tests are absent and the rate limit's bucket is full).
 * {@code @RegisterExtension static final LiveSidecar sidecar = new LiveSidecar();}
 */
final class LiveSidecar implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  final TestClock clock = new TestClock();
  final RunningSidecar server;

  LiveSidecar() {
    this(c -> c);
  }

  LiveSidecar(UnaryOperator<SidecarConfig> configure) {
    this.server = RunningSidecar.perClass(
        configure.apply(
            SidecarConfig.loopback(0, 0).withPushConfirmTimeout(Duration.ofMillis(1500))),
        clock);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.afterAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    clock.advance(DeviceLink.HEARTBEAT_WINDOW.plusSeconds(1));
  }

  /** A device that has made its handshake as {@code id} on {@code track} and answers from {@code live}. */
  FakeDevice device(String id, String track, FakeLive live) throws Exception {
    return device(id, track).serve(live);
  }

  /** A device that has made its handshake as {@code id} on {@code track}; the next device's comes 10 ms later. */
  FakeDevice device(String id, String track) throws Exception {
    FakeDevice d = new FakeDevice(server.oscPort());
    try {
      hello(d, id, track);
    } catch (Exception | AssertionError e) {
      d.close();
      throw e;
    }
    return d;
  }

  /** {@code device}'s handshake as {@code id} on {@code track}; the next device's comes 10 ms later. */
  void hello(FakeDevice device, String id, String track) throws Exception {
    device.hello(id, track);
    clock.advance(Duration.ofMillis(10));
  }
}
