package ai.sergik.device.virtuallive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * The Max objects the device patcher uses, each as its Cycling '74 reference page describes it (cited
 * beside each). Only what the reference says is modelled; a message an object does not understand is an
 * error line in the Max console, as in Max. The objects are in {@link MidiBoxes}, {@link MaxBoxes}, {@link
 * LiveApiBoxes} and {@link LiveParameters}; this class makes the one a box names.
 */
public final class Boxes {
  private Boxes() {}

  /** Creates the object of a box; a class the runner does not know is an error. */
  static Box create(PatchRunner patch, JsonNode b) {
    String id = b.get("id").asText();
    String maxclass = b.path("maxclass").asText();
    String text = b.path("text").asText("");
    String[] words = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
    String name = maxclass.equals("newobj") ? (words.length == 0 ? "" : words[0]) : maxclass;
    String[] args = maxclass.equals("newobj") && words.length > 0
        ? Arrays.copyOfRange(words, 1, words.length)
        : words;
    Box box;
    switch (name) {
      case "midiin":
        box = new MidiBoxes.MidiIn();
        break;
      case "midiout":
        box = new MidiBoxes.MidiOut();
        break;
      case "mxj":
        box = new MaxBoxes.Mxj(args);
        break;
      case "iter":
        box = new MaxBoxes.Iter();
        break;
      case "gate":
        box = new MaxBoxes.Gate(args);
        break;
      case "t":
      case "trigger":
        box = new MaxBoxes.Trigger(args);
        break;
      case "sel":
      case "select":
        box = new MaxBoxes.Select(args);
        break;
      case "prepend":
        box = new MaxBoxes.Prepend(args);
        break;
      case "message":
        box = new MaxBoxes.MessageBox(text);
        break;
      case "comment":
        box = new MaxBoxes.Comment(text);
        break;
      case "dict":
        box = new MaxBoxes.Dict(args);
        break;
      case "metro":
        box = new MaxBoxes.Metro(args);
        break;
      case "when":
        box = new MaxBoxes.When();
        break;
      case "live.thisdevice":
        box = new LiveApiBoxes.LiveThisDevice();
        break;
      case "live.path":
        box = new LiveApiBoxes.LivePath(args);
        break;
      case "live.object":
        box = new LiveApiBoxes.LiveObject();
        break;
      case "live.observer":
        box = new LiveApiBoxes.LiveObserver(args);
        break;
      case "live.text":
        box = new LiveParameters.LiveText(b);
        break;
      case "live.button":
        box = new LiveParameters.LiveButton(b);
        break;
      case "live.menu":
        box = new LiveParameters.LiveMenu(b);
        break;
      case "live.numbox":
      case "live.dial":
        box = new LiveParameters.LiveNumber(b);
        break;
      default:
        throw new IllegalStateException(
            "box " + id + " is a " + (name.isEmpty() ? maxclass : name)
                + ", which the patch runner does not model; add it to Boxes from its reference page first");
    }
    box.patch = patch;
    box.id = id;
    box.x = b.at("/patching_rect/0").asDouble();
    box.inlets = box.inlets < 0 ? b.path("numinlets").asInt() : box.inlets;
    box.outlets = box.outlets < 0 ? b.path("numoutlets").asInt() : box.outlets;
    box.created();
    return box;
  }
}
