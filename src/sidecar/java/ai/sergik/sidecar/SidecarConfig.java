package ai.sergik.sidecar;

import ai.sergik.data.Settings;
import ai.sergik.io.Redaction;
import ai.sergik.osc.OscProtocol;
import ai.sergik.prompt.ChatSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the sidecar listens and what it may call, resolved by {@link Settings}: (highest first) command-line flags,
 * environment variables {@code SERGIK_*}, the data dir's {@code sergik.properties}, and defaults.
 *
 * <table>
 * <tr><th>property</th><th>environment</th><th>default</th></tr>
 * <tr><td>host</td><td>SERGIK_HOST</td><td>127.0.0.1 (HTTP; OSC always listens on loopback)</td></tr>
 * <tr><td>http.port</td><td>SERGIK_HTTP_PORT</td><td>8000</td></tr>
 * <tr><td>osc.port</td><td>SERGIK_OSC_PORT</td><td>9000</td></tr>
 * <tr><td>device.port</td><td>SERGIK_DEVICE_PORT</td><td>9001</td></tr>
 * <tr><td>token</td><td>SERGIK_TOKEN</td><td>(none)</td></tr>
 * <tr><td>public.url</td><td>SERGIK_PUBLIC_URL</td><td>the local http://host:port</td></tr>
 * <tr><td>chat.url</td><td>SERGIK_CHAT_URL</td><td>(off)</td></tr>
 * <tr><td>chat.model</td><td>SERGIK_CHAT_MODEL</td><td>gpt-4o-mini</td></tr>
 * <tr><td>chat.api_key</td><td>SERGIK_CHAT_API_KEY</td><td>(none)</td></tr>
 * <tr><td>chat.timeout_seconds</td><td>SERGIK_CHAT_TIMEOUT_SECONDS</td><td>20</td></tr>
 * <tr><td>push.confirm_ms</td><td>SERGIK_PUSH_CONFIRM_MS</td><td>1500</td></tr>
 * <tr><td>http.threads</td><td>SERGIK_HTTP_THREADS</td><td>the number of cores (at least 2)</td></tr>
 * </table>
 */
public record SidecarConfig(
    String host,
    int httpPort,
    int oscPort,
    int devicePort,
    Optional<String> token,
    Optional<String> publicUrl,
    ChatSettings chat,
    Duration pushConfirmTimeout,
    int httpThreads,
    Optional<Path> file) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_HTTP_PORT = 8000;

  public SidecarConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(publicUrl, "publicUrl");
    token = token.map(String::trim).filter(t -> !t.isEmpty());
  }

  /** Defaults only, for tests: loopback, the given ports (0 = any free one), no token, chat off. */
  public static SidecarConfig loopback(int httpPort, int oscPort) {
    return new SidecarConfig(
        DEFAULT_HOST,
        httpPort,
        oscPort,
        OscProtocol.DEFAULT_DEVICE_PORT,
        Optional.empty(),
        Optional.empty(),
        ChatSettings.OFF,
        Duration.ofMillis(1500),
        defaultHttpThreads(),
        Optional.empty());
  }

  /**
   * A thread per core for the quick routes: their work is pure CPU, so more threads only queue behind each other
   * and lengthen the tail; routes that wait run on the server's separate blocking pool. At least 2, so that one slow
   * client cannot stall the rest.
   */
  static int defaultHttpThreads() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  public SidecarConfig withToken(String newToken) {
    return with(c -> c.token = Optional.ofNullable(newToken));
  }

  public SidecarConfig withChat(ChatSettings newChat) {
    return with(c -> c.chat = newChat);
  }

  public SidecarConfig withHost(String newHost) {
    return with(c -> c.host = newHost);
  }

  public SidecarConfig withPublicUrl(String url) {
    return with(c -> c.publicUrl = Optional.ofNullable(url));
  }

  public SidecarConfig withPushConfirmTimeout(Duration timeout) {
    return with(c -> c.pushConfirmTimeout = timeout);
  }

  /**
   * Resolves the configuration.
   *
   * @param flags values given on the command line, by property name (absent = not given)
   * @param env the environment ({@code System.getenv()})
   * @param configFile {@code sergik.properties}; a missing file means defaults
   * @throws IllegalArgumentException naming the setting, where it came from and what is accepted
   */
  public static SidecarConfig resolve(
      Map<String, String> flags, Map<String, String> env, Path configFile) throws IOException {
    Settings s = Settings.load(flags, env, configFile);
    return loopback(DEFAULT_HTTP_PORT, OscProtocol.DEFAULT_SIDECAR_PORT).with(c -> {
      c.host = s.get("host").orElse(DEFAULT_HOST);
      c.httpPort = s.integer("http.port", DEFAULT_HTTP_PORT, 0, 65535);
      c.oscPort = s.integer("osc.port", OscProtocol.DEFAULT_SIDECAR_PORT, 0, 65535);
      c.devicePort = s.integer("device.port", OscProtocol.DEFAULT_DEVICE_PORT, 0, 65535);
      c.token = s.get("token");
      c.publicUrl = s.get("public.url");
      int chatTimeout =
          s.integer("chat.timeout_seconds", 20, 1, (int) ChatSettings.MAX_TIMEOUT.toSeconds());
      c.chat = new ChatSettings(
          s.get("chat.url"),
          s.get("chat.model").orElse(ChatSettings.OFF.model()),
          s.get("chat.api_key"),
          Duration.ofSeconds(chatTimeout));
      c.pushConfirmTimeout = Duration.ofMillis(s.integer("push.confirm_ms", 1500, 0, 10_000));
      c.httpThreads = s.integer("http.threads", defaultHttpThreads(), 1, 512);
      c.file = s.file();
    });
  }

  /** This configuration with what {@code change} sets on a copy of its fields. */
  private SidecarConfig with(Consumer<Fields> change) {
    Fields fields = new Fields(this);
    change.accept(fields);
    return fields.config();
  }

  /** The fields of a configuration being changed: the one place that copies them all. */
  private static final class Fields {
    String host;
    int httpPort;
    int oscPort;
    int devicePort;
    Optional<String> token;
    Optional<String> publicUrl;
    ChatSettings chat;
    Duration pushConfirmTimeout;
    int httpThreads;
    Optional<Path> file;

    Fields(SidecarConfig from) {
      host = from.host;
      httpPort = from.httpPort;
      oscPort = from.oscPort;
      devicePort = from.devicePort;
      token = from.token;
      publicUrl = from.publicUrl;
      chat = from.chat;
      pushConfirmTimeout = from.pushConfirmTimeout;
      httpThreads = from.httpThreads;
      file = from.file;
    }

    SidecarConfig config() {
      return new SidecarConfig(
          host,
          httpPort,
          oscPort,
          devicePort,
          token,
          publicUrl,
          chat,
          pushConfirmTimeout,
          httpThreads,
          file);
    }
  }

  /**
   * Refuses an address reachable from other machines without a token: anyone on the network could
   * otherwise drive the studio.
   *
   * @throws IllegalStateException with what to do instead
   */
  public void requireSafeBinding() {
    if (token.isPresent()) {
      return;
    }
    boolean loopback;
    try {
      InetAddress address = InetAddress.getByName(host);
      loopback = address.isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("cannot resolve host " + host + ": " + e.getMessage());
    }
    if (!loopback) {
      throw new IllegalStateException(
          "refusing to listen on " + host + " without a token: anyone who can reach this"
              + " address could call the API. Set a token (--token, SERGIK_TOKEN or token= in sergik.properties), or"
              + " listen on 127.0.0.1 and reach it through a tunnel.");
    }
  }

  /** The settings that were given, as "name=value" lines without secrets, for the startup banner. */
  public Map<String, String> describe() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(
        "http",
        host + ":" + httpPort
            + publicUrl.map(u -> " (public " + Redaction.url(u) + ")").orElse(""));
    d.put(
        "osc",
        OscProtocol.DEFAULT_HOST + ":" + oscPort + " (loopback only; device port " + devicePort
            + ")");
    d.put("auth", token.isPresent() ? "bearer token required" : "none (loopback only)");
    d.put(
        "chat fallback",
        chat.enabled() ? Redaction.url(chat.url().get()) + " model " + chat.model() : "off");
    d.put("config file", file.map(Path::toString).orElse("none"));
    return d;
  }

  @Override
  public String toString() {
    return "SidecarConfig" + describe();
  }
}
