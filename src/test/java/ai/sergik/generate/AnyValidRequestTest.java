package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random combinations of every valid setting: each generates, stays in the clip and in MIDI range. */
class AnyValidRequestTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void everyValidRequestGeneratesNotesInsideTheClip(long seed) {
    Random r = new Random(seed);
    String[] progressions = {
      null,
      "I-V-vi-IV",
      "ii7-V7-Imaj7",
      "i-bII-i-bVII",
      "iiø7-V7-i",
      "vii°7-i",
      "V/V-V-I",
      "I",
      "I-IV-V-I-vi-ii-V-I-iii-vi",
      "Imaj9-IV13-iii11-bVII7sus4"
    };
    List<String> styles = Style.ids();
    for (int i = 0; i < 20; i++) {
      GenerationRequest req = GenerationRequest.builder()
          .part(Part.values()[r.nextInt(4)])
          .key(Key.all().get(r.nextInt(24)))
          .style(styles.get(r.nextInt(styles.size())))
          .progression(progressions[r.nextInt(progressions.length)])
          .bars(1 + r.nextInt(64))
          .tempo(20 + r.nextInt(980))
          .voicing(Voicing.ids().get(r.nextInt(5)))
          .sevenths(r.nextBoolean())
          .ninths(r.nextBoolean())
          .arpPattern(ArpPattern.ids().get(r.nextInt(7)))
          .arpRate(ArpRate.ids().get(r.nextInt(8)))
          .arpOctaves(1 + r.nextInt(4))
          .arpGate(0.05 + r.nextDouble() * 0.95)
          .drumVariations(r.nextInt(4))
          .density(r.nextDouble())
          .bassStyle(r.nextBoolean() ? null : BassStyle.ids().get(r.nextInt(5)))
          .seed(r.nextLong())
          .build();
      Generation g = Generators.generate(req);
      assertThat(g.notes()).as("%s", req).isNotEmpty();
      for (Note n : g.notes()) {
        assertThat(n.end()).as("%s: %s", req, n).isLessThanOrEqualTo(req.lengthBeats() + 1e-9);
      }
      for (Generation v : Generators.drumVariations(req)) assertThat(v.notes()).isNotEmpty();
      HumanizeSettings h = HumanizeSettings.builder()
          .timingMs(r.nextInt(101))
          .velocity(r.nextInt(65))
          .swing(50 + r.nextInt(26))
          .driftMs(r.nextInt(101))
          .tempo(req.tempo())
          .seed(seed)
          .build();
      assertThat(Humanizer.humanize(g.notes(), h)).hasSameSizeAs(g.notes());
    }
  }
}
