package ai.sergik.osc;

/**
 * A request from the device: {@code /sergik/generate i request, s json} (name {@link #GENERATE}) or
 * {@code /sergik/action i request, s name, s json}. The sidecar answers with the same request id.
 */
public final class OscRequest {
  /** The name a {@code /sergik/generate} request carries. */
  public static final String GENERATE = "generate";

  private final int request;
  private final String name;
  private final String json;

  public OscRequest(int request, String name, String json) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("request name must not be empty");
    }
    if (json == null) {
      throw new IllegalArgumentException("request json must not be null");
    }
    this.request = request;
    this.name = name;
    this.json = json;
  }

  public int request() {
    return request;
  }

  public String name() {
    return name;
  }

  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OscRequest)) return false;
    OscRequest r = (OscRequest) o;
    return request == r.request && name.equals(r.name) && json.equals(r.json);
  }

  @Override
  public int hashCode() {
    return (request * 31 + name.hashCode()) * 31 + json.hashCode();
  }

  @Override
  public String toString() {
    return "OscRequest{" + request + " " + name + "}";
  }
}
