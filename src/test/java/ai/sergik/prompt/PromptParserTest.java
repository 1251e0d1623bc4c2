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
      """)
  void readsThePromptIntoTheRequest(String prompt, String part, String key, String style, int bars, double tempo, String other) {
    ParsedPrompt parsed = parser.parse(prompt);
    GenerationRequest r = parsed.request();
    assertThat(r.part().id()).as("part").isEqualTo(part);
    assertThat(r.key().camelot()).as("key").isEqualTo(key);
    assertThat(r.style()).as("style").isEqualTo(style);
    assertThat(r.bars()).as("bars").isEqualTo(bars);
    assertThat(r.tempo()).as("tempo").isEqualTo(tempo);
    Map<String, String> expected = new LinkedHashMap<>();
    if (other != null) {
      for (String pair : other.split(";")) {
        String[] kv = pair.split("=", 2);
        expected.put(kv[0].trim(), kv[1].trim());
      }
    }
    HumanizeSettings feel = parsed.humanize().orElse(null);
    expected.forEach((field, value) -> {
      switch (field) {
        case "voicing" -> assertThat(r.voicing()).as(field).isEqualTo(value);
        case "pattern" -> assertThat(r.arpPattern()).as(field).isEqualTo(value);
        case "rate" -> assertThat(r.arpRate()).as(field).isEqualTo(value);
        case "octaves" -> assertThat(r.arpOctaves()).as(field).isEqualTo(Integer.parseInt(value));
        case "progression" -> assertThat(r.progression()).as(field).isEqualTo(value);
        case "sevenths" -> assertThat(r.sevenths()).as(field).isEqualTo(Boolean.parseBoolean(value));
        case "ninths" -> assertThat(r.ninths()).as(field).isEqualTo(Boolean.parseBoolean(value));
        case "variations" -> {
          assertThat(parsed.variations()).as(field).isEqualTo(Integer.parseInt(value));
          assertThat(r.drumVariations()).as(field).isEqualTo(Integer.parseInt(value));
        }
        case "density" -> assertThat(r.density()).as(field).isEqualTo(Double.parseDouble(value));
        case "seed" -> assertThat(r.seed()).as(field).isEqualTo(Long.parseLong(value));
        case "timing" -> assertThat(feel.timingMs()).as(field).isEqualTo(Double.parseDouble(value));
        case "velocity" -> assertThat(feel.velocity()).as(field).isEqualTo(Integer.parseInt(value));
        case "swing" -> assertThat(feel.swing()).as(field).isEqualTo(Double.parseDouble(value));
        case "drift" -> assertThat(feel.driftMs()).as(field).isEqualTo(Double.parseDouble(value));
        default -> throw new IllegalArgumentException("unknown expectation " + field);
      }
    });
    if (!expected.containsKey("timing") && !expected.containsKey("swing") && !expected.containsKey("drift")
        && !expected.containsKey("velocity")) {
      assertThat(parsed.humanize()).as("no humanize asked for").isEmpty();
    }
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
    ParsedPrompt parsed = parser.parse("something melancholic like a rainy afternoon");
    assertThat(parsed.readable()).isFalse();
    assertThat(parsed.unread()).containsExactly("melancholic", "rainy", "afternoon");
  }

  @Test
  void outOfRangeValuesFailNamingTheField() {
    assertThatThrownBy(() -> parser.parse("100 bars of chords")).hasMessage("bars must be 1..64, got 100");
    assertThatThrownBy(() -> parser.parse("")).hasMessageStartingWith("prompt is empty");
  }

  @Test
  void numberWordsBecomeDigits() {
    assertThat(NumberWords.toDigits("eight bars at one hundred and twenty-four bpm")).isEqualTo("8 bars at 124 bpm");
    assertThat(NumberWords.toDigits("a hundred and twenty bpm, thirty two bars")).isEqualTo("120 bpm, 32 bars");
    assertThat(NumberWords.toDigits("eighth notes for someone")).isEqualTo("eighth notes for someone");
  }
}
