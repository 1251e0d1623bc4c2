package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.cycling74.max.StandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests of one {@link SergikDevice} in a fresh Max API stand-in, its sidecar link off (no thread, no socket):
 * each test gets a new device, and after it no exception may have reached Max.
 */
abstract class OfflineDeviceTest {
  SergikDevice device;

  @BeforeEach
  final void createDevice() {
    StandIn.reset();
    device = DeviceHarness.offline();
  }

  @AfterEach
  final void deleteDevice() {
    StandIn.delete(device);
    assertThat(StandIn.escaped()).as("exceptions that reached Max").isEmpty();
  }
}
