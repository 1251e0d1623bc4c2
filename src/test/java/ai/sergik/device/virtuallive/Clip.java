package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;

/** A MIDI clip with the Live 11+ notes API, in a clip slot or in the arrangement. */
public final class Clip extends LomObject {
  String name = "";
  int signatureNumerator = 4;
  int signatureDenominator = 4;
  /** For an arrangement clip: where it starts in the song (beats), and its track. */
  double startTime;

  Track arrangementOf;
  double length;
  double loopStart;
  double loopEnd;
  double startMarker;
  double endMarker;
  private int nextNoteId = 1;
  final List<ObjectNode> notes = new ArrayList<>();

  Clip(VirtualLive live, double length) {
    super(live, "Clip");
    this.length = length;
    this.loopEnd = length;
    this.endMarker = length;
    property("length", () -> atoms(loopEnd - loopStart));
    marker(
        "loop_start",
        () -> loopStart,
        x -> x < loopEnd,
        "loop_start must be before loop_end",
        x -> loopStart = x);
    marker(
        "loop_end", () -> loopEnd, x -> x > loopStart, "loop_end must be after loop_start", x -> {
          loopEnd = x;
          this.length = loopEnd - loopStart;
        });
    marker(
        "start_marker",
        () -> startMarker,
        x -> x < endMarker,
        "start_marker must be before end_marker",
        x -> startMarker = x);
    marker(
        "end_marker",
        () -> endMarker,
        x -> x > startMarker,
        "end_marker must be after start_marker",
        x -> endMarker = x);
    property("is_midi_clip", () -> atoms(1));
    property("looping", () -> atoms(1));
    property("name", () -> atoms(name), v -> {
      name = Atom.toOneString(v);
      live.edited();
    });
    property("signature_numerator", () -> atoms(signatureNumerator));
    property("signature_denominator", () -> atoms(signatureDenominator));
    property("is_arrangement_clip", () -> atoms(arrangementOf != null));
    property("start_time", () -> atoms(startTime));
    property("end_time", () -> atoms(startTime + this.length));
    function("add_new_notes", this::addNewNotes);
    function("remove_notes_extended", args -> {
      double[] r = range("remove_notes_extended", args);
      notes.removeIf(n -> inRange(n, r));
      live.edited();
      return null;
    });
    function("get_notes_extended", args -> {
      double[] r = range("get_notes_extended", args);
      ObjectNode out = VirtualLive.JSON.createObjectNode();
      ArrayNode list = out.putArray("notes");
      for (ObjectNode n : notes()) {
        if (inRange(n, r)) list.add(n.deepCopy());
      }
      return atoms(out.toString());
    });
  }

  public double length() {
    return length;
  }

  public double loopEnd() {
    return loopEnd;
  }

  public String name() {
    return name;
  }

  public Clip named(String newName) {
    name = newName;
    return this;
  }

  public Clip signature(int numerator, int denominator) {
    signatureNumerator = numerator;
    signatureDenominator = denominator;
    return this;
  }

  public double startTime() {
    return startTime;
  }

  @Override
  String path() {
    if (arrangementOf != null) {
      return arrangementOf.path() + " arrangement_clips "
          + arrangementOf.arrangementClips.indexOf(this);
    }
    for (Track t : live.song.tracks) {
      for (ClipSlot slot : t.slots) {
        if (slot.clip == this) return slot.path() + " clip";
      }
    }
    return super.path();
  }

  /** The notes as Live keeps them (pitch, start_time, duration, velocity, mute, note_id …), by start. */
  public List<ObjectNode> notes() {
    List<ObjectNode> sorted = new ArrayList<>(notes);
    sorted.sort((a, b) -> {
      int c = Double.compare(a.get("start_time").asDouble(), b.get("start_time").asDouble());
      return c != 0 ? c : Integer.compare(a.get("pitch").asInt(), b.get("pitch").asInt());
    });
    return sorted;
  }

  /**
   * A loop or clip marker Live moves only where {@code allowed} holds and otherwise refuses with {@code refusal};
   * setting one is an edit of the set even when Live then refuses the value.
   */
  private void marker(
      String name,
      DoubleSupplier value,
      DoublePredicate allowed,
      String refusal,
      DoubleConsumer move) {
    property(name, () -> atoms(value.getAsDouble()), v -> {
      double x = v[0].toDouble();
      live.edited();
      if (!allowed.test(x)) {
        throw new LiveError(refusal);
      }
      move.accept(x);
    });
  }

  int add(Map<String, Object> n) {
    ObjectNode o = VirtualLive.JSON.valueToTree(n);
    return add(o);
  }

  int add(JsonNode n) {
    for (String f : new String[] {"pitch", "start_time", "duration"}) {
      if (!n.has(f)) {
        throw new LiveError("add_new_notes: a note has no " + f);
      }
    }
    int pitch = n.get("pitch").asInt();
    if (pitch < 0 || pitch > 127 || n.get("duration").asDouble() <= 0) {
      throw new LiveError("add_new_notes: invalid note " + n);
    }
    ObjectNode o = VirtualLive.JSON.createObjectNode();
    int id = nextNoteId++;
    o.put("note_id", id);
    o.put("pitch", pitch);
    o.put("start_time", n.get("start_time").asDouble());
    o.put("duration", n.get("duration").asDouble());
    o.put("velocity", n.path("velocity").asDouble(100));
    o.put("mute", n.path("mute").asInt(0));
    o.put("probability", n.path("probability").asDouble(1));
    o.put("velocity_deviation", n.path("velocity_deviation").asDouble(0));
    o.put("release_velocity", n.path("release_velocity").asDouble(64));
    notes.add(o);
    return id;
  }

  private Atom[] addNewNotes(Atom[] args) {
    JsonNode dict = live.dictArgument("add_new_notes", args);
    JsonNode list = dict.get("notes");
    if (list == null || !list.isArray()) {
      throw new LiveError("add_new_notes: the dictionary needs a \"notes\" list");
    }
    List<Object> ids = new ArrayList<>();
    for (JsonNode n : list) {
      ids.add(add(n));
    }
    live.edited();
    return atoms(ids.toArray());
  }

  private static double[] range(String f, Atom[] args) {
    if (args.length != 4) {
      throw new LiveError(f + ": needs from_pitch pitch_span from_time time_span");
    }
    return new double[] {
      args[0].toDouble(), args[1].toDouble(), args[2].toDouble(), args[3].toDouble()
    };
  }

  private static boolean inRange(JsonNode n, double[] r) {
    int p = n.get("pitch").asInt();
    double t = n.get("start_time").asDouble();
    return p >= r[0] && p < r[0] + r[1] && t >= r[2] && t < r[2] + r[3];
  }
}
