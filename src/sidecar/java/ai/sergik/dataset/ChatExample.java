package ai.sergik.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One fine-tuning example in the OpenAI chat format: a JSONL line {@code {"messages":[system, user,
 * assistant]}}.
 *
 * @param kind what the example teaches (describe, key_bpm, generate, dna), for statistics
 * @param splitKey what decides train or validation, stable across runs (e.g. kind + track id)
 */
public record ChatExample(
    String kind, String splitKey, String system, String user, String assistant) {
  /** Longest content accepted in one message. */
  public static final int MAX_CONTENT = 4000;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] ROLES = {"system", "user", "assistant"};

  public ChatExample {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(splitKey, "splitKey");
    checkContent("system", system);
    checkContent("user", user);
    checkContent("assistant", assistant);
  }

  /** The JSONL line, without the newline. */
  public String toJsonLine() {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode messages = root.putArray("messages");
    messages.addObject().put("role", "system").put("content", system);
    messages.addObject().put("role", "user").put("content", user);
    messages.addObject().put("role", "assistant").put("content", assistant);
    return root.toString();
  }

  /**
   * Checks one JSONL line: an object with exactly one field {@code messages}, an array of system, user
   * and assistant messages in that order, each with non-blank string content of at most {@link
   * #MAX_CONTENT} characters. Returns null when valid, else what is wrong.
   */
  public static String problemWith(String line) {
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (Exception e) {
      return "not JSON: " + e.getMessage().lines().findFirst().orElse("");
    }
    if (root == null || !root.isObject()) return "not a JSON object";
    if (root.size() != 1 || !root.has("messages"))
      return "expected exactly one field \"messages\", got " + iterable(root.fieldNames());
    JsonNode messages = root.get("messages");
    if (!messages.isArray() || messages.size() != 3)
      return "\"messages\" must be an array of 3 (system, user, assistant)";
    for (int i = 0; i < 3; i++) {
      JsonNode m = messages.get(i);
      if (!ROLES[i].equals(m.path("role").asText(null)))
        return "message " + (i + 1) + " must have role \"" + ROLES[i] + "\", got " + m.path("role");
      if (!m.path("content").isTextual() || m.path("content").asText().isBlank())
        return "message " + (i + 1) + " (" + ROLES[i] + ") has no text content";
      if (m.path("content").asText().length() > MAX_CONTENT)
        return "message " + (i + 1) + " is longer than " + MAX_CONTENT + " characters";
    }
    return null;
  }

  private static String iterable(java.util.Iterator<String> names) {
    StringBuilder b = new StringBuilder("[");
    names.forEachRemaining(n -> b.append(b.length() > 1 ? ", " : "").append(n));
    return b.append(']').toString();
  }

  private static void checkContent(String role, String content) {
    if (content == null || content.isBlank())
      throw new IllegalArgumentException(role + " message is empty");
    if (content.length() > MAX_CONTENT) {
      throw new IllegalArgumentException(
          role + " message has " + content.length() + " characters, at most " + MAX_CONTENT);
    }
  }
}
