package ai.sergik.live;

import ai.sergik.api.ApiResponse;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import java.util.Objects;

/**
 * {@code POST /live/control}: tempo, transport, a track's volume, pan, mute, solo and arm, firing a clip slot or a
 * scene, one control or several in order, applied through the SERGIK device in Live and answered with what Live
 * reports. 409 when no device is connected; Live's refusal (unknown track, slot out of range) is a 400 with its words.
 */
public final class ControlRoutes implements RouteModule {
  private final LiveControl control;

  public ControlRoutes(LiveControl control) {
    this.control = Objects.requireNonNull(control, "control");
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking("/live/control", "controlLive",
        request -> ApiResponse.ok(control.apply(Controls.read(request.fields().node()))));
  }

  @Override
  public String openApiResource() {
    return "/openapi/control.yaml";
  }
}
