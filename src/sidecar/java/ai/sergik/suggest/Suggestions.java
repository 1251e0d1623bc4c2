package ai.sergik.suggest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Three short lines for the device's status area, the actions that go with them, and for readers with more room
 * (ChatGPT, the studio) one sentence per line saying where it comes from.
 *
 * @param key the key the suggestions were made for (Camelot), or empty when none was given or heard
 * @param keyFrom {@code given}, {@code notes} (heard in the clip) or {@code none}
 * @param like the library item the third line names, if any
 */
public record Suggestions(
    List<String> lines,
    List<SuggestAction> actions,
    List<String> details,
    Optional<String> key,
    String keyFrom,
    Optional<LibraryMatch> like) {

  /** Lines the device's status area has room for. */
  public static final int MAX_LINES = 3;
  /** Characters per line the device's status area shows. */
  public static final int MAX_LINE_CHARS = 40;

  public Suggestions {
    lines = List.copyOf(lines);
    actions = List.copyOf(actions);
    details = List.copyOf(details);
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyFrom, "keyFrom");
    Objects.requireNonNull(like, "like");
    if (lines.size() > MAX_LINES) {
      throw new IllegalArgumentException("at most " + MAX_LINES + " lines, got " + lines.size());
    }
    for (String line : lines) {
      if (line.length() > MAX_LINE_CHARS) {
        throw new IllegalArgumentException(
            "line longer than " + MAX_LINE_CHARS + " characters: " + line);
      }
    }
    for (SuggestAction a : actions) {
      if (a.line() >= lines.size())
        throw new IllegalArgumentException("action for line " + a.line() + " which does not exist");
    }
  }

  /** A catalog item the suggestions point at: what it is, its tempo and key. */
  public record LibraryMatch(String type, String name, double bpm, String camelot, int year) {}

  /** What the device gets in {@code /sergik/suggest}: the lines and their actions, plus the key they assume. */
  public ObjectNode toDeviceJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ArrayNode l = node.putArray("lines");
    lines.forEach(l::add);
    ArrayNode a = node.putArray("actions");
    actions.forEach(action -> a.add(action.toJson()));
    key.ifPresent(k -> node.put("key", k));
    node.put("key_from", keyFrom);
    return node;
  }

  /** The device's answer with the sentences behind each line and the library item named. */
  public ObjectNode toJson() {
    ObjectNode node = toDeviceJson();
    ArrayNode d = node.putArray("details");
    details.forEach(d::add);
    like.ifPresent(m -> {
      ObjectNode o = node.putObject("like");
      o.put("type", m.type());
      o.put("name", m.name());
      o.put("bpm", m.bpm());
      if (!m.camelot().isEmpty()) o.put("camelot", m.camelot());
      if (m.year() != 0) o.put("year", m.year());
    });
    return node;
  }
}
