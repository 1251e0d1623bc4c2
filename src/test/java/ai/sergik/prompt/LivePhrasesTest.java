package ai.sergik.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.prompt.LivePhrases.Control;
import ai.sergik.prompt.LivePhrases.Fit;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which prompts act on Live, and how: every example of the docs, and generation prompts that must stay generation. */
class LivePhrasesTest {

  static String controls(String prompt) {
    Optional<LivePhrases.Intent> intent = LivePhrases.read(prompt);
    assertThat(intent).as(prompt).containsInstanceOf(Control.class);
    return ((Control) intent.get())
        .controls().stream().map(JsonNode::toString).collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "set the tempo to 122 and start playback | {\"tempo\":122.0} {\"transport\":\"play\"}",
        "Set the tempo to 122 BPM, then play | {\"tempo\":122.0} {\"transport\":\"play\"}",
        "tempo 124 | {\"tempo\":124.0}",
        "128 bpm | {\"tempo\":128.0}",
        "change the tempo to 99.5 | {\"tempo\":99.5}",
        "stop | {\"transport\":\"stop\"}",
        "Stop playback please | {\"transport\":\"stop\"}",
        "play | {\"transport\":\"play\"}",
        "continue | {\"transport\":\"continue\"}",
        "resume playback | {\"transport\":\"continue\"}",
        "mute the drums | {\"track\":\"drums\",\"param\":\"mute\",\"value\":true}",
        "Mute the Drums track | {\"track\":\"Drums\",\"param\":\"mute\",\"value\":true}",
        "unmute the bass | {\"track\":\"bass\",\"param\":\"mute\",\"value\":false}",
        "solo keys | {\"track\":\"keys\",\"param\":\"solo\",\"value\":true}",
        "unsolo Keys | {\"track\":\"Keys\",\"param\":\"solo\",\"value\":false}",
        "arm the Vocals track | {\"track\":\"Vocals\",\"param\":\"arm\",\"value\":true}",
        "disarm vocals | {\"track\":\"vocals\",\"param\":\"arm\",\"value\":false}",
        "fire scene 3 | {\"scene\":3}",
        "launch scene 12 | {\"scene\":12}",
        "fire clip 2 on the Bass track | {\"fire\":{\"track\":\"Bass\",\"slot\":2}}",
        "launch slot 4 on Lead Synth | {\"fire\":{\"track\":\"Lead Synth\",\"slot\":4}}",
        "bring the bass down 3 dB | {\"track\":\"bass\",\"param\":\"volume\",\"delta_db\":-3.0}",
        "turn the Drums up by 1.5db | {\"track\":\"Drums\",\"param\":\"volume\",\"delta_db\":1.5}",
        "turn down the keys 6 dB | {\"track\":\"keys\",\"param\":\"volume\",\"delta_db\":-6.0}",
        "lower the pads by 2 dB | {\"track\":\"pads\",\"param\":\"volume\",\"delta_db\":-2.0}",
        "set the bass volume to -6 dB | {\"track\":\"bass\",\"param\":\"volume\",\"value\":-6.0}",
        "mute the drums and solo the bass | {\"track\":\"drums\",\"param\":\"mute\",\"value\":true} {\"track\":\"bass\",\"param\":\"solo\",\"value\":true}",
      })
  void controlPrompts(String prompt, String expected) {
    assertThat(controls(prompt)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a bassline for the chords on the Keys track | bass | Keys | ",
        "a bassline for the chords on the Keys track onto the Bass track | bass | Keys | Bass",
        "make a bass line under these chords | bass | | ",
        "harmonise this melody | chords | | ",
        "Harmonize the melody on the Lead Synth track | chords | Lead Synth | ",
        "an arp over these chords into the Arp track | arp | | Arp",
        "drums for this groove | drums | | ",
        "a counter-melody for the melody on the Lead track | counter-melody | Lead | ",
        "a bassline to fit the melody on the Lead track | bass | Lead | ",
      })
  void fitPrompts(String prompt, String part, String from, String to) {
    Optional<LivePhrases.Intent> intent = LivePhrases.read(prompt);
    assertThat(intent).as(prompt).containsInstanceOf(Fit.class);
    Fit fit = (Fit) intent.get();
    assertThat(fit.part()).isEqualTo(part);
    assertThat(fit.fromTrack()).isEqualTo(Optional.ofNullable(from));
    assertThat(fit.toTrack()).isEqualTo(Optional.ofNullable(to));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8 bars of deep house chords in 10B, slightly humanized",
        "drum and bass drums at 174 bpm",
        "techno chords that never stop",
        "play some jazzy chords in F minor",
        "deep house chords for the Keys track",
        "a techno bassline in F#m at 128 bpm",
        "trap drums, 4 variations",
        "stop motion ambient pads in 5A",
        "8 bars of chords and play them",
      })
  void generationPromptsAreNotLiveActions(String prompt) {
    assertThat(LivePhrases.read(prompt)).as(prompt).isEmpty();
  }
}
