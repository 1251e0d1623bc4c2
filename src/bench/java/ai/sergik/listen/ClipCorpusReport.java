package ai.sergik.listen;

import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * How the clip listener hears the MIDI clips of real Live sets (numbers, not pass/fail; in docs/engine.md):
 * every MIDI clip of every set in a folder, its key and chords as heard, and — where the producer turned on
 * Live's scale for the clip (Live 11+, {@code IsInKey}) — whether the heard key is Live's scale.
 *
 * <p>Usage: {@code ClipCorpusReport DIR} (the corpus is ../shared/corpus/als).
 */
public final class ClipCorpusReport {
  private static final String[] SCALE_MINOR = {
    "minor", "aeolian", "dorian", "phrygian", "harmonic minor", "melodic minor"
  };

  record Clip(
      String set,
      String name,
      double length,
      List<Note> notes,
      int scaleRoot,
      String scaleName,
      boolean inKey) {}

  public static void main(String[] args) throws Exception {
    List<Clip> clips = new ArrayList<>();
    try (DirectoryStream<Path> sets = Files.newDirectoryStream(Path.of(args[0]), "*.als")) {
      for (Path set : sets) clips.addAll(read(set));
    }
    clips.sort((a, b) -> a.set().compareTo(b.set()));
    int pitched = 0;
    int withScale = 0;
    int agreeScale = 0;
    int relativeScale = 0;
    Map<String, Map<String, Integer>> keysBySet = new HashMap<>();
    System.out.printf(
        Locale.ROOT,
        "%-44s %-22s %5s  %-34s %s%n",
        "set",
        "clip",
        "notes",
        "heard",
        "Live's scale");
    for (Clip c : clips) {
      if (c.notes().size() < 4) continue;
      ClipReading r;
      try {
        r = ClipListener.hear(c.notes(), c.length(), 4);
      } catch (IllegalArgumentException e) {
        System.out.printf(
            Locale.ROOT, "%-44s %-22s refused: %s%n", c.set(), c.name(), e.getMessage());
        continue;
      }
      String scale = c.inKey() ? pitchName(c.scaleRoot()) + " " + c.scaleName() : "-";
      String heard = r.isDrums()
          ? "drums " + r.groove().grid()
          : r.key().camelot() + " " + r.key().name() + " ("
              + String.join(
                  " ", r.chordNames().subList(0, Math.min(4, r.chordNames().size()))) + ")";
      System.out.printf(
          Locale.ROOT,
          "%-44s %-22s %5d  %-34s %s%n",
          c.set(),
          trim(c.name(), 22),
          c.notes().size(),
          trim(heard, 34),
          scale);
      if (r.isDrums()) continue;
      pitched++;
      keysBySet
          .computeIfAbsent(c.set(), k -> new HashMap<>())
          .merge(r.key().camelot(), 1, Integer::sum);
      if (c.inKey()) {
        withScale++;
        boolean minor = isMinorScale(c.scaleName());
        Key live = Key.of(c.scaleRoot(), minor);
        if (live.equals(r.key())) agreeScale++;
        else if (live.relative().equals(r.key())) relativeScale++;
      }
    }
    int consistent = 0;
    for (Map<String, Integer> keys : keysBySet.values())
      consistent += keys.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "%n%d pitched clips in %d sets; %d share their set's most heard key (%.0f %%)%n",
        pitched,
        keysBySet.size(),
        consistent,
        pitched == 0 ? 0 : 100.0 * consistent / pitched);
    System.out.printf(
        Locale.ROOT,
        "clips with Live's scale on: %d; heard key = Live's scale: %d, its relative: %d%n",
        withScale,
        agreeScale,
        relativeScale);
  }

  static boolean isMinorScale(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String m : SCALE_MINOR) if (n.equals(m)) return true;
    return false;
  }

  static String pitchName(int pc) {
    return new String[] {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"}
        [((pc % 12) + 12) % 12];
  }

  static String trim(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** The MIDI clips of one set: name, loop length, notes (pitch from each KeyTrack's MidiKey), Live's scale. */
  static List<Clip> read(Path set) throws Exception {
    List<Clip> clips = new ArrayList<>();
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(set))) {
      XMLStreamReader x = f.createXMLStreamReader(in);
      int depth = 0;
      int clipDepth = -1;
      String name = "";
      double loopEnd = 0;
      double loopStart = 0;
      int scaleRoot = 0;
      String scaleName = "";
      boolean inKey = false;
      List<Note> notes = null;
      List<double[]> pending = new ArrayList<>();
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String tag = x.getLocalName();
          String value = x.getAttributeValue(null, "Value");
          if (tag.equals("MidiClip")) {
            clipDepth = depth;
            name = "";
            loopEnd = 0;
            loopStart = 0;
            scaleRoot = 0;
            scaleName = "";
            inKey = false;
            notes = new ArrayList<>();
          } else if (clipDepth > 0) {
            switch (tag) {
              case "Name" -> {
                if (depth == clipDepth + 1 && value != null) name = value;
              }
              case "LoopEnd" -> {
                if (value != null && loopEnd == 0) loopEnd = Double.parseDouble(value);
              }
              case "LoopStart" -> {
                if (value != null && loopStart == 0) loopStart = Double.parseDouble(value);
              }
              case "RootNote", "Root" -> {
                if (value != null) scaleRoot = Integer.parseInt(value);
              }
              case "IsInKey" -> inKey = "true".equals(value);
              case "MidiNoteEvent" -> {
                if (!"false".equals(x.getAttributeValue(null, "IsEnabled"))) {
                  pending.add(new double[] {
                    Double.parseDouble(x.getAttributeValue(null, "Time")),
                    Double.parseDouble(x.getAttributeValue(null, "Duration")),
                    Double.parseDouble(x.getAttributeValue(null, "Velocity"))
                  });
                }
              }
              case "MidiKey" -> {
                int pitch = Integer.parseInt(value);
                for (double[] p : pending) {
                  if (p[1] > 0 && p[0] >= 0)
                    notes.add(new Note(pitch, p[0], p[1], (int) Math.max(1, Math.min(127, p[2]))));
                }
                pending.clear();
              }
              default -> {}
            }
            if (tag.equals("Name")
                && value != null
                && depth > clipDepth + 1
                && scaleName.isEmpty()
                && isScaleName(value)) {
              scaleName = value;
            }
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          if (x.getLocalName().equals("MidiClip") && depth == clipDepth) {
            clips.add(new Clip(
                set.getFileName().toString(),
                name,
                Math.max(0, loopEnd - loopStart),
                notes,
                scaleRoot,
                scaleName,
                inKey));
            clipDepth = -1;
          }
          depth--;
        }
      }
    }
    return clips;
  }

  private static boolean isScaleName(String v) {
    String n = v.toLowerCase(Locale.ROOT);
    return n.equals("major")
        || isMinorScale(v)
        || n.equals("mixolydian")
        || n.equals("lydian")
        || n.equals("locrian");
  }
}
