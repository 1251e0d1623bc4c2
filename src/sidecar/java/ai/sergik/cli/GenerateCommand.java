package ai.sergik.cli;

import ai.sergik.api.Json;
import ai.sergik.generate.ChordOptions;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.MelodyOptions;
import ai.sergik.generate.Part;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.music.Note;
import ai.sergik.options.DataOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sergik generate chords|bass|arp|drums|melody ...}: a clip as a MIDI file, JSON and/or a piano-roll PNG. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates chords, bass, an arpeggio, drums or a melody and writes a MIDI file (type 1, 960 PPQ).",
      "Prints the chords, the note count and the length. Same options and seed, same notes.",
      "Without -o the file goes to DATA/generated/."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the clip was written",
      "1:it could not be written",
      "2:a bad option (the message says which)"
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Parameters(
      index = "0",
      paramLabel = "PART",
      description =
          "chords, bass, arp (arpeggio), drums, melody, or all (the five as tracks of one file)")
  String part;

  @Option(
      names = "--key",
      defaultValue = GenerationRequest.DEFAULT_KEY,
      description =
          "Camelot (10B), Open Key (3d), a name (D major, F#m, Bbmin) or a mode (D dorian, Ddor, dorian D) (default: ${DEFAULT-VALUE})")
  String key;

  @Option(
      names = "--style",
      defaultValue = GenerationRequest.DEFAULT_STYLE,
      description =
          "chord style: house, deep-house, techno, jazz, modal, hip-hop, boom-bap, soul, funk, ambient; "
              + "drum genres and bass styles are accepted too (default: ${DEFAULT-VALUE})")
  String style;

  @Option(
      names = "--progression",
      paramLabel = "NUMERALS",
      description =
          "Roman numerals, e.g. i-VI-III-VII, ii7-V7-Imaj7, i-bII-i-bVII (default: the style's preset)")
  String progression;

  @Option(names = "--bars", defaultValue = "8", description = "1..64 (default: ${DEFAULT-VALUE})")
  int bars;

  @Option(
      names = "--tempo",
      description = "BPM, 20..999 (default: the style's: house 125, techno 130, "
          + "drum-and-bass 174, trap 140, hip-hop and boom-bap 90, lo-fi 80, ...)")
  Double tempo;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "same seed, same notes (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--voicing",
      defaultValue = ChordOptions.DEFAULT_VOICING,
      description = "stabs, pads, spread, shell, rootless (default: ${DEFAULT-VALUE})")
  String voicing;

  @Option(
      names = "--spread",
      description = "how the upper notes stack: close, open, drop-2, drop-3 "
          + "(default: the voicing's own; spread is drop-2)")
  String spread;

  @Option(
      names = "--inversion",
      description =
          "chord tone in the lowest voice: 0 root position .. 3 seventh " + "(default: voice-led)")
  Integer inversion;

  @Option(
      names = "--register",
      paramLabel = "NOTE",
      description = "lowest note of the voicing, MIDI 24..96 or a name "
          + "such as C3 (default: the voicing's own)")
  String register;

  @Option(
      names = "--top-note",
      paramLabel = "NOTES",
      description =
          "top-note targets, one per chord in turn: " + "\"E5\" or a melody line \"E5 D5 C5 B4\"")
  String topNote;

  @Option(
      names = "--chord-lengths",
      paramLabel = "BARS",
      description = "bars per chord in turn, e.g. 2,1,1 "
          + "or \"1 0.5 0.5 2\" (default: the bars shared evenly, on bar lines)")
  String chordLengths;

  @Option(
      names = "--preset",
      defaultValue = "0",
      description =
          "without --progression: the style's preset 0 "
              + "(its own) or 1 (with a borrowed chord or secondary dominant) (default: ${DEFAULT-VALUE})")
  int preset;

  @Option(
      names = "--surprise",
      description = "seeded borrowed chords and secondary dominants in the progression")
  boolean surprise;

  @Option(
      names = "--sevenths",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "add the scale's sevenths to plain triads (default: ${DEFAULT-VALUE})")
  boolean sevenths;

  @Option(
      names = "--ninths",
      defaultValue = "false",
      description = "add ninths where the scale has them")
  boolean ninths;

  @Option(
      names = "--pattern",
      description =
          "arp: up, down, updown, downup, pingpong, random, as-played (default: the style's, e.g. house updown)")
  String pattern;

  @Option(
      names = "--rate",
      description =
          "arp: 1/4 1/4t 1/8 1/8t 1/16 1/16t 1/32 1/32t (default: the style's, e.g. house 1/16)")
  String rate;

  @Option(
      names = "--octaves",
      defaultValue = "1",
      description = "arp: 1..4 (default: ${DEFAULT-VALUE})")
  int octaves;

  @Option(
      names = "--gate",
      description = "arp: sounding fraction of a step, 0.05..1 (default: the style's)")
  Double gate;

  @Option(
      names = "--bass-style",
      paramLabel = "STYLE",
      description = "bass: jazz, house, techno, hiphop, funk, soul, "
          + "ambient, trap (default: from --style)")
  String bassStyle;

  @Option(
      names = "--genre",
      description =
          "drums: house, tech-house, techno, hip-hop, boom-bap, trap, drum-and-bass, lo-fi, reggaeton (default: from --style)")
  String genre;

  @Option(
      names = "--variations",
      defaultValue = "0",
      description =
          "drums: also write N variations of the seed pattern, one track each, 0..16 (default: ${DEFAULT-VALUE})")
  int variations;

  @Option(
      names = "--density",
      defaultValue = "0.5",
      description = "drums: 0 sparse .. 1 busy (default: ${DEFAULT-VALUE})")
  double density;

  @Option(
      names = "--instrument",
      defaultValue = MelodyOptions.DEFAULT_INSTRUMENT,
      description =
          "melody: lead, pluck, piano, bell, flute, sax, vocal, bass; sets the register (default: ${DEFAULT-VALUE})")
  String instrument;

  @Option(
      names = "--timing",
      defaultValue = "0",
      description = "humanize: timing variance in ms (default: ${DEFAULT-VALUE})")
  double timing;

  @Option(
      names = "--velocity",
      defaultValue = "0",
      description = "humanize: velocity variance (default: ${DEFAULT-VALUE})")
  int velocity;

  @Option(
      names = "--swing",
      description = "swing 50..75 %%, played by every part alike (default: the style's: "
          + "boom-bap 60, lo-fi 62, hip-hop 57, jazz 62 on 8ths, house 52, techno 50)")
  Double swing;

  @Option(
      names = "--drift",
      description = "humanize: slow timing drift in ms, shared by every part "
          + "(default: half of --timing)")
  Double drift;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.mid",
      description = "MIDI file to write")
  Path output;

  @Option(
      names = "--json",
      description =
          "print the result as JSON (notes in Live's note dictionary form) instead of the summary")
  boolean json;

  @Option(names = "--png", paramLabel = "FILE.png", description = "also draw a piano roll")
  Path png;

  @Override
  public Integer call() throws Exception {
    boolean all = part.trim().equalsIgnoreCase(ALL);
    List<GenerationRequest> requests = new ArrayList<>();
    if (all) {
      for (Part p : Part.values()) requests.add(request(p.id()));
    } else {
      requests.add(request(part));
    }
    double bpm = requests.get(0).tempo();
    HumanizeSettings humanize;
    try {
      // swing is played by the generators; humanizing adds timing, drift and velocity only
      humanize = HumanizeSettings.builder()
          .timingMs(timing)
          .velocity(velocity)
          .driftMs(drift != null ? drift : timing / 2)
          .tempo(bpm)
          .seed(seed)
          .build();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<MidiTrack> tracks = new ArrayList<>();
    List<Generation> made = new ArrayList<>();
    List<List<Note>> played = new ArrayList<>();
    int variationTracks = 0;
    for (GenerationRequest request : requests) {
      Generation g = Generators.generate(request);
      int channel = request.part() == Part.DRUMS ? MidiTrack.DRUM_CHANNEL : tracks.size();
      List<Note> notes = Humanizer.humanize(g.notes(), humanize);
      made.add(g);
      played.add(notes);
      int program = request.part() == Part.MELODY
          ? request.melody().instrument().gmProgram()
          : request.style().gmProgram(request.part(), request.chords().voicing());
      tracks.add(new MidiTrack(trackName(request), channel, notes, program));
      if (request.part() == Part.DRUMS && variations > 0) {
        int v = 1;
        for (Generation variation : Generators.drumVariations(request)) {
          tracks.add(new MidiTrack(
              trackName(request) + " variation " + v++,
              channel,
              Humanizer.humanize(variation.notes(), humanize),
              program));
          variationTracks++;
        }
      }
    }
    GenerationRequest first = requests.get(0);
    Path midi = output != null
        ? output
        : data.dataDir()
            .generatedDir()
            .resolve(all ? defaultName(first).replaceFirst("^[a-z]+", ALL) : defaultName(first));
    MidiFiles.write(midi, tracks, bpm);
    if (png != null) {
      // the pitched parts in one picture; drums would only crowd it
      List<Note> pitched = new ArrayList<>();
      for (int i = 0; i < made.size(); i++) {
        if (made.get(i).part() != Part.DRUMS || made.size() == 1) pitched.addAll(played.get(i));
      }
      PianoRoll.write(
          png,
          pitched,
          made.get(0).lengthBeats(),
          made.get(0).chordNames(),
          all ? first.style().id() + " chords, bass, arp and melody" : trackName(first));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      if (all) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) parts.add(jsonMap(made.get(i), played.get(i), midi));
        out.println(new ObjectMapper().writeValueAsString(Map.of("parts", parts)));
      } else {
        out.println(
            new ObjectMapper().writeValueAsString(jsonMap(made.get(0), played.get(0), midi)));
      }
    } else {
      for (Generation g : made) {
        GenerationRequest request = g.request();
        out.println((all ? g.part().id() + ": " : "") + g.summary());
        if (all) continue;
        String what = request.part() == Part.DRUMS
            ? request.drums().genre().id() + " drums"
            : "key " + g.tonic() + " \u00b7 "
                + (request.part() == Part.BASS
                    ? request.bass().style().id() + " bass"
                    : request.part() == Part.MELODY
                        ? request.style().id() + " "
                            + request.melody().instrument().id() + " melody, "
                            + Generators.melodyPhraseBars(request.bars()) + "-bar phrases"
                        : request.style().id());
        out.println(what + " \u00b7 " + fmt(bpm) + " BPM \u00b7 " + fmt(g.lengthBeats()) + " beats"
            + (variationTracks > 0 ? " \u00b7 " + variationTracks + " variations" : ""));
      }
      if (all) {
        Generation g = made.get(0);
        out.println("key " + g.tonic() + " \u00b7 " + first.style().id() + " \u00b7 " + fmt(bpm)
            + " BPM \u00b7 " + fmt(g.lengthBeats()) + " beats \u00b7 " + tracks.size() + " tracks");
      }
      out.println("wrote " + midi + (png != null ? " and " + png : ""));
    }
    out.flush();
    return 0;
  }

  /** The PART value that writes chords, bass, arp and drums as four tracks of one file. */
  static final String ALL = "all";

  private GenerationRequest request(String partName) {
    try {
      GenerationRequest.Builder b = GenerationRequest.builder()
          .part(partName)
          .key(key)
          .style(style)
          .progression(progression)
          .bars(bars)
          .seed(seed)
          .voicing(voicing)
          .sevenths(sevenths)
          .ninths(ninths)
          .arpPattern(pattern)
          .arpRate(rate)
          .arpOctaves(octaves)
          .bassStyle(bassStyle)
          .drumGenre(genre)
          .drumVariations(variations)
          .density(density)
          .spread(spread)
          .topNotes(topNote)
          .chordBars(chordLengths)
          .surprise(surprise)
          .preset(preset)
          .melodyInstrument(instrument);
      if (tempo != null) b.tempo(tempo);
      if (swing != null) b.swing(swing);
      if (gate != null) b.arpGate(gate);
      if (inversion != null) b.inversion(inversion);
      if (register != null) b.register(registerNote(register));
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** A MIDI number or a note name with octave (C3 = 48). */
  private int registerNote(String text) {
    String t = text.trim();
    if (t.matches("\\d+")) return Integer.parseInt(t);
    int[] parsed = GenerationRequest.builder().topNotes(t).build().chords().topNotes();
    if (parsed.length != 1 || parsed[0] < 0) {
      throw new IllegalArgumentException(
          "register \"" + text + "\" must be a MIDI note 24..96 or a name with octave such as C3");
    }
    return parsed[0];
  }

  static String trackName(GenerationRequest r) {
    return switch (r.part()) {
      case DRUMS -> r.drums().genre().id() + " drums";
      case BASS -> r.bass().style().id() + " bass";
      case ARP -> r.style().id() + " arp";
      case MELODY -> r.style().id() + " " + r.melody().instrument().id() + " melody";
      case CHORDS -> r.style().id() + " chords";
    };
  }

  static String defaultName(GenerationRequest r) {
    return r.part().id() + "-" + r.key().camelot() + "-" + r.style().id() + "-seed" + r.seed()
        + ".mid";
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static Map<String, Object> jsonMap(Generation g, List<Note> notes, Path midi) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("part", g.part().id());
    m.put("key", g.request().key().camelot());
    m.put("tonic", g.tonic().camelot());
    m.put("tonic_name", g.tonic().name());
    m.put("mode", g.tonic().modeName());
    m.put("style", g.request().style().id());
    if (g.part() == Part.BASS) m.put("bass_style", g.request().bass().style().id());
    if (g.part() == Part.DRUMS) m.put("drum_genre", g.request().drums().genre().id());
    if (g.part() == Part.MELODY)
      m.put("instrument", g.request().melody().instrument().id());
    m.put("chords", g.chordNames());
    m.put("bars", g.bars());
    m.put("tempo", g.request().tempo());
    m.put("swing", g.request().swing());
    m.put("length_beats", g.lengthBeats());
    m.put("seed", g.request().seed());
    m.put("summary", g.summary());
    m.put("midi", midi.toString());
    m.put("notes", new RawValue(Json.notes(notes)));
    return m;
  }
}
