package ai.sergik.als;

import java.util.ArrayList;
import java.util.List;

/**
 * The clips of a set as a pass meets them: session clips in clip slots, arrangement clips on the main sequencer and
 * take-lane clips, counted all and listed up to the limit, with name, start/end and loop.
 */
final class ClipReading {
  private final ElementPath p;
  private final int maxListed;
  final List<Clip> clips = new ArrayList<>();
  final int[] counts = new int[ClipLocation.values().length];
  private ClipBuilder clip;
  boolean truncated;

  ClipReading(ElementPath p, int maxListed) {
    this.p = p;
    this.maxListed = maxListed;
  }

  /** Whether a clip is open: then its fields are read and nothing else. */
  boolean open() {
    return clip != null;
  }

  /** Opens a clip if {@code name} at {@code level} is one in a place clips live; returns whether it was. */
  boolean begin(int level, String name, int trackLevel, int slotIndex) {
    if (!"MidiClip".equals(name) && !"AudioClip".equals(name)) {
      return false;
    }
    ClipLocation location = location(level, trackLevel);
    if (location != null) {
      counts[location.ordinal()]++;
      clip = new ClipBuilder(level, location, "MidiClip".equals(name),
          location == ClipLocation.SESSION ? slotIndex : -1, AlsParser.parseDouble(p.attribute("Time"), 0));
    }
    return true;
  }

  private ClipLocation location(int level, int trackLevel) {
    if (level < trackLevel + 4) {
      return null;
    }
    String parent = p.names[level - 1];
    if ("Value".equals(parent)) {
      return p.at(level - 2, "ClipSlot") && p.at(level - 3, "ClipSlot") ? ClipLocation.SESSION : null;
    }
    if (!"Events".equals(parent)) {
      return null;
    }
    if (p.at(level - 2, "ArrangerAutomation") && (p.at(level - 3, "ClipTimeable") || p.at(level - 3, "Sample"))
        && p.at(level - 4, "MainSequencer")) {
      return ClipLocation.ARRANGEMENT;
    }
    if (p.at(level - 2, "ClipAutomation") && p.at(level - 3, "TakeLane")) {
      return ClipLocation.TAKE_LANE;
    }
    return null;
  }

  void field(int level, String name) {
    int rel = level - clip.level;
    if (rel == 1) {
      switch (name) {
        case "Name" -> clip.name = p.value();
        case "CurrentStart" -> clip.start = AlsParser.parseDouble(p.value(), 0);
        case "CurrentEnd" -> clip.end = AlsParser.parseDouble(p.value(), 0);
        default -> { }
      }
    } else if (rel == 2 && "Loop".equals(p.names[clip.level + 1])) {
      switch (name) {
        case "LoopStart" -> clip.loopStart = AlsParser.parseDouble(p.value(), 0);
        case "LoopEnd" -> clip.loopEnd = AlsParser.parseDouble(p.value(), 0);
        case "LoopOn" -> clip.loopOn = "true".equals(p.value());
        default -> { }
      }
    }
  }

  /** Closes the open clip when its element at {@code level} ends. */
  void end(int level, int trackIndex) {
    if (clip != null && level == clip.level) {
      if (clips.size() < maxListed) {
        clips.add(clip.build(trackIndex));
      } else {
        truncated = true;
      }
      clip = null;
    }
  }

  private static final class ClipBuilder {
    final int level;
    final ClipLocation location;
    final boolean midi;
    final int slot;
    final double time;
    String name;
    double start;
    double end;
    double loopStart;
    double loopEnd;
    boolean loopOn;

    ClipBuilder(int level, ClipLocation location, boolean midi, int slot, double time) {
      this.level = level;
      this.location = location;
      this.midi = midi;
      this.slot = slot;
      this.time = time;
    }

    Clip build(int trackIndex) {
      return new Clip(trackIndex, location, midi, slot, location == ClipLocation.SESSION ? 0 : time, name, start, end,
          loopStart, loopEnd, loopOn);
    }
  }
}
