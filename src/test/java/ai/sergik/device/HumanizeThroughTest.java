package ai.sergik.device;

import static ai.sergik.device.DeviceHarness.midi;
import static ai.sergik.device.DeviceHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HumanizeThroughTest extends OfflineDeviceTest {
  private void play(int... bytes) {
    for (int b : bytes) {
      StandIn.sendInt(device, DevicePorts.IN_MIDI, b);
    }
  }

  /** Random overlapping notes on a few pitches and channels, with note-offs as 0x80 or note-on velocity 0. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void tenThousandRandomNotesKeepEveryNoteOffAfterItsNoteOn(long seed) {
    send(device, "tempo", 124.0);
    send(device, "transport", 1);
    send(device, "beat", 0.0);
    send(device, "timing", 40);
    send(device, "velocity", 20);
    send(device, "swing", 66);
    send(device, "through", 1);
    Random random = new Random(seed);
    Map<Integer, Boolean> held = new HashMap<>();
    int started = 0;
    int sent = 0;
    while (started < 10_000 || held.containsValue(true)) {
      int channel = random.nextInt(2);
      int pitch = 48 + random.nextInt(6);
      int key = channel << 7 | pitch;
      boolean down = held.getOrDefault(key, false);
      if (!down && started < 10_000) {
        play(0x90 | channel, pitch, 1 + random.nextInt(127));
        held.put(key, true);
        started++;
      } else if (down) {
        if (random.nextBoolean()) {
          play(0x80 | channel, pitch, 64);
        } else {
          play(0x90 | channel, pitch, 0);
        }
        held.put(key, false);
      }
      sent++;
      if (random.nextInt(3) == 0) {
        StandIn.advance(random.nextInt(60));
      }
      if (sent % 500 == 0) {
        play(0xB0, 64, random.nextInt(128)); // a controller passes straight through
      }
    }
    StandIn.advance(1000);

    Map<Integer, Double> onAt = new HashMap<>();
    int ons = 0;
    int offs = 0;
    for (StandIn.OutletCall c : midi(device)) {
      Atom[] a = c.atoms();
      int status = a[0].getInt();
      if ((status & 0xf0) == 0xB0) {
        continue;
      }
      int key = (status & 0x0f) << 7 | a[1].getInt();
      boolean on = (status & 0xf0) == 0x90 && a[2].getInt() > 0;
      if (on) {
        assertThat(onAt).as("note-on while already on, key %d", key).doesNotContainKey(key);
        assertThat(a[2].getInt()).isBetween(1, 127);
        onAt.put(key, c.time);
        ons++;
      } else {
        assertThat(onAt).as("note-off without a note-on, key %d", key).containsKey(key);
        assertThat(c.time).isGreaterThanOrEqualTo(onAt.remove(key));
        offs++;
      }
    }
    assertThat(ons).isEqualTo(10_000);
    assertThat(offs).isEqualTo(10_000);
    assertThat(onAt).as("notes left sounding").isEmpty();
  }

  @Test
  void timingDelaysNotesWithinTheAmountAndKeepsTheirLength() {
    send(device, "timing", 30);
    send(device, "through", 1);
    play(0x90, 60, 100);
    StandIn.advance(500);
    play(0x80, 60, 0);
    StandIn.advance(100);
    List<StandIn.OutletCall> out = midi(device);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).time).isBetween(0.0, 30.0);
    assertThat(out.get(1).time - out.get(0).time).isEqualTo(500.0);
  }

  @Test
  void swingDelaysOffBeatSixteenthsOnly() {
    send(device, "tempo", 120.0);
    send(device, "transport", 1);
    send(device, "beat", 0.0);
    send(device, "swing", 75);
    send(device, "through", 1);
    play(0x90, 60, 100); // beat 0: on the grid
    StandIn.advanceTo(125); // beat 0.25: the off-beat 16th
    play(0x90, 62, 100);
    StandIn.advanceTo(1000);
    List<StandIn.OutletCall> out = midi(device);
    assertThat(out.get(0).time).isEqualTo(0.0);
    // 75 % swing moves the off-beat 16th half a 16th later: 0.125 beats = 62.5 ms at 120 BPM
    assertThat(out.get(1).time).isEqualTo(125 + 62.5);
  }

  @Test
  void switchedOffMidiPassesThroughUntouchedAtOnce() {
    List<int[]> sent = new ArrayList<>();
    Random random = new Random(9);
    for (int i = 0; i < 200; i++) {
      int[] m = {0x90 | random.nextInt(16), random.nextInt(128), random.nextInt(128)};
      sent.add(m);
      play(m);
      StandIn.advance(random.nextInt(5));
    }
    play(0xF0, 0x7E, 0x01, 0xF7);
    play(0xE3, 0x00, 0x40);
    List<StandIn.OutletCall> out = midi(device);
    assertThat(out).hasSize(202);
    for (int i = 0; i < 200; i++) {
      assertThat(Atom.toInt(out.get(i).atoms())).containsExactly(sent.get(i));
    }
    assertThat(Atom.toInt(out.get(200).atoms())).containsExactly(0xF0, 0x7E, 0x01, 0xF7);
    assertThat(Atom.toInt(out.get(201).atoms())).containsExactly(0xE3, 0x00, 0x40);
  }

  @Test
  void runningStatusIsUnderstood() {
    play(0x90, 60, 100, 62, 90, 60, 0);
    assertThat(midi(device))
        .extracting(c -> Atom.toOneString(c.atoms()))
        .containsExactly("144 60 100", "144 62 90", "144 60 0");
  }

  @Test
  void switchingOffSendsWhatIsPendingAtOnce() {
    send(device, "timing", 100);
    send(device, "through", 1);
    for (int p = 60; p < 70; p++) {
      play(0x90, p, 100);
    }
    send(device, "through", 0);
    assertThat(midi(device)).hasSize(10);
  }
}
