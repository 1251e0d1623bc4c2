package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The entry point for every generator: pure functions of the request (including its seed), so the same
 * request always gives the same notes. Safe to call from any thread; nothing is shared.
 */
public final class Generators {
  private Generators() {}

  /** Generates the request's part, swung as the request (or its style) says. */
  public static Generation generate(GenerationRequest request) {
    if (request == null) throw new IllegalArgumentException("request is missing (null)");
    Generation g;
    switch (request.part()) {
      case BASS:
        g = BassGenerator.generate(request, request.bass());
        break;
      case ARP:
        g = ArpGenerator.generate(request, request.arp());
        break;
      case DRUMS:
        g = DrumGenerator.generate(request, request.drums());
        break;
      case MELODY:
        g = MelodyGenerator.generate(request, request.melody());
        break;
      default:
        g = ChordGenerator.generate(request, request.chords());
        break;
    }
    return swung(g);
  }

  private static Generation swung(Generation g) {
    GenerationRequest r = g.request();
    if (r.swing() == 50) return g;
    List<Note> notes = Swing.apply(g.notes(), r.swing(), r.style().swingGrid());
    // notes of one onset move together, so the order holds unless a swung note passed a later onset
    boolean sorted = true;
    for (int i = 1; i < notes.size() && sorted; i++)
      sorted = notes.get(i).start() >= notes.get(i - 1).start();
    return g.withNotes(notes, sorted);
  }

  /**
   * {@link DrumOptions#variations()} variations of the request's seed drum pattern (which
   * {@link #generate} returns for a drums request), each as long as the request.
   */
  public static List<Generation> drumVariations(GenerationRequest request) {
    GenerationRequest drums = request.part() == Part.DRUMS
        ? request
        : request.newBuilder().part(Part.DRUMS).build();
    DrumOptions options = drums.drums();
    // straight: variations are built on the grid, then swung
    Generation seed = DrumGenerator.generate(drums, options);
    List<Generation> out = new ArrayList<Generation>(options.variations());
    for (int v = 1; v <= options.variations(); v++) {
      out.add(swung(new Generation(
          drums,
          DrumGenerator.variation(drums, seed.notes(), v),
          seed.chords(),
          seed.tonic(),
          options.genre().id() + " drums variation " + v)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@link DrumOptions#variations()} variations of a given seed pattern (a clip's drums, for
   * example) over the request's bars; the request supplies the seed, bars and genre label.
   */
  public static List<Generation> drumVariations(GenerationRequest request, List<Note> seedPattern) {
    if (seedPattern == null) throw new IllegalArgumentException("seed pattern is missing (null)");
    GenerationRequest drums = request.part() == Part.DRUMS
        ? request
        : request.newBuilder().part(Part.DRUMS).build();
    List<Note> seed = new ArrayList<Note>(seedPattern);
    List<Generation> out = new ArrayList<Generation>(drums.drums().variations());
    for (int v = 1; v <= drums.drums().variations(); v++) {
      out.add(new Generation(
          drums,
          DrumGenerator.variation(drums, seed, v),
          Collections.<Chord>emptyList(),
          drums.key(),
          "drums variation " + v));
    }
    return Collections.unmodifiableList(out);
  }

  /** The style names a part offers in menus: chord styles, bass styles or drum genres. */
  public static List<String> styles(Part part) {
    switch (part) {
      case BASS:
        return BassStyle.ids();
      case DRUMS:
        return DrumGenre.ids();
      default:
        return ChordStyle.ids();
    }
  }

  /** How a voicing's upper notes stack: close, open, drop-2, drop-3. */
  public static List<String> spreads() {
    return Spread.ids();
  }

  /** Chord voicings: stabs, pads, spread, shell, rootless. */
  public static List<String> voicings() {
    return Voicing.ids();
  }

  /** Arpeggio patterns. */
  public static List<String> arpPatterns() {
    return ArpPattern.ids();
  }

  /** Melody instruments (each with its register): lead, pluck, piano, bell, flute, sax, vocal, bass. */
  public static List<String> melodyInstruments() {
    return MelodyInstrument.names();
  }

  /** Bars per melody phrase for a clip of {@code bars}: 8 from 16 bars up, 4 from 8, 2 from 2, else 1. */
  public static int melodyPhraseBars(int bars) {
    return MelodyGenerator.phraseBars(bars);
  }

  /** Arpeggio rates. */
  public static List<String> arpRates() {
    return ArpRate.ids();
  }
}
