package ai.sergik.prompt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The OpenAI-compatible chat endpoint used for prompts the parser cannot read; off without a URL. */
public record ChatSettings(
    Optional<String> url, String model, Optional<String> apiKey, Duration timeout) {
  /** Longest chat timeout allowed, so that an answer always beats ChatGPT Actions' 45 s limit. */
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);

  public static final ChatSettings OFF =
      new ChatSettings(Optional.empty(), "gpt-4o-mini", Optional.empty(), Duration.ofSeconds(20));

  public ChatSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(apiKey, "apiKey");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("chat.timeout_seconds must be 1.."
          + MAX_TIMEOUT.toSeconds() + ", got " + timeout.toSeconds());
    }
  }

  public boolean enabled() {
    return url.isPresent();
  }
}
