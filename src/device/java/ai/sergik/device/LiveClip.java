package ai.sergik.device;

import ai.sergik.music.Note;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A clip as read from Live: where it is, its loop and meter, and its notes. */
final class LiveClip {
  /** Track index (0-based, as in Live's API) and the track's name. */
  final int track;

  final String trackName;
  /** Scene row (0-based); the producer counts from 1. */
  final int scene;
  /** The clip's canonical path, {@code live_set tracks t clip_slots s clip}. */
  final String path;

  final String name;
  final double length;
  final double loopStart;
  final double loopEnd;
  final int numerator;
  final int denominator;
  final List<Note> notes;

  private LiveClip(Builder b) {
    this.track = b.track;
    this.trackName = b.trackName;
    this.scene = b.scene;
    this.path = b.path;
    this.name = b.name;
    this.length = b.length;
    this.loopStart = b.loopStart;
    this.loopEnd = b.loopEnd;
    this.numerator = b.numerator > 0 ? b.numerator : 4;
    this.denominator = b.denominator > 0 ? b.denominator : 4;
    this.notes = Collections.unmodifiableList(b.notes);
  }

  /** Beats in one bar of the clip's meter (6/8 → 3). */
  int beatsPerBar() {
    return (int) Math.max(1, Math.round(numerator * 4.0 / denominator));
  }

  /** {@code Keys · slot 2 · "Chords A"}. */
  String describe() {
    return trackName + " · slot " + (scene + 1) + (name.isEmpty() ? "" : " · \"" + name + "\"");
  }

  /** The {@code /sergik/clip} payload (protocol v2). */
  String toJson() {
    StringBuilder sb = new StringBuilder(64 + notes.size() * 64);
    sb.append("{\"track\":\"")
        .append(Json.escape(trackName))
        .append("\",\"slot\":")
        .append(scene + 1)
        .append(",\"clip\":\"")
        .append(Json.escape(name))
        .append("\",\"length\":")
        .append(number(length))
        .append(",\"loop_start\":")
        .append(number(loopStart))
        .append(",\"loop_end\":")
        .append(number(loopEnd))
        .append(",\"signature\":\"")
        .append(numerator)
        .append('/')
        .append(denominator)
        .append("\",\"notes\":[");
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      sb.append(i == 0 ? "" : ",")
          .append("{\"pitch\":")
          .append(n.pitch())
          .append(",\"start\":")
          .append(number(n.start()))
          .append(",\"duration\":")
          .append(number(n.duration()))
          .append(",\"velocity\":")
          .append(n.velocity());
      if (n.mute()) {
        sb.append(",\"mute\":true");
      }
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? String.format(Locale.ROOT, "%.1f", d)
        : String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "");
  }

  static final class Builder {
    final int track;
    final String trackName;
    final int scene;
    final String path;
    String name = "";
    double length;
    double loopStart;
    double loopEnd;
    int numerator;
    int denominator;
    List<Note> notes = Collections.emptyList();

    Builder(int track, String trackName, int scene, String path) {
      this.track = track;
      this.trackName = trackName;
      this.scene = scene;
      this.path = path;
    }

    LiveClip build() {
      return new LiveClip(this);
    }
  }
}
