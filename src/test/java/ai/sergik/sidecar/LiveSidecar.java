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
 * {@code @RegisterExtension static final LiveSidecar live = new LiveSidecar();}
 */
final class LiveSidecar implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  final TestClock clock = new TestClock();
  private final UnaryOperator<SidecarConfig> configure;
  RunningSidecar server;

  LiveSidecar() {
    this(c -> c);
  }

  LiveSidecar(UnaryOperator<SidecarConfig> configure) {
    this.configure = configure;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = RunningSidecar.start(
        configure.apply(
            SidecarConfig.loopback(0, 0).withPushConfirmTimeout(Duration.ofMillis(1500))),
        clock);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    clock.advance(DeviceLink.HEARTBEAT_WINDOW.plusSeconds(1));
  }

  /** A device that has made its handshake as {@code id} on {@code track} and answers from {@code live}. */
  FakeDevice device(String id, String track, FakeLive live) throws Exception {
    FakeDevice d = new FakeDevice(server.oscPort());
    d.hello(id, track);
    clock.advance(Duration.ofMillis(10));
    return d.serve(live);
  }
}
