package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.ArpPattern;
import ai.sergik.generate.ArpRate;
import ai.sergik.generate.BassStyle;
import ai.sergik.generate.ChordStyle;
import ai.sergik.generate.DrumGenre;
import ai.sergik.generate.MelodyInstrument;
import ai.sergik.generate.Spread;
import ai.sergik.generate.Voicing;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The words {@code sergik generate --help} lists are the engine's, all of them, in its order. */
class GenerateHelpVocabularyTest {
  @Test
  void theHelpListsEveryWordOfTheEnginesVocabulary() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(CliRun.run(out, err, "generate", "--help")).as(err.toString()).isZero();
    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help)
        .contains("--style=<style> chord style: " + String.join(", ", ChordStyle.ids()) + ";")
        .contains("--voicing=<voicing> " + String.join(", ", Voicing.ids()) + " (")
        .contains(": " + String.join(", ", Spread.ids()) + " (")
        .contains("arp: " + String.join(", ", ArpPattern.ids()) + " (")
        .contains("arp: " + String.join(" ", ArpRate.ids()) + " (")
        .contains("bass: " + String.join(", ", BassStyle.ids()) + " (")
        .contains("drums: " + String.join(", ", DrumGenre.ids()) + " (")
        .contains("melody: " + String.join(", ", MelodyInstrument.names()) + ";");
  }
}
