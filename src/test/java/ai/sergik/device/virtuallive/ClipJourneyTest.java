package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.ChordSpan;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.listen.ClipListener;
import ai.sergik.listen.ClipReading;
import ai.sergik.listen.FitGenerator;
import ai.sergik.listen.FitPart;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transforms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journeys with clips that are already in Live, through the patch: Fit to (a bass under the chords highlighted on
 * another track, in the same scene row), To arrangement at a bar, Apply (a transform on the highlighted clip, in
 * place, one undo step).
 */
class ClipJourneyTest {
  @RegisterExtension
  final VirtualStudio studio = new VirtualStudio(11, 10);

  Track keys;
  Track bass;
  PatchRunner device;

  @BeforeEach
  void drop() throws Exception {
    keys = studio.live.song.addMidiTrack("Keys", 8);
    bass = studio.live.song.addMidiTrack("Bass", 8);
    device = studio.dropOfflineSettled(bass);
  }

  static Generation chords(String key) {
    return Generators.generate(GenerationRequest.builder()
        .part(Part.CHORDS)
        .key(key)
        .style("house")
        .progression(GenerationRequest.DEFAULT_PROGRESSION)
        .voicing("pads")
        .bars(4)
        .seed(3)
        .density(1)
        .tempo(120)
        .build());
  }

  static List<Map<String, Object>> live(List<Note> notes) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Note n : notes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pitch", n.pitch());
      m.put("start_time", n.start());
      m.put("duration", n.duration());
      m.put("velocity", n.velocity());
      out.add(m);
    }
    return out;
  }

  static List<Note> notesOf(Clip clip) {
    List<Note> out = new ArrayList<>();
    clip.notes()
        .forEach(n -> out.add(new Note(
            n.get("pitch").asInt(),
            n.get("start_time").asDouble(),
            n.get("duration").asDouble(),
            n.get("velocity").asInt(),
            n.get("mute").asInt() != 0)));
    out.sort(Note.BY_START_THEN_PITCH);
    return out;
  }

  /** Highlight a chord clip on Keys (scene 3), Fit on the Bass track's device: a bass clip in scene 3, fitting. */
  @ParameterizedTest
  @ValueSource(strings = {"8A", "10B", "1A", "5B", "12A", "3B"})
  void fitUnderAChordClipOnAnotherTrackPutsABassClipInTheSameSceneWithTheRootOnEveryChange(
      String key) {
    Generation g = chords(key);
    keys.slot(2).putClip(g.lengthBeats(), live(g.notes())).named("Chords A");
    device.choose("Part", "bass");
    studio.live.song.view.select(keys, 2);
    int undo = studio.live.undoSteps();

    device.click("Fit To");

    Clip fitted = bass.slot(2).clip();
    assertThat(fitted).as(device.status()).isNotNull();
    assertThat(fitted.length()).isEqualTo(g.lengthBeats());
    assertThat(bass.slots).filteredOn(s -> s.clip() != null).hasSize(1);
    ClipReading heard = ClipListener.hear(notesOf(keys.slot(2).clip()), g.lengthBeats(), 4);
    List<Note> bassNotes = notesOf(fitted);
    assertThat(bassNotes)
        .isEqualTo(FitGenerator.fit(
            heard, notesOf(keys.slot(2).clip()), FitPart.BASS, GenerationRequest.DEFAULT_SEED));
    for (ChordSpan span : heard.chords()) {
      assertThat(bassNotes)
          .as("a root of %s at beat %s", span.chord().name(), span.start())
          .anyMatch(n -> Math.abs(n.start() - span.start()) < 1e-9
              && PitchClass.normalize(n.pitch()) == span.chord().root());
    }
    assertThat(device.status())
        .startsWith("bass for Keys · slot 3 · \"Chords A\": " + heard.key().name() + " ("
            + heard.key().camelot() + ")")
        .contains(String.join(" | ", heard.chordNames()))
        .endsWith(bassNotes.size() + " notes in a new clip in slot 3");
    assertThat(studio.live.undoSteps()).as("one undo step").isEqualTo(undo + 1);
  }

  @Test
  void fitWhereTheDevicesSlotHasAClipReplacesItAndSaysSo() {
    Generation g = chords("8A");
    keys.slot(0).putClip(g.lengthBeats(), live(g.notes()));
    bass.slot(0)
        .putClip(
            8, List.of(Map.of("pitch", 30, "start_time", 0.0, "duration", 1.0, "velocity", 90)));
    device.choose("Part", "bass");
    studio.live.song.view.select(keys, 0);
    device.click("Fit To");
    assertThat(device.status()).endsWith("replacing the clip in slot 1");
    assertThat(notesOf(bass.slot(0).clip())).noneMatch(n -> n.pitch() == 30);
    assertThat(bass.slot(0).clip().length()).isEqualTo(g.lengthBeats());
  }

  @Test
  void fitToAClipOnTheDevicesOwnTrackIsRefusedAndNothingChanges() {
    Generation g = chords("8A");
    bass.slot(1).putClip(g.lengthBeats(), live(g.notes()));
    studio.live.song.view.select(bass, 1);
    List<Note> before = notesOf(bass.slot(1).clip());
    device.click("Fit To");
    assertThat(device.status())
        .startsWith("fit: the highlighted clip Bass · slot 2 is on this device's track");
    assertThat(notesOf(bass.slot(1).clip())).isEqualTo(before);
  }

  @Test
  void fitWithNothingHighlightedSaysSo() {
    studio.live.song.view.select(null, 0);
    device.click("Fit To");
    assertThat(device.status())
        .isEqualTo("fit failed: no clip is highlighted; click a clip in Session view");
  }

  @Test
  void toArrangementAtBar17PutsTheNotesIntoOneArrangementClipAtBeat64AsOneUndoStep() {
    device.choose("Part", "chords");
    device.click("Generate");
    device.turn("Arrangement Bar", 17);
    int undo = studio.live.undoSteps();
    device.click("To Arrangement");
    assertThat(bass.arrangementClips).as(device.status()).hasSize(1);
    Clip clip = bass.arrangementClips.get(0);
    assertThat(clip.startTime()).isEqualTo(64.0);
    assertThat(clip.length()).isEqualTo(32.0);
    Generation expected = WriteJourneyTest.engine("house", "10B", Part.CHORDS);
    assertThat(WriteJourneyTest.clipText(clip))
        .isEqualTo(WriteJourneyTest.asText(expected.notes()));
    assertThat(device.status())
        .isEqualTo("wrote " + expected.notes().size()
            + " notes, 32 beats into the arrangement at bar 17 (beat 64)");
    assertThat(studio.live.undoSteps()).isEqualTo(undo + 1);
    assertThat(bass.slots).allMatch(s -> s.clip() == null);
  }

  @Test
  void aFittedPartGoesToTheArrangementInThreeFour() {
    studio.live.song.signatureNumerator = 3;
    Generation g = chords("8A");
    keys.slot(0).putClip(g.lengthBeats(), live(g.notes()));
    device.choose("Part", "bass");
    studio.live.song.view.select(keys, 0);
    device.click("Fit To");
    List<Note> fitted = notesOf(bass.slot(0).clip());
    device.turn("Arrangement Bar", 5);
    device.click("To Arrangement");
    assertThat(bass.arrangementClips).hasSize(1);
    assertThat(bass.arrangementClips.get(0).startTime()).as("bar 5 of 3/4").isEqualTo(12.0);
    assertThat(notesOf(bass.arrangementClips.get(0))).isEqualTo(fitted);
  }

  @Test
  void clipToArrangementCopiesTheHighlightedSessionClipIntoItsTracksArrangementAtTheBar() {
    Generation g = chords("8A");
    keys.slot(3).putClip(g.lengthBeats(), live(g.notes())).named("Verse");
    studio.live.song.view.select(keys, 3);
    device.turn("Arrangement Bar", 17);
    int undo = studio.live.undoSteps();
    device.click("Clip To Arrangement");
    assertThat(keys.arrangementClips).as(device.status()).hasSize(1);
    Clip copy = keys.arrangementClips.get(0);
    assertThat(copy.startTime()).isEqualTo(64.0);
    assertThat(copy.name()).isEqualTo("Verse");
    assertThat(notesOf(copy)).isEqualTo(notesOf(keys.slot(3).clip()));
    assertThat(studio.live.undoSteps()).isEqualTo(undo + 1);
    assertThat(device.status())
        .isEqualTo("copied the highlighted clip into the arrangement of Keys at bar 17 (beat 64)");
  }

  @ParameterizedTest
  @MethodSource("ai.sergik.transform.TransformMenu#names")
  void applyReplacesTheHighlightedClipsNotesWithTheTransformedOnesAsOneUndoStep(String transform) {
    Generation g = chords("10B");
    keys.slot(4).putClip(g.lengthBeats(), live(g.notes())).named("Pads");
    studio.live.song.view.select(keys, 4);
    List<Note> before = notesOf(keys.slot(4).clip());
    int undo = studio.live.undoSteps();

    device.choose("Transform", transform);
    device.click("Apply");

    List<Note> expected = new ArrayList<>(
        Transforms.apply(transform, before, TransformSettings.NONE, GenerationRequest.DEFAULT_SEED)
            .notes());
    expected.sort(Note.BY_START_THEN_PITCH);
    assertThat(notesOf(keys.slot(4).clip())).as(device.status()).isEqualTo(expected);
    assertThat(keys.slot(4).clip().length()).isEqualTo(g.lengthBeats());
    assertThat(studio.live.undoSteps()).as("one undo step").isEqualTo(undo + 1);
    assertThat(device.status())
        .startsWith(transform + " on Keys · slot 5 · \"Pads\": ")
        .endsWith(before.size() + " notes replaced by " + expected.size() + " (one undo step)");
  }

  @Test
  void applyOnAnEmptySlotSaysThereIsNoClip() {
    studio.live.song.view.select(keys, 6);
    device.click("Apply");
    assertThat(device.status()).isEqualTo("strum failed: slot 7 on track 'Keys' has no clip");
  }
}
