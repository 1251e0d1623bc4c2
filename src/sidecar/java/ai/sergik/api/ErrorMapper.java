package ai.sergik.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one error shape, {@code {"status":"error","error":code,"message":…}}:
 * {@link ApiException} keeps its status and message, IllegalArgumentException (the engine's
 * validation, which names the field and the accepted range) is a 400, and anything else is a 500 whose
 * details go to the log only. A client never sees a stack trace.
 */
public final class ErrorMapper {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  public static ApiResponse toResponse(Throwable failure, String where) {
    ApiException e = toApiException(failure, where);
    return ApiResponse.json(e.status(), body(e.code(), e.getMessage()));
  }

  /** The client-facing form of {@code failure}; unexpected failures are logged here with their trace. */
  public static ApiException toApiException(Throwable failure, String where) {
    if (failure instanceof ApiException api) {
      return api;
    }
    if (failure instanceof IllegalArgumentException) {
      return ApiException.badRequest(
          failure.getMessage() == null ? "invalid request" : failure.getMessage());
    }
    log.error("{} failed", where, failure);
    return new ApiException(
        500,
        "internal_error",
        "the server failed while answering " + where + " (" + failure.getClass().getSimpleName()
            + "); the details are in the server log");
  }

  public static Map<String, Object> body(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "error");
    body.put("error", code);
    body.put("message", message);
    return body;
  }
}
