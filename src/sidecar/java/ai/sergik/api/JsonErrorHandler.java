package ai.sergik.api;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers Jetty gives itself, before a request reaches the routes (malformed request line, headers over the
 * limit, a bad chunk size): the same JSON error shape as every other error, and nothing for the error log.
 */
final class JsonErrorHandler extends ErrorHandler {
  // logged as the server, where the operator looks for HTTP failures
  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);

  private final int maxHeaderBytes;

  JsonErrorHandler(int maxHeaderBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() > 0 ? response.getStatus() : 500;
    Object attribute = request.getAttribute(ERROR_STATUS);
    if (attribute instanceof Integer s) {
      status = s;
    }
    Object message = request.getAttribute(ERROR_MESSAGE);
    Throwable cause = request.getAttribute(ERROR_EXCEPTION) instanceof Throwable t ? t : null;
    String text = message instanceof String m && !m.isBlank() ? m : HttpStatus.getMessage(status);
    if (status >= 500 && cause != null) {
      log.warn(
          "{} {} failed: {}",
          request.getMethod(),
          request.getHttpURI().getPath(),
          cause.toString());
    }
    byte[] body = Json.bytes(ErrorMapper.body(errorCode(status), describe(status, text)));
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON + "; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private String describe(int status, String reason) {
    String text = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return status == 431
        ? "request headers are over the limit of " + maxHeaderBytes / 1024 + " KiB (" + text + ")"
        : text;
  }

  private static String errorCode(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 413 -> "payload_too_large";
      case 414 -> "uri_too_long";
      case 415 -> "unsupported_media_type";
      case 431 -> "request_header_fields_too_large";
      case 503 -> "unavailable";
      default -> status >= 500 ? "internal_error" : "bad_request";
    };
  }
}
