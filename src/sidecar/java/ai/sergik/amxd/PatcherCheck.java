package ai.sergik.amxd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a device patcher from its JSON alone, without Max: unique box ids, patchlines between existing boxes
 * and ports (mxj port counts from the class), unique parameter long names and scripting names with valid
 * types, presentation rects inside the device, a {@code midiin} → … → {@code midiout} path, and mxj classes
 * that exist with a constructor for their arguments. Each problem is one line naming the box.
 */
public final class PatcherCheck {
  /** Live's fixed device height in pixels. */
  public static final double DEVICE_HEIGHT = 169;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MxjClass.Lookup classes;

  public PatcherCheck(MxjClass.Lookup classes) {
    this.classes = classes;
  }

  /** The problems of a patcher file's JSON ({@code {"patcher": {...}}}); empty when it passes. */
  public List<String> check(String patcherJson) {
    JsonNode root;
    try {
      root = JSON.readTree(patcherJson);
    } catch (IOException e) {
      return List.of("patcher JSON does not parse: " + e.getMessage());
    }
    JsonNode patcher = root.path("patcher");
    if (!patcher.isObject()) {
      return List.of("patcher JSON has no top-level \"patcher\" object");
    }
    List<String> problems = new ArrayList<>();
    checkLevel(patcher, "", problems);
    checkParameters(patcher, problems);
    checkPresentation(patcher, problems);
    checkMidiPath(patcher, problems);
    return problems;
  }

  private void checkLevel(JsonNode patcher, String where, List<String> problems) {
    Map<String, JsonNode> boxes = new LinkedHashMap<>();
    for (JsonNode wrapper : patcher.path("boxes")) {
      JsonNode box = wrapper.path("box");
      String id = box.path("id").asText("");
      if (id.isEmpty()) {
        problems.add(where + "a box has no id: " + describe(box));
        continue;
      }
      if (boxes.put(id, box) != null) {
        problems.add(where + "box id " + id + " is used twice");
      }
      if (box.path("patcher").isObject()) {
        checkLevel(box.path("patcher"), where + id + "::", problems);
      }
      if (isMxj(box)) {
        checkMxjClass(box, where + id, problems);
      }
    }
    for (JsonNode wrapper : patcher.path("lines")) {
      JsonNode line = wrapper.path("patchline");
      String source = line.path("source").path(0).asText("");
      int outlet = line.path("source").path(1).asInt(-1);
      String destination = line.path("destination").path(0).asText("");
      int inlet = line.path("destination").path(1).asInt(-1);
      String name = where + source + ":" + outlet + " -> " + destination + ":" + inlet;
      JsonNode from = boxes.get(source);
      JsonNode to = boxes.get(destination);
      checkEnd(problems, name, source, from, "outlet", outlet, from == null ? 0 : outlets(from));
      checkEnd(problems, name, destination, to, "inlet", inlet, to == null ? 0 : inlets(to));
    }
  }

  /** One end of a patchline: the box it names exists and has the port. */
  private static void checkEnd(
      List<String> problems,
      String line,
      String id,
      JsonNode box,
      String port,
      int index,
      int ports) {
    if (box == null) {
      problems.add("patchline " + line + ": no box " + id);
    } else if (index < 0 || index >= ports) {
      problems.add("patchline " + line + ": " + port + " " + index + " out of range, " + id + " ("
          + describe(box) + ") has " + ports + " " + port + "s");
    }
  }

  private int outlets(JsonNode box) {
    MxjClass mxj = mxjClass(box);
    return mxj != null ? mxj.outlets() : box.path("numoutlets").asInt(0);
  }

  private int inlets(JsonNode box) {
    MxjClass mxj = mxjClass(box);
    return mxj != null ? mxj.inlets() : box.path("numinlets").asInt(0);
  }

  private MxjClass mxjClass(JsonNode box) {
    if (!isMxj(box)) {
      return null;
    }
    String[] words = words(box);
    return words.length < 2 ? null : classes.find(words[1]);
  }

  private void checkMxjClass(JsonNode box, String where, List<String> problems) {
    String[] words = words(box);
    if (words.length < 2) {
      problems.add(where + ": mxj box names no class");
      return;
    }
    MxjClass mxj = classes.find(words[1]);
    if (mxj == null) {
      problems.add(where + ": mxj class " + words[1] + " is not in the device jar");
      return;
    }
    int args = 0;
    for (int i = 2; i < words.length && !words[i].startsWith("@"); i++) {
      args++;
    }
    if (!mxj.acceptsArguments(args)) {
      problems.add(where + ": mxj class " + words[1] + " has no constructor for " + args
          + " argument(s); it has " + mxj.constructorDescriptors());
    }
  }

  private static void checkParameters(JsonNode patcher, List<String> problems) {
    Set<String> longNames = new HashSet<>();
    Set<String> varNames = new HashSet<>();
    Set<String> parameterIds = new HashSet<>();
    JsonNode declared = patcher.path("parameters");
    for (JsonNode wrapper : patcher.path("boxes")) {
      JsonNode box = wrapper.path("box");
      if (box.path("parameter_enable").asInt(0) != 1) {
        continue;
      }
      String id = box.path("id").asText();
      parameterIds.add(id);
      JsonNode valueof = box.path("saved_attribute_attributes").path("valueof");
      String longName = valueof.path("parameter_longname").asText("");
      String varName = box.path("varname").asText("");
      if (longName.isEmpty()) {
        problems.add(id + " (" + describe(box) + "): parameter has no parameter_longname");
      } else if (!longNames.add(longName)) {
        problems.add(
            id + ": parameter long name \"" + longName + "\" is used by another parameter");
      }
      if (varName.isEmpty()) {
        problems.add(id + ": parameter has no varname (scripting name)");
      } else if (!varNames.add(varName)) {
        problems.add(id + ": scripting name \"" + varName + "\" is used by another box");
      }
      int type = valueof.path("parameter_type").asInt(-1);
      if (type < 0 || type > 2) {
        problems.add(id + ": parameter_type " + valueof.path("parameter_type")
            + " is not 0 (float), 1 (int) or 2 (enum)");
      }
      if (type == 2 && valueof.path("parameter_enum").size() == 0) {
        problems.add(id + ": enum parameter \"" + longName + "\" has no parameter_enum items");
      }
      JsonNode entry = declared.path(id);
      if (!entry.isArray() || !entry.path(0).asText("").equals(longName)) {
        problems.add(id + ": patcher \"parameters\" must list [\"" + longName
            + "\", shortname, 0] for this box, found " + entry);
      }
    }
    declared.fieldNames().forEachRemaining(key -> {
      if (!key.equals("parameterbanks")
          && !key.equals("parameter_overrides")
          && !key.equals("inherited_shortname")
          && !key.contains("::")
          && !parameterIds.contains(key)) {
        problems.add("patcher \"parameters\" lists " + key + ", which is not a parameter box");
      }
    });
  }

  private static void checkPresentation(JsonNode patcher, List<String> problems) {
    if (patcher.path("openinpresentation").asInt(0) != 1) {
      problems.add("the device must open in presentation mode (openinpresentation 1)");
      return;
    }
    double width = patcher.path("devicewidth").asDouble(0);
    if (!(width > 0)) {
      problems.add("devicewidth must be set (> 0) for a presentation-mode device");
    }
    for (JsonNode wrapper : patcher.path("boxes")) {
      JsonNode box = wrapper.path("box");
      String id = box.path("id").asText();
      boolean ui = box.path("maxclass").asText("").startsWith("live.")
          && box.path("parameter_enable").asInt(0) == 1;
      if (box.path("presentation").asInt(0) != 1) {
        if (ui) {
          problems.add(
              id + " (" + describe(box) + "): parameter is not shown in presentation mode");
        }
        continue;
      }
      JsonNode r = box.path("presentation_rect");
      if (r.size() != 4) {
        problems.add(id + ": presentation box has no presentation_rect [x, y, w, h]");
        continue;
      }
      double x = r.path(0).asDouble();
      double y = r.path(1).asDouble();
      double w = r.path(2).asDouble();
      double h = r.path(3).asDouble();
      if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > DEVICE_HEIGHT) {
        problems.add(id + " (" + describe(box) + "): presentation_rect " + r
            + " is outside the device [0, 0, " + width + ", " + DEVICE_HEIGHT + "]");
      }
    }
  }

  private static void checkMidiPath(JsonNode patcher, List<String> problems) {
    Map<String, JsonNode> boxes = new HashMap<>();
    for (JsonNode wrapper : patcher.path("boxes")) {
      boxes.put(wrapper.path("box").path("id").asText(), wrapper.path("box"));
    }
    Map<String, List<String>> edges = new HashMap<>();
    for (JsonNode wrapper : patcher.path("lines")) {
      JsonNode line = wrapper.path("patchline");
      edges
          .computeIfAbsent(line.path("source").path(0).asText(), k -> new ArrayList<>())
          .add(line.path("destination").path(0).asText());
    }
    Deque<String> frontier = new ArrayDeque<>();
    for (Map.Entry<String, JsonNode> e : boxes.entrySet()) {
      if (firstWord(e.getValue()).equals("midiin")) {
        frontier.add(e.getKey());
      }
    }
    if (frontier.isEmpty()) {
      problems.add("no midiin box: a MIDI effect must take the track's MIDI");
      return;
    }
    Set<String> seen = new HashSet<>(frontier);
    while (!frontier.isEmpty()) {
      String id = frontier.poll();
      JsonNode box = boxes.get(id);
      if (box != null && firstWord(box).equals("midiout")) {
        return;
      }
      for (String next : edges.getOrDefault(id, List.of())) {
        if (seen.add(next)) {
          frontier.add(next);
        }
      }
    }
    problems.add(
        "no path of patchlines from midiin to midiout: the device would swallow the track's MIDI");
  }

  private static boolean isMxj(JsonNode box) {
    return box.path("maxclass").asText("").equals("newobj") && firstWord(box).equals("mxj");
  }

  private static String firstWord(JsonNode box) {
    String[] w = words(box);
    return w.length == 0 ? "" : w[0];
  }

  private static String[] words(JsonNode box) {
    String text = box.path("text").asText("").trim();
    return text.isEmpty() ? new String[0] : text.split("\\s+");
  }

  private static String describe(JsonNode box) {
    String text = box.path("text").asText("");
    return text.isEmpty() ? box.path("maxclass").asText("?") : text;
  }
}
