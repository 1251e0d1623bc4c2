package ai.sergik.device.virtuallive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Plays the device through the patch in a virtual Live and measures every note-on against its grid time:
 * the time Live's running song reaches the note's position in the clip. The notes are generated and written
 * into a clip first (through the patch), so the expected positions are read from Live, not from the device.
 */
final class PlayTiming {
  /** A measured run. */
  static final class Result {
    final double[] errorsMs;
    final double[] timesMs;
    final double tempoChangeMs;
    final int expectedNoteOns;
    final int noteOns;

    Result(
        double[] errorsMs,
        double[] timesMs,
        double tempoChangeMs,
        int expectedNoteOns,
        int noteOns) {
      this.errorsMs = errorsMs;
      this.timesMs = timesMs;
      this.tempoChangeMs = tempoChangeMs;
      this.expectedNoteOns = expectedNoteOns;
      this.noteOns = noteOns;
    }

    double percentile(double p) {
      double[] s = errorsMs.clone();
      Arrays.sort(s);
      if (s.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
      return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    double max() {
      return percentile(100);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d note-ons (expected %d): median %.3f ms, p99 %.3f ms, max %.3f ms",
          noteOns,
          expectedNoteOns,
          percentile(50),
          percentile(99),
          max());
    }
  }

  private PlayTiming() {}

  /**
   * Generates {@code part} (humanized, so notes fall between grid lines too), writes it into a clip, starts
   * Live at {@code bpm}, presses Play at an odd moment, plays {@code bars} bars and measures. With
   * {@code newTempo} > 0 the tempo changes to it halfway.
   */
  static Result run(String part, double bpm, double latencyMs, long seed, int bars, double newTempo)
      throws Exception {
    try (VirtualStudio studio = new VirtualStudio(seed, latencyMs)) {
      VirtualLive live = studio.live;
      Track track = live.song.addMidiTrack("Keys", 4);
      PatchRunner device = studio.dropOffline(track);
      live.setTempo(bpm);
      studio.advance(100);
      device.choose("Part", part);
      device.turn("Timing", 20);
      device.click("Generate");
      device.click("Humanize");
      live.song.view.select(track, 0);
      device.click("Write");
      Clip clip = track.slot(0).clip();
      if (clip == null) {
        throw new IllegalStateException("the write failed: " + device.status());
      }
      double length = clip.length();
      List<ObjectNode> notes = clip.notes();

      live.startPlaying();
      studio.advance(1234.5 + seed % 97);
      double pressedBeat = live.beatAt(com.cycling74.max.StandIn.now());
      device.click("Play");
      double anchor = Math.ceil(Math.ceil(pressedBeat / 0.25 - 1e-9) * 0.25 / 4 - 1e-9) * 4;
      List<double[]> tempoChanges = new ArrayList<>();
      tempoChanges.add(new double[] {0, bpm});
      double startMs = live.timeOf(anchor);
      double playMs = bars * 4 * 60000.0 / bpm;
      studio.advance(startMs - com.cycling74.max.StandIn.now() + playMs / 2);
      if (newTempo > 0) {
        live.setTempo(newTempo);
        tempoChanges.add(new double[] {com.cycling74.max.StandIn.now(), newTempo});
      }
      studio.advance(playMs / 2);
      double endBeat = live.beatAt(com.cycling74.max.StandIn.now());
      device.click("Play");

      List<Double> errors = new ArrayList<>();
      List<Double> times = new ArrayList<>();
      int ons = 0;
      for (MidiBoxes.MidiEvent e : device.midiOut()) {
        if (!e.noteOn()) {
          continue;
        }
        ons++;
        double beat = live.beatAtHistory(e.time);
        double pos = ((beat - anchor) % length + length) % length;
        double best = Double.MAX_VALUE;
        for (ObjectNode n : notes) {
          if (n.get("pitch").asInt() != e.pitch()) {
            continue;
          }
          double d = Math.abs(pos - n.get("start_time").asDouble());
          best = Math.min(best, Math.min(d, length - d));
        }
        double tempoAt = bpm;
        for (double[] c : tempoChanges) {
          if (c[0] <= e.time) {
            tempoAt = c[1];
          }
        }
        errors.add(best * 60000.0 / tempoAt);
        times.add(e.time);
      }
      int expected = 0;
      for (double loop = anchor; loop < endBeat; loop += length) {
        for (ObjectNode n : notes) {
          double at = loop + n.get("start_time").asDouble();
          if (at < endBeat - 1e-6 && n.get("mute").asInt() == 0) {
            expected++;
          }
        }
      }
      double[] e = new double[errors.size()];
      double[] t = new double[times.size()];
      for (int i = 0; i < e.length; i++) {
        e[i] = errors.get(i);
        t[i] = times.get(i);
      }
      double changed = tempoChanges.size() > 1 ? tempoChanges.get(1)[0] : Double.NaN;
      return new Result(e, t, changed, expected, ons);
    }
  }
}
