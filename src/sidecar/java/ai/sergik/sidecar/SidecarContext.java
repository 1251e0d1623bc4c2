package ai.sergik.sidecar;

import ai.sergik.data.DataDir;
import ai.sergik.link.DeviceLink;
import java.time.Clock;
import java.time.Instant;

/**
 * What a feature's {@link ai.sergik.api.RouteModule} may use: the configuration, the data directory,
 * the link to the device in Live, the clock and the product version. Built once by {@link Sidecar}.
 */
public record SidecarContext(
    SidecarConfig config,
    DataDir data,
    DeviceLink device,
    Clock clock,
    Instant startedAt,
    String version) {}
