package ai.sergik.device;

import static ai.sergik.device.DeviceHarness.midi;
import static ai.sergik.device.DeviceHarness.offline;
import static ai.sergik.device.DeviceHarness.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.sergik.music.Note;
import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaybackTest {
  SergikDevice device;

  @BeforeEach
  void create() {
    StandIn.reset();
    device = offline();
  }

  @AfterEach
  void delete() {
    StandIn.delete(device);
    assertThat(StandIn.escaped()).isEmpty();
  }

  /** Scheduler ms of a song beat when the tempo is 120 until beat 2 (t = 1000 ms) and 60 after. */
  static double msAt(double beat) {
    return beat <= 2 ? beat * 500 : 1000 + (beat - 2) * 1000;
  }

  record Event(boolean on, int pitch, double time) {}

  static List<Event> events(SergikDevice d) {
    List<Event> out = new ArrayList<>();
    for (StandIn.OutletCall c : midi(d)) {
      Atom[] a = c.atoms();
      out.add(new Event(a[0].getInt() == 0x90, a[1].getInt(), c.time));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"chords", "bass", "arp", "drums"})
  void notesSoundAtTheirBeatsAcrossATempoChangeAndLoop(String part) {
    send(device, "tempo", 120.0);
    send(device, "transport", 1);
    send(device, "beat", 0.0);
    send(device, "bars", 2);
    send(device, "part", part);
    send(device, "generate");
    List<Note> notes = device.core().notes();
    double length = device.core().lengthBeats();
    assertThat(length).isEqualTo(8.0);
    StandIn.clearOutlets(device);

    send(device, "play");
    StandIn.advanceTo(1000);
    send(device, "tempo", 60.0);
    StandIn.advanceTo(3000);
    send(device, "beat", 4.0); // Live's position report agrees with the clock: nothing moves
    StandIn.advanceTo(9000);   // beat 10: the whole first pass and the start of the second

    List<Event> expected = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (Note n : notes) {
        double on = pass * length + n.start();
        if (on <= 10 + 1e-9) {
          expected.add(new Event(true, n.pitch(), msAt(on)));
        }
      }
    }
    List<Event> ons = events(device).stream().filter(Event::on).toList();
    assertThat(ons).hasSameSizeAs(expected);
    expected.sort((a, b) -> Double.compare(a.time(), b.time()));
    for (int i = 0; i < ons.size(); i++) {
      assertThat(ons.get(i).time()).as("note-on %d", i).isCloseTo(expected.get(i).time(), within(1e-6));
    }
    List<Integer> expectedPitches = expected.stream().map(Event::pitch).sorted().toList();
    assertThat(ons.stream().map(Event::pitch).sorted().toList()).isEqualTo(expectedPitches);

    send(device, "stop");
    assertNothingSounds(events(device));
    assertThat(device.core().soundingNotes()).isZero();
    int after = midi(device).size();
    StandIn.advance(20000);
    assertThat(midi(device)).hasSize(after);
  }

  /** Random tempo changes at random times: every note-on lands at the time its beat has under that tempo map. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void notesFollowAnyTempoMap(long seed) {
    java.util.Random random = new java.util.Random(seed);
    double tempo = 60 + random.nextInt(120);
    send(device, "tempo", tempo);
    send(device, "transport", 1);
    send(device, "beat", 0.0);
    send(device, "part", "drums");
    send(device, "bars", 1);
    send(device, "seed", (int) seed);
    send(device, "generate");
    List<Note> notes = device.core().notes();
    StandIn.clearOutlets(device);
    send(device, "play");
    // the tempo map as (time, beat, tempo) segments, integrated here independently of the device
    List<double[]> map = new ArrayList<>();
    map.add(new double[] {0, 0, tempo});
    double t = 0;
    for (int i = 0; i < 30; i++) {
      t += 50 + random.nextInt(700);
      StandIn.advanceTo(t);
      double[] last = map.get(map.size() - 1);
      double beat = last[1] + (t - last[0]) * last[2] / 60000.0;
      tempo = 60 + random.nextInt(120);
      send(device, "tempo", tempo);
      map.add(new double[] {t, beat, tempo});
    }
    StandIn.advanceTo(t);
    double[] end = map.get(map.size() - 1);
    double lastBeat = end[1];
    List<Double> expected = new ArrayList<>();
    for (int pass = 0; pass * 4.0 <= lastBeat; pass++) {
      for (Note n : notes) {
        double b = pass * 4.0 + n.start();
        if (b < lastBeat - 1e-6) {
          double[] seg = map.get(0);
          for (double[] m : map) {
            if (m[1] <= b) {
              seg = m;
            }
          }
          expected.add(seg[0] + (b - seg[1]) * 60000.0 / seg[2]);
        }
      }
    }
    expected.sort(Double::compare);
    List<Double> actual = events(device).stream().filter(Event::on).map(Event::time).toList();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i)).as("note-on %d", i).isCloseTo(expected.get(i), within(1e-6));
    }
  }

  @Test
  void everyNoteOffFollowsItsNoteOnWhilePlaying() {
    send(device, "part", "drums");
    send(device, "bars", 4);
    send(device, "generate");
    send(device, "play");
    for (int i = 0; i < 400; i++) {
      StandIn.advance(37);
      if (i % 50 == 0) {
        send(device, "tempo", 90.0 + i / 10.0);
      }
    }
    send(device, "stop");
    assertNothingSounds(events(device));
  }

  @Test
  void aTransportStopEndsPlaybackThatFollowsLiveAndReleasesEveryNote() {
    send(device, "transport", 1);
    send(device, "beat", 0.0);
    send(device, "generate");
    send(device, "play");
    StandIn.advance(750);
    assertThat(device.core().playing()).isTrue();
    assertThat(device.core().soundingNotes()).isPositive();

    send(device, "transport", 0);

    assertThat(device.core().playing()).isFalse();
    assertNothingSounds(events(device));
  }

  @Test
  void aPlayingTransportStartsTheLoopOnTheNextBar() {
    send(device, "tempo", 120.0);
    send(device, "transport", 1);
    send(device, "beat", 5.0);
    send(device, "generate");
    double first = firstStart();
    StandIn.clearOutlets(device);
    send(device, "play");
    double due = (8 + first - 5) * 500; // the first note, in the bar that starts at beat 8
    StandIn.advanceTo(due - 1);
    assertThat(midi(device)).isEmpty();
    StandIn.advanceTo(due);
    assertThat(midi(device)).isNotEmpty();
    assertThat(midi(device).get(0).time).isEqualTo(due);
  }

  @Test
  void whenLiveRelocatesTheLoopRestartsOnTheNextBarWithNothingLeftSounding() {
    send(device, "tempo", 120.0);
    send(device, "transport", 1);
    send(device, "beat", 0.0);
    send(device, "generate");
    send(device, "play");
    StandIn.advanceTo(1250); // beat 2.5
    send(device, "beat", 17.0); // the user clicked further on in the timeline
    assertNothingSounds(events(device));
    StandIn.clearOutlets(device);
    double due = (20 + firstStart() - 17) * 500 + 1250;
    StandIn.advanceTo(due - 1);
    assertThat(midi(device)).isEmpty();
    StandIn.advanceTo(due);
    assertThat(midi(device)).isNotEmpty();
  }

  @Test
  void withTheTransportStoppedPlayStartsAtOnce() {
    send(device, "generate");
    StandIn.advanceTo(10_000);
    StandIn.clearOutlets(device);
    send(device, "play");
    StandIn.advanceTo(10_000 + firstStart() * 500);
    assertThat(midi(device)).isNotEmpty();
    assertThat(midi(device).get(0).time).isEqualTo(10_000 + firstStart() * 500);
  }

  @Test
  void deletingTheDeviceWhilePlayingReleasesEveryNote() {
    send(device, "generate");
    send(device, "play");
    StandIn.advance(300);
    StandIn.delete(device);
    assertNothingSounds(events(device));
    device = offline();
  }

  private double firstStart() {
    return device.core().notes().stream().mapToDouble(Note::start).min().orElseThrow();
  }

  /** Every pitch switched on is switched off again, and never off before on. */
  static void assertNothingSounds(List<Event> events) {
    Map<Integer, Integer> sounding = new HashMap<>();
    for (Event e : events) {
      int n = sounding.getOrDefault(e.pitch(), 0) + (e.on() ? 1 : -1);
      assertThat(n).as("pitch %d sounding count", e.pitch()).isBetween(0, 1);
      sounding.put(e.pitch(), n);
    }
    assertThat(sounding.values()).allMatch(n -> n == 0);
  }
}
