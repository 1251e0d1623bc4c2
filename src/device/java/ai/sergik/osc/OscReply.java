package ai.sergik.osc;

/**
 * An answer from the sidecar that is not notes: {@code /sergik/result i request, s json} or
 * {@code /sergik/error i request, s message}.
 */
public final class OscReply {
  private final int request;
  private final boolean error;
  private final String text;

  private OscReply(int request, boolean error, String text) {
    if (text == null) {
      throw new IllegalArgumentException("reply text must not be null");
    }
    this.request = request;
    this.error = error;
    this.text = text;
  }

  public static OscReply result(int request, String json) {
    return new OscReply(request, false, json);
  }

  public static OscReply error(int request, String message) {
    return new OscReply(request, true, message);
  }

  public int request() {
    return request;
  }

  public boolean isError() {
    return error;
  }

  /** The JSON of a result, or the message of an error. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OscReply)) return false;
    OscReply r = (OscReply) o;
    return request == r.request && error == r.error && text.equals(r.text);
  }

  @Override
  public int hashCode() {
    return (request * 31 + (error ? 1 : 0)) * 31 + text.hashCode();
  }

  @Override
  public String toString() {
    return (error ? "OscReply{error " : "OscReply{result ") + request + ": " + text + "}";
  }
}
