package ai.sergik.verify;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of {@code sergik verify}: a status, what was checked, what was found, and (unless OK)
 * what to do about it.
 */
public record Check(Status status, String name, String detail, String action) {
  public enum Status {
    OK,
    WARN,
    FAIL
  }

  public Check {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(action, "action");
    detail = ai.sergik.io.Redaction.text(
        detail); // a remote or endpoint may carry a token; the report is shared
  }

  static Check ok(String name, String detail) {
    return new Check(Status.OK, name, detail, "");
  }

  static Check warn(String name, String detail, String action) {
    return new Check(Status.WARN, name, detail, action);
  }

  static Check fail(String name, String detail, String action) {
    return new Check(Status.FAIL, name, detail, action);
  }

  /** {@code OK    data tree: /path}, with {@code → action} for WARN and FAIL. */
  public String line() {
    return String.format(
        Locale.ROOT, "%-5s %s: %s%s", status, name, detail, action.isEmpty() ? "" : " → " + action);
  }
}
