package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Note;
import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suggest in the patch, answered by the real sidecar on a copy of the demo data (its DNA profile and catalog) over
 * loopback: three lines appear in the device's status area, Apply tempo changes the virtual Live's tempo, Transpose
 * moves the clip into the producer's home key, and asking again then finds nothing more to change.
 */
class SuggestJourneyTest {
  @RegisterExtension
  final StudioAndSidecar journey = StudioAndSidecar.demoData(18);

  /** The engine's chords in {@code key} as Live's note dictionaries. */
  static List<Map<String, Object>> chords(String key) {
    List<Map<String, Object>> notes = new ArrayList<>();
    for (Note n : Generators.generate(GenerationRequest.builder()
            .part(Part.CHORDS)
            .key(key)
            .style("house")
            .bars(4)
            .seed(2)
            .build())
        .notes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pitch", n.pitch());
      m.put("start_time", n.start());
      m.put("duration", n.duration());
      m.put("velocity", n.velocity());
      notes.add(m);
    }
    return notes;
  }

  /** Clicks Suggest and waits until the status area shows lines that were not there before. */
  List<String> suggest(PatchRunner device) {
    List<String> before = List.copyOf(device.suggestions());
    device.click("Suggest");
    assertThat(StandIn.runDeferred(
            () ->
                !device.suggestions().get(0).isEmpty() && !device.suggestions().equals(before),
            10_000))
        .as("suggestions shown; the device says " + device.status() + " " + device.suggestions())
        .isTrue();
    return List.copyOf(device.suggestions());
  }

  @Test
  void suggestShowsThreeLinesAndTheirActionsChangeLive() throws Exception {
    Track keys = journey.studio.live.song.addMidiTrack("Keys", 4);
    PatchRunner device = journey.connected(keys);
    List<Map<String, Object>> fMinor = chords("4A");
    keys.slot(0).putClip(16, fMinor);
    journey.studio.live.song.view.select(keys, 0);
    assertThat(journey.studio.live.tempo()).isEqualTo(120.0);

    assertThat(suggest(device))
        .containsExactly(
            "Tempo 120 → your house zone 124  [Apply tempo]",
            "Key 4A → your 7A: transpose -3  [Transpose]",
            "Then like 'Backroom Funk', 123 BPM 7A");

    device.click("Suggestion 1");
    assertThat(StandIn.runDeferred(() -> journey.studio.live.tempo() == 124.0, 10_000))
        .as(device.status())
        .isTrue();
    journey.studio.advance(100); // Live's tempo observer reaches the device after its report delay

    device.click("Suggestion 2");
    assertThat(StandIn.runDeferred(
            () -> keys.slot(0).clip().notes().get(0).get("pitch").asInt()
                == ((Integer) fMinor.get(0).get("pitch")) - 3,
            10_000))
        .as(device.status())
        .isTrue();
    List<Integer> moved = new ArrayList<>();
    keys.slot(0).clip().notes().forEach(n -> moved.add(n.get("pitch").asInt()));
    List<Integer> expected = new ArrayList<>();
    fMinor.forEach(n -> expected.add((Integer) n.get("pitch") - 3));
    assertThat(moved).containsExactlyInAnyOrderElementsOf(expected);

    assertThat(suggest(device))
        .containsExactly(
            "Tempo 124: home in your house zone",
            "Next part: 8A or 7B (Camelot)",
            "Like 'Backroom Funk', 123 BPM 7A");
  }
}
