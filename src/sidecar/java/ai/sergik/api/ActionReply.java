package ai.sergik.api;

import java.util.Objects;

/**
 * What an {@link ActionHandler} returns when the device expects its answer at an address of its own rather than
 * {@code /sergik/result}: the Suggest button's {@code /sergik/suggest i request, s json}. {@code body} is written as
 * JSON, as any other result is.
 */
public record ActionReply(String address, Object body) {
  public ActionReply {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(body, "body");
  }
}
