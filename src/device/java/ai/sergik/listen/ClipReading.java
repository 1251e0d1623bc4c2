package ai.sergik.listen;

import ai.sergik.generate.ChordSpan;
import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a clip is, heard from its notes: key, chords over time, meter, groove, and whether it is a drum part. */
public final class ClipReading {
  private final Key key;
  private final double keyConfidence;
  private final List<ChordSpan> chords;
  private final int beatsPerBar;
  private final double lengthBeats;
  private final Groove groove;
  private final boolean drums;
  private final boolean melody;

  ClipReading(
      Key key,
      double keyConfidence,
      List<ChordSpan> chords,
      int beatsPerBar,
      double lengthBeats,
      Groove groove,
      boolean drums,
      boolean melody) {
    this.key = key;
    this.keyConfidence = keyConfidence;
    this.chords = Collections.unmodifiableList(new ArrayList<ChordSpan>(chords));
    this.beatsPerBar = beatsPerBar;
    this.lengthBeats = lengthBeats;
    this.groove = groove;
    this.drums = drums;
    this.melody = melody;
  }

  /** The key, or null for a drum clip (drums have no key). */
  public Key key() {
    return key;
  }

  /** 0..1: how clearly the notes point at this key rather than the runner-up. */
  public double keyConfidence() {
    return keyConfidence;
  }

  /** Chords per bar, or per half bar where the harmony changes mid-bar; empty for drums. */
  public List<ChordSpan> chords() {
    return chords;
  }

  public List<String> chordNames() {
    List<String> names = new ArrayList<String>();
    for (ChordSpan s : chords) names.add(s.chord().name());
    return names;
  }

  public int beatsPerBar() {
    return beatsPerBar;
  }

  public double lengthBeats() {
    return lengthBeats;
  }

  public int bars() {
    return (int) Math.ceil(lengthBeats / beatsPerBar - 1e-9);
  }

  public Groove groove() {
    return groove;
  }

  /** Whether the clip plays General MIDI drum notes rather than pitches. */
  public boolean isDrums() {
    return drums;
  }

  /** Whether the clip is one voice (a melody or a bass line) rather than chords. */
  public boolean isMelody() {
    return melody;
  }

  /** "B minor (10A), Bm7 | Gmaj7 | Dmaj7 | A7, 4/4, 1/16 swing 50". */
  public String summary() {
    StringBuilder b = new StringBuilder();
    if (drums) b.append("drums");
    else b.append(key.name()).append(" (").append(key.camelot()).append(")");
    if (!chords.isEmpty()) {
      b.append(", ");
      for (int i = 0; i < chords.size(); i++)
        b.append(i == 0 ? "" : " | ").append(chords.get(i).chord().name());
    }
    b.append(", ").append(beatsPerBar).append("/4, ").append(groove.grid());
    if (groove.swing() > 50.5) b.append(" swing ").append(groove.swing());
    return b.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
