package ai.sergik.device;

import ai.sergik.listen.ClipListener;
import ai.sergik.listen.ClipReading;
import ai.sergik.music.JsonReader;
import ai.sergik.music.NoteJson;
import ai.sergik.osc.OscProtocol;
import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions in the status area: the highlighted clip's notes, key and tempo go to the sidecar (Suggest, or by
 * itself once a newly highlighted clip stays put), its {@code /sergik/suggest} answer shows as three lines, and
 * each line's Do button runs its action (Apply tempo through the same path as {@code /ableton/set}; Transpose on
 * the highlighted clip).
 */
final class Suggestions {
  /** How long the highlighted clip must stay put before suggestions are asked for it. */
  static final double SUGGEST_DEBOUNCE_MS = 1500;

  /** Lines of suggestions the status area shows. */
  static final int SUGGESTION_LINES = 3;

  private final Display display;
  private final Playback playback;
  private final LiveCalls live;
  private final LiveController controller;
  private final SidecarBridge sidecar;
  private final ClipActions clips;
  private final Clock debounce;
  /** The action of each suggestion line (null: none), from the sidecar's latest suggestions. */
  private final Object[] suggestionActions = new Object[SUGGESTION_LINES];

  private int suggestRequest = -1;
  private boolean suggestClicked;

  Suggestions(
      Display display,
      Playback playback,
      LiveCalls live,
      LiveController controller,
      SidecarBridge sidecar,
      ClipActions clips,
      Clock.Factory clocks) {
    this.display = display;
    this.playback = playback;
    this.live = live;
    this.controller = controller;
    this.sidecar = sidecar;
    this.clips = clips;
    this.debounce = clocks.create(() -> {
      if (sidecar.connected()) {
        suggest(false);
      }
    });
  }

  void release() {
    debounce.release();
  }

  /** The highlighted clip slot changed (observed): suggestions are asked for once it stays put. */
  void highlightedChanged() {
    debounce.delay(SUGGEST_DEBOUNCE_MS);
  }

  /** Suggest: the highlighted clip's notes, key and tempo go to the sidecar as {@code /sergik/action … suggest}. */
  void suggest(final boolean clicked) {
    if (!sidecar.connected()) {
      if (clicked) {
        throw new IllegalArgumentException(
            "suggest needs the sidecar, which is not connected; start it with "
                + "scripts/sergik serve");
      }
      return;
    }
    live.submit(ClipReader.highlighted(Outcome.of(
        clip -> {
          SidecarLink link = sidecar.link();
          if (link == null) {
            return;
          }
          Map<String, Object> ask = new LinkedHashMap<String, Object>();
          ask.put("track", clip.trackName);
          ask.put("tempo", playback.tempo());
          if (!clip.notes.isEmpty()) {
            ClipReading reading = ClipListener.hear(
                clip.notes,
                clip.length > 0
                    ? clip.length
                    : ClipActions.barsAround(clip.notes, clip.beatsPerBar()),
                clip.beatsPerBar());
            if (reading.key() != null) {
              ask.put("key", reading.key().camelot());
            }
          }
          String json = Json.object(ask);
          json = json.substring(0, json.length() - 1) + ",\"notes\":"
              + NoteJson.toJsonArray(clip.notes) + "}";
          suggestRequest = link.ask(OscProtocol.ACTION_SUGGEST, json);
          suggestClicked = clicked;
          if (clicked) {
            display.status("asked the sidecar for suggestions on " + clip.describe());
          }
        },
        reason -> {
          if (clicked) {
            display.fail("suggest: " + reason);
          }
        })));
  }

  /**
   * An error for a request of the device's; true when it was the latest suggestion request. Asked by itself, the
   * device only notes it in the console (a sidecar without suggestions must not fill the status line each time
   * the producer clicks a clip); asked by Suggest, the status line says it.
   */
  boolean suggestionFailed(int request, String message) {
    if (request != suggestRequest) {
      return false;
    }
    suggestRequest = -1;
    if (suggestClicked) {
      display.fail("suggestions failed: " + message);
    } else {
      display.post("sergik: suggestions: " + message);
    }
    return true;
  }

  /** {@code /sergik/suggest}: up to three lines in the status area, each with its action (if any). */
  void suggestions(int request, String json) {
    if (request != suggestRequest) {
      return; // an answer to an older question: the clip has changed since
    }
    List<String> lines = new ArrayList<String>();
    Object[] actions = new Object[SUGGESTION_LINES];
    try {
      Object root = JsonReader.parse(json);
      Map<?, ?> m = (Map<?, ?>) root;
      for (Object line : (List<?>) m.get("lines")) {
        if (lines.size() < SUGGESTION_LINES) {
          lines.add(String.valueOf(line));
        }
      }
      Object list = m.get("actions");
      if (list instanceof List) {
        for (Object a : (List<?>) list) {
          Map<?, ?> action = (Map<?, ?>) a;
          int line = ((Number) action.get("line")).intValue();
          if (line >= 0 && line < SUGGESTION_LINES) {
            actions[line] = action;
          }
        }
      }
    } catch (RuntimeException e) {
      display.fail("suggestions could not be read (" + e.getMessage() + "): " + json);
      return;
    }
    for (int i = 0; i < SUGGESTION_LINES; i++) {
      suggestionActions[i] = actions[i];
      String text = i < lines.size() ? lines.get(i) : "";
      if (actions[i] != null) {
        text = text + "  [" + ((Map<?, ?>) actions[i]).get("label") + "]";
      }
      display.suggestionLine(i, text);
    }
  }

  /** The action button of suggestion line {@code line} (0-based): Apply tempo, Transpose. */
  void suggestion(Atom[] args) {
    int line = Args.wholeNumber("suggestion", args, 1, SUGGESTION_LINES) - 1;
    Object a = suggestionActions[line];
    if (a == null) {
      throw new IllegalArgumentException("suggestion line " + (line + 1) + " has no action");
    }
    Map<?, ?> action = (Map<?, ?>) a;
    if (action.get("set") instanceof Map) {
      Map<?, ?> set = (Map<?, ?>) action.get("set");
      Object tempo = set.get("tempo");
      if (!(tempo instanceof Number)) {
        throw new IllegalArgumentException(
            "suggestion line " + (line + 1) + " sets " + set + "; the device applies tempo");
      }
      final double bpm = ((Number) tempo).doubleValue();
      controller.apply(
          LiveControl.tempo(bpm),
          Outcome.of(
              json -> display.status("tempo set: Live now says " + json),
              display.failure("tempo")));
    } else if (action.get("transpose") instanceof Number) {
      clips.transposeHighlighted(((Number) action.get("transpose")).intValue());
    } else {
      throw new IllegalArgumentException(
          "suggestion line " + (line + 1) + " has an action the device does not know: " + action);
    }
  }
}
