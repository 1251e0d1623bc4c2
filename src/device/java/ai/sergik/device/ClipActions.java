package ai.sergik.device;

import ai.sergik.listen.ClipListener;
import ai.sergik.listen.ClipReading;
import ai.sergik.listen.FitGenerator;
import ai.sergik.listen.FitPart;
import ai.sergik.music.JsonReader;
import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import ai.sergik.osc.OscProtocol;
import ai.sergik.transform.NoteTransform;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transformed;
import ai.sergik.transform.Transforms;
import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the device does with clips in Live: Write, pushes from the sidecar, Apply (a transform on the highlighted
 * clip), Fit to (a part for the highlighted clip on the device's own track), To arrangement, {@code /ableton/read},
 * and suggestions. Every Live call goes through the one {@link LiveCalls} queue.
 */
final class ClipActions {

  private final HeldNotes held;
  private final Parameters parameters;
  private final Display display;
  private final LiveCalls live;
  private final SidecarBridge sidecar;
  private int transformIndex;
  private int arrangementBar = 1;

  ClipActions(
      HeldNotes held,
      Parameters parameters,
      Display display,
      LiveCalls live,
      SidecarBridge sidecar) {
    this.held = held;
    this.parameters = parameters;
    this.display = display;
    this.live = live;
    this.sidecar = sidecar;
  }

  // ---- Write and pushes ----

  /** Write: the device's notes into the highlighted clip slot. */
  void write() {
    write(ClipWriter.Target.highlighted(), null);
  }

  private void write(ClipWriter.Target target, Object pushId) {
    final List<Note> notes = held.notes();
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("write: nothing to write yet; send generate first");
    }
    display.status("writing " + notes.size() + " notes into " + describe(target) + "...");
    live.submit(ClipWriter.job(
        notes,
        held.lengthBeats(),
        target,
        Outcome.of(
            w -> {
              display.status(wrote(w, target));
              confirmPush(pushId, w.notes, "written", null);
            },
            reason -> {
              display.fail("write failed: " + reason);
              confirmPush(pushId, 0, "written", reason);
            })));
  }

  private static String describe(ClipWriter.Target target) {
    switch (target.kind) {
      case ARRANGEMENT:
        return "the arrangement at bar " + target.bar;
      case OWN_TRACK_SCENE:
        return "this track's slot " + (target.scene + 1);
      case OWN_TRACK_HIGHLIGHTED_SCENE:
        return "this track's slot in the selected scene";
      default:
        return "the selected clip slot";
    }
  }

  private static String wrote(ClipWriter.Written w, ClipWriter.Target target) {
    String what = "wrote " + w.notes + " notes, " + Display.number(w.lengthBeats) + " beats";
    if (target.kind == ClipWriter.Target.Kind.ARRANGEMENT) {
      return what + " into the arrangement at bar " + target.bar + " (beat "
          + Display.number(w.arrangementBeat) + ")";
    }
    if (target.kind == ClipWriter.Target.Kind.OWN_TRACK_SCENE) {
      return what + (w.newClip ? " into a new clip" : ", replacing the clip") + " in slot "
          + (w.scene + 1);
    }
    return what + (w.newClip ? " into a new clip" : "");
  }

  /** Notes from the sidecar: written (or played), then answered with {@code notes_received}. */
  void pushed(int request, String json) {
    List<Note> received;
    Map<?, ?> fields;
    try {
      Object root = JsonReader.parse(json);
      received = NoteJson.read(root);
      fields = root instanceof Map ? (Map<?, ?>) root : new LinkedHashMap<Object, Object>();
    } catch (IllegalArgumentException e) {
      display.sidecarError(request, "notes could not be read: " + e.getMessage());
      return;
    }
    double length = lengthOf(fields.get("length_beats"), received);
    held.take(
        received,
        length,
        "from sidecar: " + received.size() + " notes · " + Display.number(length) + " beats");
    Object pushId =
        request == OscProtocol.PUSH_REQUEST ? pushId(fields.get(OscProtocol.PUSH_ID_FIELD)) : null;
    Object play = fields.get("play");
    if (Boolean.TRUE.equals(play)
        || (play instanceof Number && ((Number) play).doubleValue() == 1)) {
      held.play();
      confirmPush(pushId, received.size(), "played", null);
      return;
    }
    try {
      write(pushTarget(fields), pushId);
    } catch (IllegalArgumentException e) {
      confirmPush(pushId, 0, "written", e.getMessage());
      throw e;
    }
  }

  /** The push id to be echoed in the confirmation: a string or a whole number, else null. */
  private static Object pushId(Object id) {
    if (id instanceof String) {
      return id;
    }
    if (id instanceof Number
        && ((Number) id).doubleValue() == Math.rint(((Number) id).doubleValue())) {
      return ((Number) id).longValue();
    }
    return null;
  }

  /** {@code "arrangement_bar"} (1-based), {@code "slot"} (1-based scene row), else the highlighted scene. */
  private static ClipWriter.Target pushTarget(Map<?, ?> fields) {
    if (fields.containsKey("arrangement_bar")) {
      return ClipWriter.Target.arrangementAt(
          positive("arrangement_bar", fields.get("arrangement_bar")));
    }
    if (fields.containsKey("slot")) {
      return ClipWriter.Target.ownTrackAt(positive("slot", fields.get("slot")) - 1);
    }
    return ClipWriter.Target.ownTrackInHighlightedScene();
  }

  private static int positive(String field, Object value) {
    double v = value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
    if (!(v >= 1 && v <= 100000) || v != Math.rint(v)) {
      throw new IllegalArgumentException(field + " " + value + " is not a whole number from 1");
    }
    return (int) v;
  }

  /**
   * {@code notes_received} for a push that carried an id: the id, how many notes, whether they were
   * {@code played} or {@code written} (as {@code done} says), and why not.
   */
  private void confirmPush(Object pushId, int count, String done, String error) {
    if (pushId == null || sidecar.link() == null) {
      return;
    }
    Map<String, Object> confirmation = new LinkedHashMap<String, Object>();
    confirmation.put(OscProtocol.PUSH_ID_FIELD, pushId);
    confirmation.put("count", count);
    confirmation.put(done, error == null);
    if (error != null) {
      confirmation.put("error", error);
    }
    sidecar.link().action(OscProtocol.ACTION_NOTES_RECEIVED, Json.object(confirmation));
  }

  private static double lengthOf(Object lengthBeats, List<Note> received) {
    if (lengthBeats instanceof Number && ((Number) lengthBeats).doubleValue() > 0) {
      return ((Number) lengthBeats).doubleValue();
    }
    return barsAround(received, Player.BAR_BEATS);
  }

  /** Whole bars that hold the notes (at least one). */
  static double barsAround(List<Note> notes, double beatsPerBar) {
    double end = 0;
    for (Note n : notes) {
      end = Math.max(end, n.end());
    }
    return Math.max(beatsPerBar, Math.ceil(end / beatsPerBar - 1e-9) * beatsPerBar);
  }

  // ---- Apply: a transform on the highlighted clip ----

  /** The transform menu: {@code transformpick <index>} (or a name). */
  void transformPick(Atom[] args) {
    transformIndex =
        Transforms.names().indexOf(Args.choice("transformpick", args, Transforms.names()));
  }

  String transformName() {
    return Transforms.names().get(transformIndex);
  }

  /** Apply: the chosen transform on the highlighted clip's notes, written back in place as one undo step. */
  void apply() {
    final NoteTransform transform = Transforms.named(transformName());
    final long seed = parameters.settings().seed;
    changeHighlighted(transform.name(), notes -> {
      Transformed t = transform.apply(notes, TransformSettings.NONE, seed);
      return new Changed(t.notes(), t.summary());
    });
  }

  /** A change of a clip's notes (a transform with its settings and seed, a transposition). */
  interface Change {
    Changed of(List<Note> notes);
  }

  /** The notes a change made and one line saying what it did. */
  static final class Changed {
    final List<Note> notes;
    final String summary;

    Changed(List<Note> notes, String summary) {
      this.notes = notes;
      this.summary = summary;
    }
  }

  /** Reads the highlighted clip, changes its notes and writes them back into it, as one undo step. */
  private void changeHighlighted(final String name, final Change change) {
    display.status("reading the highlighted clip for " + name + "...");
    live.submit(ClipReader.highlighted(Outcome.of(
        clip -> {
          if (clip.notes.isEmpty()) {
            display.fail(name + ": the highlighted clip " + clip.describe() + " has no notes");
            return;
          }
          Changed made;
          try {
            made = change.of(clip.notes);
          } catch (IllegalArgumentException e) {
            display.fail(name + ": " + e.getMessage());
            return;
          }
          live.submit(ClipWriter.job(
              made.notes,
              clip.length,
              ClipWriter.Target.clip(clip.path),
              Outcome.of(
                  w -> display.status(name + " on " + clip.describe() + ": " + made.summary + " · "
                      + clip.notes.size() + " notes replaced by " + w.notes + " (one undo step)"),
                  display.failure(name))));
        },
        display.failure(name))));
  }

  /** Every note {@code semitones} higher (lower when negative); refused when a note would leave MIDI's 0..127. */
  static Changed transposeChromatic(List<Note> notes, int semitones) {
    List<Note> out = new ArrayList<Note>(notes.size());
    for (Note n : notes) {
      int pitch = n.pitch() + semitones;
      if (pitch < 0 || pitch > 127) {
        throw new IllegalArgumentException("transposing by " + semitones + " semitones takes note "
            + n.pitch() + " outside MIDI's 0..127");
      }
      out.add(n.withPitch(pitch));
    }
    return new Changed(
        out,
        "transposed " + out.size() + " notes " + (semitones >= 0 ? "up " : "down ")
            + Math.abs(semitones) + (Math.abs(semitones) == 1 ? " semitone" : " semitones"));
  }

  // ---- Fit to ----

  /**
   * Fit to: reads the highlighted clip (any track), hears its key and chords, makes the device's part to fit it
   * and writes it onto the device's own track in the same scene row.
   */
  void fit() {
    final FitPart part = FitPart.parse(parameters.settings().part.id());
    final long seed = parameters.settings().seed;
    display.status("reading the highlighted clip to fit a " + part.id() + " to it...");
    live.submit(new OwnTrack(Outcome.of(
        ownTrack -> live.submit(ClipReader.highlighted(Outcome.of(
            clip -> {
              if (clip.track == ownTrack) {
                display.fail("fit: the highlighted clip " + clip.describe()
                    + " is on this device's track; highlight a " + "clip on another track (the "
                    + part.id() + " goes onto this track, in the same scene)");
                return;
              }
              fitTo(clip, part, seed);
            },
            display.failure("fit")))),
        display.failure("fit"))));
  }

  private void fitTo(final LiveClip clip, final FitPart part, long seed) {
    if (clip.notes.isEmpty()) {
      display.fail("fit: the highlighted clip " + clip.describe() + " has no notes");
      return;
    }
    double length = clip.length > 0 ? clip.length : barsAround(clip.notes, clip.beatsPerBar());
    final ClipReading reading = ClipListener.hear(clip.notes, length, clip.beatsPerBar());
    final List<Note> fitted;
    try {
      fitted = FitGenerator.fit(reading, clip.notes, part, seed);
    } catch (IllegalArgumentException e) {
      display.fail("fit: " + clip.describe() + ": " + e.getMessage());
      return;
    }
    final String heard = clip.describe() + ": " + reading.summary();
    held.take(fitted, length, part.id() + " fitted to " + heard);
    display.status("fitting a " + part.id() + " to " + heard);
    live.submit(ClipWriter.job(
        fitted,
        length,
        ClipWriter.Target.ownTrackAt(clip.scene),
        Outcome.of(
            w -> display.status(part.id() + " for " + heard + " · " + w.notes + " notes "
                + (w.newClip ? "in a new clip" : "replacing the clip") + " in slot "
                + (w.scene + 1)),
            display.failure("fit"))));
  }

  /** Asks Live which track the device is on ({@code this_device canonical_parent} → {@code getpath}). */
  private static final class OwnTrack extends LiveCalls.Job {
    private final Outcome<Integer> index;

    OwnTrack(Outcome<Integer> index) {
      this.index = index;
    }

    @Override
    void start() {
      goTo(
          ClipWriter.OWN_TRACK,
          id -> getPath(path -> {
            done();
            index.done(LiveAnswers.trackOf(path));
          }));
    }

    @Override
    void failed(String reason) {
      index.failed(reason);
    }
  }

  // ---- the arrangement ----

  /** The bar number box: {@code arrangementbar n}. */
  void arrangementBar(Atom[] args) {
    arrangementBar = Args.wholeNumber("arrangementbar", args, 1, 9999);
  }

  /** To arrangement: the device's notes onto its own track in the Arrangement at the chosen bar. */
  void toArrangement() {
    write(ClipWriter.Target.arrangementAt(arrangementBar), null);
  }

  /** Clip to arrangement: the highlighted Session clip copied into its track's Arrangement at the chosen bar. */
  void clipToArrangement() {
    final int bar = arrangementBar;
    live.submit(new ArrangementCopy(bar, new ArrangementCopy.Result() {
      @Override
      public void copied(String track, int atBar, double beat) {
        display.status("copied the highlighted clip into the arrangement of " + track + " at bar "
            + atBar + " (beat " + Display.number(beat) + ")");
      }

      @Override
      public void failed(String reason) {
        display.fail("clip to arrangement failed: " + reason);
      }
    }));
  }

  // ---- /ableton/read ----

  /** {@code {"clip":"highlighted"}}, {@code {"track":"Keys"}} or {@code {"track":"Keys","slot":2}}. */
  void read(int request, String json, Outcome<String> reply) {
    Object root;
    try {
      root = JsonReader.parse(json);
    } catch (IllegalArgumentException e) {
      reply.failed("/ableton/read needs a JSON object: " + e.getMessage());
      return;
    }
    Map<?, ?> m = root instanceof Map ? (Map<?, ?>) root : new LinkedHashMap<Object, Object>();
    Outcome<LiveClip> result = Outcome.of(
        clip -> {
          if (sidecar.link() != null) {
            sidecar.link().replyClip(request, clip.toJson());
          }
        },
        reply::failed);
    if ("highlighted".equals(m.get("clip")) && !m.containsKey("track")) {
      live.submit(ClipReader.highlighted(result));
    } else if (m.get("track") instanceof String
        && !((String) m.get("track")).trim().isEmpty()) {
      Object slot = m.get("slot");
      if (slot != null
          && (!(slot instanceof Number)
              || ((Number) slot).doubleValue() < 1
              || ((Number) slot).doubleValue() != Math.rint(((Number) slot).doubleValue()))) {
        reply.failed("slot " + slot + " is not a whole number from 1");
        return;
      }
      live.submit(ClipReader.onTrack(
          (String) m.get("track"), slot == null ? -1 : ((Number) slot).intValue() - 1, result));
    } else {
      reply.failed(
          "/ableton/read needs {\"clip\":\"highlighted\"}, {\"track\":\"Keys\"} or {\"track\":\"Keys\",\"slot\":2}, got "
              + json);
    }
  }

  /** Transpose (a suggestion's action): every note of the highlighted clip moved by semitones, one undo step. */
  void transposeHighlighted(final int semitones) {
    changeHighlighted("transpose", notes -> transposeChromatic(notes, semitones));
  }
}
