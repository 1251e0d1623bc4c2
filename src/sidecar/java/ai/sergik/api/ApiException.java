package ai.sergik.api;

/**
 * A failure the client caused or must hear about, with the HTTP status and the short error code that
 * go into {@code {"status":"error","error":code,"message":…}}. The message says what was wrong and
 * what to send instead; it is shown to the client as is, so it never carries a stack trace.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public ApiException(int status, String code, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** 400 {@code bad_request}: a field or the body is wrong; the message names the field and the accepted range. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  /** 400 {@code bad_request} for one field: {@code "<field> must be <accepted>, got <value>"}. */
  public static ApiException badField(String field, String accepted, Object got) {
    return badRequest(field + " must be " + accepted + ", got " + describe(got));
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  public static ApiException methodNotAllowed(String message) {
    return new ApiException(405, "method_not_allowed", message);
  }

  public static ApiException tooLarge(String message) {
    return new ApiException(413, "payload_too_large", message);
  }

  public static ApiException unsupportedMediaType(String message) {
    return new ApiException(415, "unsupported_media_type", message);
  }

  /** 502 {@code upstream_error}: a service this server called (e.g. a chat endpoint) failed. */
  public static ApiException upstream(String message) {
    return new ApiException(502, "upstream_error", message);
  }

  /** 503 {@code unavailable}: something the request needs is not there (e.g. no device connected). */
  public static ApiException unavailable(String message) {
    return new ApiException(503, "unavailable", message);
  }

  /** 504 {@code upstream_timeout}: a service this server called did not answer in time. */
  public static ApiException upstreamTimeout(String message) {
    return new ApiException(504, "upstream_timeout", message);
  }

  static String describe(Object got) {
    if (got == null) {
      return "nothing";
    }
    if (got instanceof CharSequence) {
      return "\"" + got + "\"";
    }
    return String.valueOf(got);
  }
}
