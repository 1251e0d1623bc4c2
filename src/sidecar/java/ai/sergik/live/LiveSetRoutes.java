package ai.sergik.live;

import ai.sergik.api.ApiResponse;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import java.util.Objects;

/**
 * Working on the set open in Live through the SERGIK device: {@code POST /live/control} (tempo, transport, a track's
 * volume, pan, mute, solo and arm, firing a clip slot or a scene; one control or several in order, answered with what
 * Live reports) and {@code POST /live/fit} (a part fitted to a clip read from Live, pushed back beside it). 409 when no
 * device is connected; Live's refusals (unknown track, slot out of range) are 400s with its words.
 */
public record LiveSetRoutes(LiveControl control, LiveFit fit) implements RouteModule {
  public LiveSetRoutes {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(fit, "fit");
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking(
        "/live/control",
        "controlLive",
        request -> ApiResponse.ok(control.apply(Controls.read(request.fields().node()))));
    routes.postBlocking(
        "/live/fit",
        "fitInLive",
        request -> ApiResponse.ok(fit.fit(LiveFit.request(request.fields()))));
  }

  @Override
  public String openApiResource() {
    return "/openapi/live-set.yaml";
  }
}
