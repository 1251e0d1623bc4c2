package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The MIDI objects of the device patcher: the track's MIDI in and out. */
public final class MidiBoxes {
  private MidiBoxes() {}

  /** midiin: https://docs.cycling74.com/reference/midiin — outputs each byte of the track's MIDI as an int. */
  static final class MidiIn extends Box {
    void play(int value) {
      out(0, Msg.ofInt(value & 0xff));
    }

    @Override
    void receive(int inlet, Msg m) {}
  }

  /** A MIDI message as it left the device, at scheduler time {@code time} (ms). */
  public static final class MidiEvent {
    public final double time;
    public final int[] bytes;

    MidiEvent(double time, int[] bytes) {
      this.time = time;
      this.bytes = bytes;
    }

    public boolean noteOn() {
      return bytes.length == 3 && (bytes[0] & 0xf0) == 0x90 && bytes[2] > 0;
    }

    public boolean noteOff() {
      return bytes.length == 3
          && ((bytes[0] & 0xf0) == 0x80 || ((bytes[0] & 0xf0) == 0x90 && bytes[2] == 0));
    }

    public int pitch() {
      return bytes[1];
    }

    @Override
    public String toString() {
      return time + " ms " + Arrays.toString(bytes);
    }
  }

  /**
   * midiout: https://docs.cycling74.com/reference/midiout — takes MIDI bytes as ints (a list is sent byte by
   * byte); here the bytes are gathered into messages (status + data bytes, running status) and recorded.
   */
  static final class MidiOut extends Box {
    final List<MidiEvent> events = new ArrayList<>();
    private final List<Integer> pending = new ArrayList<>();
    private int running;

    @Override
    void receive(int inlet, Msg m) {
      if (!m.isNumeric()) {
        doesNotUnderstand(m);
        return;
      }
      for (Atom a : m.args) {
        byte_(a.toInt() & 0xff);
      }
    }

    private void byte_(int b) {
      if (b >= 0x80) {
        pending.clear();
        running = b;
        pending.add(b);
      } else {
        if (pending.isEmpty() && running != 0) {
          pending.add(running);
        }
        pending.add(b);
      }
      int status = pending.isEmpty() ? 0 : pending.get(0);
      int kind = status & 0xf0;
      int needed = kind == 0xc0 || kind == 0xd0 ? 2 : status >= 0xf0 ? 1 : 3;
      if (pending.size() == needed) {
        int[] msg = new int[needed];
        for (int i = 0; i < needed; i++) {
          msg[i] = pending.get(i);
        }
        events.add(new MidiEvent(StandIn.now(), msg));
        pending.clear();
      }
    }
  }
}
