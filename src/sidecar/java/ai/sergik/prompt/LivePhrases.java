package ai.sergik.prompt;

import ai.sergik.api.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prompts that act on the set open in Live rather than make new notes: controls ("set the tempo to 122 and
 * start playback", "mute the drums", "solo keys", "fire scene 3", "fire clip 2 on the Bass track", "bring the bass down
 * 3 dB", "stop") and parts that fit what is there ("a bassline for the chords on the Keys track", "harmonise this
 * melody", "…onto the Bass track"). A control prompt is read only when every clause of it is a control, so "drum and
 * bass chords" or "chords that never stop" stay generation prompts. Pure and thread-safe.
 */
public final class LivePhrases {
  private LivePhrases() {}

  /** What a prompt asks of Live. */
  public sealed interface Intent permits Control, Fit {}

  /** Controls, applied in the order they were said. */
  public record Control(List<ObjectNode> controls) implements Intent {}

  /**
   * A part to fit music already there: read from {@code fromTrack}'s clip, or the highlighted clip (or notes given with
   * the request) when empty; written to {@code toTrack} when named.
   */
  public record Fit(String part, Optional<String> fromTrack, Optional<String> toTrack)
      implements Intent {}

  private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
  private static final String TRACK = "(?:the\\s+)?(.+?)(?:\\s+track)?";

  private static final Pattern CLAUSES =
      compile("\\s*(?:,|;|\\band then\\b|\\bthen\\b|\\band\\b|&)\\s*");
  private static final Pattern POLITE =
      compile("^(?:(?:please|can you|could you|would you|now|ok|okay|hey)\\s+)+|"
          + "(?:\\s+(?:please|now|for me))+$|[.!?]+$");

  private static final Pattern TEMPO =
      compile("(?:(?:set|change|make|put)\\s+)?(?:the\\s+)?(?:tempo|bpm)"
          + "\\s+(?:to\\s+|at\\s+)?" + NUMBER
          + "(?:\\s*bpm)?|(?:set|change)\\s+(?:the\\s+)?(?:tempo|bpm)\\s+to\\s+" + NUMBER
          + "(?:\\s*bpm)?|" + NUMBER + "\\s*bpm");
  private static final Pattern PLAY =
      compile("(?:start|begin)(?:\\s+(?:the\\s+)?(?:playback|playing|transport|song))?"
          + "|(?:hit|press)?\\s*play(?:\\s+(?:the\\s+)?(?:song|set))?|start\\s+the\\s+song");
  private static final Pattern STOP =
      compile("stop(?:\\s+(?:the\\s+)?(?:playback|playing|transport|song|set))?"
          + "|(?:hit|press)\\s+stop");
  private static final Pattern CONTINUE =
      compile("continue(?:\\s+(?:the\\s+)?(?:playback|playing|song))?"
          + "|resume(?:\\s+(?:the\\s+)?(?:playback|playing|song))?");
  private static final Pattern SWITCH =
      compile("(un)?(mute|solo|arm)\\s+" + TRACK + "|(disarm)\\s+" + TRACK);
  private static final Pattern SCENE =
      compile("(?:fire|launch|trigger|play|start)\\s+scene\\s+(\\d+)");
  private static final Pattern CLIP =
      compile("(?:fire|launch|trigger|play|start)\\s+(?:the\\s+)?(?:clip|slot)\\s+(\\d+)"
          + "\\s+(?:on|in|of)\\s+" + TRACK);
  private static final Pattern NUDGE = compile("(?:bring|turn|take|push|pull|move)\\s+" + TRACK
      + "\\s+(up|down)\\s+(?:by\\s+)?" + NUMBER + "\\s*db"
      + "|(?:bring|turn|take|push|pull)\\s+(up|down)\\s+" + TRACK + "\\s+(?:by\\s+)?" + NUMBER
      + "\\s*db"
      + "|(lower|raise|cut|boost)\\s+" + TRACK + "\\s+(?:by\\s+)?" + NUMBER + "\\s*db");
  private static final Pattern VOLUME = compile("(?:set\\s+)?(?:the\\s+)?(?:volume\\s+of\\s+"
      + TRACK + "|(.+?)\\s+volume)" + "\\s+(?:to\\s+|at\\s+)?" + NUMBER + "\\s*db");

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The intent of {@code prompt}, or empty when it is a prompt to make new notes. */
  public static Optional<Intent> read(String prompt) {
    String text = normalise(prompt);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Intent> fit = fit(text);
    if (fit.isPresent()) {
      return fit;
    }
    List<ObjectNode> controls = new ArrayList<>();
    for (String clause : CLAUSES.split(text, -1)) { // empty clauses are skipped
      String c = POLITE.matcher(clause.strip()).replaceAll("").strip();
      if (c.isEmpty()) {
        continue;
      }
      Optional<ObjectNode> control = control(c);
      if (control.isEmpty()) {
        return Optional.empty();
      }
      controls.add(control.get());
    }
    return controls.isEmpty() ? Optional.empty() : Optional.of(new Control(List.copyOf(controls)));
  }

  private static String normalise(String prompt) {
    // Case is kept for the track names; every pattern ignores it.
    return prompt == null
        ? ""
        : prompt.strip().replaceAll("\\s+", " ").replaceAll("(?i)(?<=\\d)\\s+(?=db\\b)", "");
  }

  static Optional<ObjectNode> control(String c) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    Matcher m = TEMPO.matcher(c);
    if (m.matches()) {
      String bpm = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      return Optional.of(out.put("tempo", Double.parseDouble(bpm)));
    }
    m = SCENE.matcher(c);
    if (m.matches()) {
      return Optional.of(out.put("scene", Integer.parseInt(m.group(1))));
    }
    m = CLIP.matcher(c);
    if (m.matches()) {
      ObjectNode fire = out.putObject("fire");
      fire.put("track", m.group(2).strip());
      fire.put("slot", Integer.parseInt(m.group(1)));
      return Optional.of(out);
    }
    if (PLAY.matcher(c).matches()) {
      return Optional.of(out.put("transport", "play"));
    }
    if (STOP.matcher(c).matches()) {
      return Optional.of(out.put("transport", "stop"));
    }
    if (CONTINUE.matcher(c).matches()) {
      return Optional.of(out.put("transport", "continue"));
    }
    m = NUDGE.matcher(c);
    if (m.matches()) {
      String track;
      boolean down;
      double db;
      if (m.group(1) != null) {
        track = m.group(1);
        down = m.group(2).equalsIgnoreCase("down");
        db = Double.parseDouble(m.group(3));
      } else if (m.group(4) != null) {
        track = m.group(5);
        down = m.group(4).equalsIgnoreCase("down");
        db = Double.parseDouble(m.group(6));
      } else {
        track = m.group(8);
        String verb = m.group(7).toLowerCase(Locale.ROOT);
        down = verb.equals("lower") || verb.equals("cut");
        db = Double.parseDouble(m.group(9));
      }
      out.put("track", track.strip())
          .put("param", "volume")
          .put("delta_db", down ? -Math.abs(db) : Math.abs(db));
      return Optional.of(out);
    }
    m = VOLUME.matcher(c);
    if (m.matches()) {
      String track = m.group(1) != null ? m.group(1) : m.group(2).replaceFirst("(?i)^the\\s+", "");
      out.put("track", track.strip())
          .put("param", "volume")
          .put("value", Double.parseDouble(m.group(3)));
      return Optional.of(out);
    }
    m = SWITCH.matcher(c);
    if (m.matches()) {
      if (m.group(4) != null) {
        out.put("track", m.group(5).strip()).put("param", "arm").put("value", false);
      } else {
        out.put("track", m.group(3).strip())
            .put("param", m.group(2).toLowerCase(Locale.ROOT))
            .put("value", m.group(1) == null);
      }
      return Optional.of(out);
    }
    return Optional.empty();
  }

  // ---- fit ----

  private static final Pattern HARMONISE = compile("\\bharmoni[sz](?:e|ing)\\b");
  /** Music already there that a part is made for: "for the chords", "under this melody", "over these chords". */
  private static final Pattern FIT_MARKER =
      compile("\\b(?:for|under|over|to fit|that fits|fitting|to go with|"
          + "to match)\\s+(?:the|this|these|that|those|my)\\s+(?:\\w+\\s+)?(chords?|melody|melodies|clip|notes|"
          + "groove|beat|bassline|bass line|riff|hook|progression|lead|loop|part|tune|line)\\b");
  /** A track name of one to three words ("Keys", "Lead Synth"), so "to fit the melody on the Lead track" names Lead. */
  private static final String NAME = "\"?([\\w#&'-]+(?: [\\w#&'-]+){0,2}?)\"?";

  private static final Pattern FROM =
      compile("\\b(?:on|from|in|of)\\s+(?:the\\s+)?" + NAME + "\\s+track\\b"
          + "|\\b(?:on|from|in|of)\\s+track\\s+" + NAME + "(?=$|\\s*[,.]|\\s+(?:onto|into|to)\\b)");
  private static final Pattern TO =
      compile("\\b(?:onto|into|on to|to)\\s+(?:the\\s+)?" + NAME + "\\s+track\\b");
  private static final Pattern PART =
      compile("\\b(counter[- ]?melod(?:y|ies)|bass ?lines?|bass|sub|chords?|harmony|pads?|"
          + "arp(?:eggio)?s?|drums?|beats?|percussion)\\b");

  static Optional<Intent> fit(String text) {
    Matcher marker = FIT_MARKER.matcher(text);
    boolean harmonise = HARMONISE.matcher(text).find();
    if (!harmonise && !marker.find()) {
      return Optional.empty();
    }
    int partEnd = harmonise ? text.length() : marker.start();
    String part = harmonise ? "chords" : null;
    if (part == null) {
      Matcher p = PART.matcher(text.substring(0, partEnd));
      if (!p.find()) {
        return Optional.empty();
      }
      part = partOf(p.group(1).toLowerCase(Locale.ROOT));
    }
    Optional<String> to = Optional.empty();
    String rest = text;
    Matcher t = TO.matcher(text);
    if (t.find()) {
      to = Optional.of(t.group(1).strip());
      rest = text.substring(0, t.start()) + text.substring(t.end());
    }
    Optional<String> from = Optional.empty();
    Matcher f = FROM.matcher(rest);
    if (f.find()) {
      from = Optional.of((f.group(1) != null ? f.group(1) : f.group(2)).strip());
    }
    return Optional.of(new Fit(part, from, to));
  }

  private static String partOf(String word) {
    if (word.startsWith("counter")) return "counter-melody";
    if (word.startsWith("bass") || word.equals("sub")) return "bass";
    if (word.startsWith("chord") || word.equals("harmony") || word.startsWith("pad"))
      return "chords";
    if (word.startsWith("arp")) return "arp";
    return "drums";
  }
}
