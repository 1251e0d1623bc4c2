package ai.sergik.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the credentials in URLs before they are printed, logged or returned: the user-info part
 * ({@code https://user:token@host} becomes {@code https://***@host}) and the values of query parameters that carry
 * secrets ({@code ?api_key=…}, {@code &X-Amz-Signature=…}). The whole user-info goes, not just the password, since
 * a token often stands in the user's place ({@code https://ghp_…@github.com/…}). Everything else is kept, so the
 * message still says which host and path it is about.
 */
public final class Redaction {
  private Redaction() {}

  public static final String MASK = "***";

  // scheme://userinfo@ — the user-info ends at the last '@' before the host's path, query or
  // fragment
  private static final Pattern USER_INFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s]*@");
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "(?i)([?&;](?:access[_-]?token|refresh[_-]?token|id[_-]?token|token|api[_-]?key|apikey|key|password|passwd|pwd|pass"
          + "|secret|client[_-]?secret|auth|authorization|sig|signature|x-amz-signature|x-amz-credential"
          + "|x-amz-security-token|credential|session[_-]?token)=)[^&#\\s]*");

  /** {@code url} without credentials; null stays null. */
  public static String url(String url) {
    return text(url);
  }

  /** {@code text} with the credentials of every URL in it hidden (for exception messages that quote a URL). */
  public static String text(String text) {
    if (text == null || (text.indexOf(':') < 0 && text.indexOf('=') < 0)) {
      return text;
    }
    String s =
        USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    return SECRET_PARAMETER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }
}
