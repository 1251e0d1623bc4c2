package ai.sergik.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.humanize.HumanizeSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromptParserTest {
  final PromptParser parser = new PromptParser();

  /**
   * prompt | part | key (Camelot) | style | bars | tempo | other fields (name=value;...). Keys in every
   * notation, styles with typos, numbers in digits and words, humanize amounts.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      generate chords in 10B                                         | chords | 10B | house         | 8  | 125 |
      8 bars of deep house chords in 10B                              | chords | 10B | deep-house    | 8  | 122 |
      deep house chords in 10b at 122 bpm                             | chords | 10B | deep-house    | 8  | 122 |
      chords in 3d                                                     | chords | 10B | house         | 8  | 125 |
      a walking bass line in D major                                   | bass   | 10B | house         | 8  | 125 |
      techno bass in F#m, sixteen bars                                 | bass   | 11A | techno        | 16 | 130 |
      Bbmin chords with pads                                           | chords | 3A  | house         | 8  | 125 | voicing=pads
      arpeggios in C♯m going up and down                               | arp    | 12A | house         | 8  | 125 | pattern=updown
      give me a tech house beat at one hundred and twenty-six bpm       | drums  | 10B | tech-house    | 8  | 126 |
      four bars of trap drums, 140 bpm                                  | drums  | 10B | trap          | 4  | 140 |
      jazzy chords in the key of G, ii-V-I                              | chords | 9B  | jazz          | 8  | 120 | progression=ii-V-I
      make a tecno arp in 8A                                            | arp    | 8A  | techno        | 8  | 130 |
      deep hous chords in A minor                                       | chords | 8A  | deep-house    | 8  | 122 |
      hiphpo beat in Eb                                                  | drums  | 5B  | hip-hop       | 8  | 90  |
      regaeton drums with 4 variations                                   | drums  | 10B | reggaeton     | 8  | 95  | variations=4
      ambiant pads in E minor                                            | chords | 9A  | ambient       | 8  | 70  | voicing=pads
      soulful chords in Db major, 7ths, 32 bars                          | chords | 3B  | soul          | 32 | 96  | sevenths=true
      funky bassline in Gm at 110bpm                                     | bass   | 6A  | funk          | 8  | 110 |
      lofi drums, sparse, at eighty five bpm                             | drums  | 10B | lo-fi         | 8  | 85  | density=0.25
      dnb drums at 174 bpm, busy                                         | drums  | 10B | drum-and-bass | 8  | 174 | density=0.8
      drum and bass beat in 6A                                           | drums  | 6A  | drum-and-bass | 8  | 174 |
      boom bap drums with swing                                          | drums  | 10B | boom-bap      | 8  | 90  | swing=58
      house chords, humanized                                            | chords | 10B | house         | 8  | 125 | timing=20;velocity=10
      slightly humanize some techno chords in 5A                         | chords | 5A  | techno        | 8  | 130 | timing=10;velocity=5
      loose jazz bass with 30 ms timing and velocity 12                  | bass   | 10B | jazz          | 8  | 120 | timing=30;velocity=12
      house drums with 60% swing, twelve bars                             | drums  | 10B | house         | 12 | 125 | swing=60
      arp in 1m, 1/8 notes, two octaves, random                          | arp    | 8A  | house         | 8  | 125 | pattern=random;rate=1/8;octaves=2
      sixteenth note arpeggio in 12B, pingpong                            | arp    | 12B | house         | 8  | 125 | pattern=pingpong;rate=1/16
      chords in C, triads, stabs                                          | chords | 8B  | house         | 8  | 125 | sevenths=false;voicing=stabs
      ninth chords in A major with spread voicing                        | chords | 11B | house         | 8  | 125 | ninths=true;voicing=spread
      modal chords, i-bVII-IV-i, in D minor                               | chords | 7A  | modal         | 8  | 130 | progression=i-bVII-IV-i
      I am after a bass line in 10A, 64 bars                              | bass   | 10A | house         | 64 | 125 |
      play a chord progression in B major, tempo 128                      | chords | 1B  | house         | 8  | 128 |
      techno drums in 11a with seed 7                                     | drums  | 11A | techno        | 8  | 130 | seed=7
      shell voicing chords in F sharp major at a hundred and twenty bpm   | chords | 2B  | house         | 8  | 120 | voicing=shell
      one bar of house drums                                              | drums  | 10B | house         | 1  | 125 |
      CHORDS IN 10B, DEEP HOUSE                                           | chords | 10B | deep-house    | 8  | 122 |
      hip hop chords in am with drift 15ms                                | chords | 8A  | hip-hop       | 8  | 90  | drift=15
      trap beat, humanize 50%                                             | drums  | 10B | trap          | 8  | 140 | timing=15;velocity=10
      chrods in E flat minor, 24 bars at 90 bpm                           | chords | 2A  | house         | 24 | 90  |
      give me a trap hi-hat pattern                                       | drums  | 10B | trap          | 8  | 140 | unread=
      kick pattern for techno                                             | drums  | 10B | techno        | 8  | 130 | unread=
      give me hats                                                        | drums  | 10B | house         | 8  | 125 | unread=
      deep house 122                                                      | chords | 10B | deep-house    | 8  | 122 | unread=
      64 bars of busy techno drums with 16 variations                     | drums  | 10B | techno        | 64 | 130 | variations=16;density=0.8
      64 bars of arpeggio in 8A, 1/32 notes, 4 octaves                    | arp    | 8A  | house         | 64 | 125 | rate=1/32;octaves=4
      8 bars of deep house chords in 10B, slightly humanized              | chords | 10B | deep-house    | 8  | 122 | timing=10;velocity=5
      snare rolls for trap at 140                                         | drums  | 10B | trap          | 8  | 140 |
      claps and hats, tech house 126                                      | drums  | 10B | tech-house    | 8  | 126 |
      808 pattern in 5A                                                   | drums  | 5A  | house         | 8  | 125 |
      an 808 bass in F minor                                              | bass   | 4A  | house         | 8  | 125 |
      percussion loop, afro house                                         | drums  | 10B | house         | 8  | 125 |
      a drum fill for techno                                              | drums  | 10B | techno        | 8  | 130 |
      groove at 124                                                       | drums  | 10B | house         | 8  | 124 |
      a hip hop beat at 90                                                | drums  | 10B | hip-hop       | 8  | 90  |
      hihats, busy, 4 bars                                                | drums  | 10B | house         | 4  | 125 | density=0.8
      high hats in a dnb style                                            | drums  | 10B | drum-and-bass | 8  | 174 |
      kick and snare, boom bap, 92                                        | drums  | 10B | boom-bap      | 8  | 92  |
      shaker and rimshot groove for house                                 | drums  | 10B | house         | 8  | 125 |
      dark techno chords                                                  | chords | 6A | techno        | 8  | 130 | mood=dark
      sad chords in C major                                               | chords | 8B  | house         | 8  | 125 | mood=sad
      uplifting house chords                                              | chords | 10B | house         | 8  | 125 | mood=uplifting
      dreamy pads                                                         | chords | 11B| ambient       | 8  | 70  | mood=dreamy;voicing=pads
      chill chords at 85                                                  | chords | 8A | lo-fi         | 8  | 85  | mood=chill
      melancholic bass line                                               | bass   | 7A | house         | 8  | 125 | mood=sad
      euphoric trance-like arp at 138                                     | arp    | 10B | house         | 8  | 138 | mood=uplifting
      hypnotic techno bass at 130                                         | bass   | 8A | techno        | 8  | 130 | mood=mysterious
      ethereal ambient chords in 2B                                       | chords | 2B  | ambient       | 8  | 70  | mood=dreamy
      happy funk bass in G                                                | bass   | 9B  | funk          | 8  | 108 | mood=uplifting
      moody deep house chords in Fm, 16 bars                              | chords | 4A  | deep-house    | 16 | 122 | mood=sad
      deep house 122, 16 bars                                             | chords | 10B | deep-house    | 16 | 122 |
      techno 128 bass in 8A                                               | bass   | 8A  | techno        | 8  | 128 |
      house chords 124 in Am                                              | chords | 8A  | house         | 8  | 124 |
      trap drums 140                                                      | drums  | 10B | trap          | 8  | 140 |
      jazz chords 96 with shells                                          | chords | 10B | jazz          | 8  | 96  | voicing=shell
      lofi beat 75                                                        | drums  | 10B | lo-fi         | 8  | 75  |
      arp in 9A at tempo 122, up                                          | arp    | 9A  | house         | 8  | 122 | pattern=up
      chords in A aeolian                                                 | chords | 8A  | house         | 8  | 125 |
      chords in C ionian                                                  | chords | 8B  | house         | 8  | 125 |
      walking bass in Bb major, jazz, 32 bars at 160                     | bass   | 6B  | jazz          | 32 | 160 |
      ambient pads in Ab, 16 bars, slow 70 bpm                            | chords | 4B  | ambient       | 16 | 70  | voicing=pads
      reggaeton beat with swing                                           | drums  | 10B | reggaeton     | 8  | 95  | swing=58
      soul chords in E major with ninths                                  | chords | 12B | soul          | 8  | 96  | ninths=true
      funky drums, heavily humanized                                      | drums  | 10B | funk          | 8  | 108 | timing=35;velocity=20
      techno stabs in 5A at 132                                           | chords | 5A  | techno        | 8  | 132 | voicing=stabs
      house arp in 10B, 1/16 triplets                                     | arp    | 10B | house         | 8  | 125 | rate=1/16t
      downward arpeggio in D minor                                        | arp    | 7A  | house         | 8  | 125 | pattern=down
      minimal techno drums at 126                                         | drums  | 10B | techno        | 8  | 126 | density=0.25
      """)
  void readsThePromptIntoTheRequest(
      String prompt, String part, String key, String style, int bars, double tempo, String other) {
    ParsedPrompt parsed = parser.parse(prompt);
    GenerationRequest r = parsed.request();
    assertThat(r.part().id()).as("part").isEqualTo(part);
    assertThat(r.key().camelot()).as("key").isEqualTo(key);
    assertThat(r.style().id()).as("style").isEqualTo(style);
    assertThat(r.bars()).as("bars").isEqualTo(bars);
    assertThat(r.tempo()).as("tempo").isEqualTo(tempo);
    Map<String, String> expected = new LinkedHashMap<>();
    if (other != null) {
      for (String pair : other.split(";")) {
        String[] kv = pair.split("=", 2);
        expected.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
      }
    }
    HumanizeSettings feel = parsed.humanize().orElse(null);
    expected.forEach((field, value) -> {
      switch (field) {
        case "voicing" -> assertThat(r.chords().voicing().id()).as(field).isEqualTo(value);
        case "pattern" -> assertThat(r.arp().pattern().id()).as(field).isEqualTo(value);
        case "rate" -> assertThat(r.arp().rate().id()).as(field).isEqualTo(value);
        case "octaves" ->
          assertThat(r.arp().octaves()).as(field).isEqualTo(Integer.parseInt(value));
        case "progression" -> assertThat(r.progression()).as(field).isEqualTo(value);
        case "sevenths" ->
          assertThat(r.chords().sevenths()).as(field).isEqualTo(Boolean.parseBoolean(value));
        case "ninths" ->
          assertThat(r.chords().ninths()).as(field).isEqualTo(Boolean.parseBoolean(value));
        case "variations" -> {
          assertThat(parsed.variations()).as(field).isEqualTo(Integer.parseInt(value));
          assertThat(r.drums().variations()).as(field).isEqualTo(Integer.parseInt(value));
        }
        case "density" ->
          assertThat(r.drums().density()).as(field).isEqualTo(Double.parseDouble(value));
        case "seed" -> assertThat(r.seed()).as(field).isEqualTo(Long.parseLong(value));
        case "timing" -> assertThat(feel.timingMs()).as(field).isEqualTo(Double.parseDouble(value));
        case "velocity" -> assertThat(feel.velocity()).as(field).isEqualTo(Integer.parseInt(value));
        case "swing" -> assertThat(feel.swing()).as(field).isEqualTo(Double.parseDouble(value));
        case "drift" -> assertThat(feel.driftMs()).as(field).isEqualTo(Double.parseDouble(value));
        case "mood" ->
          assertThat(parsed.understood().get("mood").value()).as(field).isEqualTo(value);
        case "unread" -> assertThat(String.join(" ", parsed.unread())).as(field).isEqualTo(value);
        default -> throw new IllegalArgumentException("unknown expectation " + field);
      }
    });
    if (!expected.containsKey("timing")
        && !expected.containsKey("swing")
        && !expected.containsKey("drift")
        && !expected.containsKey("velocity")) {
      assertThat(parsed.humanize()).as("no humanize asked for").isEmpty();
    }
  }

  /** Something meant as a key that is none fails the prompt, naming it and the forms that work. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      chords in 13C                    | 13C
      key of H                         | H
      house chords in the key of H     | H
      bass in 0A                       | 0A
      techno arp in 14b                | 14b
      chords in H minor                | H minor
      a bassline in the key of X sharp | X sharp
      chords in 10C                    | 10C
      """)
  void aKeyThatIsNoneIsRejectedNamingItAndTheAcceptedForms(String prompt, String key) {
    assertThatThrownBy(() -> parser.parse(prompt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"" + key + "\" is not a key; use " + ai.sergik.music.Key.ACCEPTED_FORMS);
  }

  /** Modes as keys: read as the mode when the engine takes modes, a clear error naming the mode when it does not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      D dorian                         | D dorian
      techno chords in A phrygian      | A phrygian
      lydian pads in F lydian          | F lydian
      E mixolydian bass                | E mixolydian
      """)
  void aModeIsTheKeyWhenTheEngineTakesModes(String prompt, String mode) {
    java.util.Optional<ai.sergik.music.Key> engineKey = parseKey(mode);
    if (engineKey.isPresent()) {
      assertThat(parser.parse(prompt).request().key()).isEqualTo(engineKey.get());
    } else {
      assertThatThrownBy(() -> parser.parse(prompt))
          .hasMessageStartingWith("\"" + mode + "\" is a mode, and this engine"
              + " takes only major and minor keys so far");
    }
  }

  /** The melody words: the melody part when the engine makes one, a clear error naming it when it does not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a melody in A minor              | 8A
      lead line in 5A at 128           | 5A
      a catchy hook in F#m             | 11A
      topline for deep house in 10B    | 10B
      """)
  void melodyWordsAskForTheMelodyPart(String prompt, String key) {
    java.util.Optional<ai.sergik.generate.Part> melody =
        PromptVocabulary.part(PromptVocabulary.MELODY);
    if (melody.isPresent()) {
      ParsedPrompt parsed = parser.parse(prompt);
      assertThat(parsed.request().part()).isEqualTo(melody.get());
      assertThat(parsed.request().key().camelot()).isEqualTo(key);
    } else {
      assertThatThrownBy(() -> parser.parse(prompt))
          .hasMessage("\"melody\" was read as the part, which this engine does"
              + " not make yet; ask for chords, bass, arp (arpeggio) or drums");
    }
  }

  static java.util.Optional<ai.sergik.music.Key> parseKey(String text) {
    try {
      return java.util.Optional.of(ai.sergik.music.Key.parse(text));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  @Test
  void aMoodSaysWhatItChoseInUnderstood() {
    ParsedPrompt parsed = parser.parse("dark techno chords");
    ParsedPrompt.Understood mood = parsed.understood().get("mood");
    assertThat(mood.text()).isEqualTo("dark");
    // with modes as keys a mood picks its mode on the default tonic (dark: phrygian)
    assertThat(mood.note()).startsWith("key 6A, D phrygian");
    assertThat(parser.parse("dark chords in 8B").request().key().camelot())
        .as("a key given wins over the mood")
        .isEqualTo("8B");
  }

  @Test
  void aBareNumberIsTheTempoAndSaysSo() {
    ParsedPrompt parsed = parser.parse("deep house 122");
    assertThat(parsed.understood().get("tempo").note())
        .isEqualTo("a bare number, read as the tempo in BPM");
    assertThat(parsed.unread()).isEmpty();
    assertThat(parser.parse("deep house 500").unread())
        .as("a number that is no tempo is listed as unread")
        .containsExactly("500");
  }

  @Test
  void aCamelotKeyIsNeverReadAsTheNoteNameInsideAWord() {
    ParsedPrompt parsed = parser.parse("generate chords in 10B");
    assertThat(parsed.request().key().camelot()).isEqualTo("10B");
    assertThat(parsed.understood().get("key").text()).isEqualTo("10B");
    assertThat(parsed.understood().get("key").note()).isEqualTo("D major");
  }

  @Test
  void saysWhatItReadAndWhatTookADefault() {
    ParsedPrompt parsed = parser.parse("tecno chords please");
    assertThat(parsed.understood()).containsOnlyKeys("style", "part");
    assertThat(parsed.understood().get("style").value()).isEqualTo("techno");
    assertThat(parsed.understood().get("style").note()).isEqualTo("read as techno");
    // without a tempo the style's own (techno 130)
    assertThat(parsed.defaults()).containsExactly("key 10B (D major)", "bars 8", "tempo 130");
    assertThat(parsed.readable()).isTrue();
  }

  @Test
  void wordsItCannotPlaceAreListedAndAPromptWithNothingUsableIsUnreadable() {
    ParsedPrompt parsed = parser.parse("something like a rainy afternoon");
    assertThat(parsed.readable()).isFalse();
    assertThat(parsed.unread()).containsExactly("rainy", "afternoon");
  }

  @Test
  void outOfRangeValuesFailNamingTheField() {
    assertThatThrownBy(() -> parser.parse("100 bars of chords"))
        .hasMessage("bars must be 1..64, got 100");
    assertThatThrownBy(() -> parser.parse("")).hasMessageStartingWith("prompt is empty");
  }

  @Test
  void numberWordsBecomeDigits() {
    assertThat(NumberWords.toDigits("eight bars at one hundred and twenty-four bpm"))
        .isEqualTo("8 bars at 124 bpm");
    assertThat(NumberWords.toDigits("a hundred and twenty bpm, thirty two bars"))
        .isEqualTo("120 bpm, 32 bars");
    assertThat(NumberWords.toDigits("eighth notes for someone"))
        .isEqualTo("eighth notes for someone");
  }
}
