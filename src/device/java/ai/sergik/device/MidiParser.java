package ai.sergik.device;

import java.util.Arrays;

/**
 * Reassembles the byte stream of Max's {@code midiin} (one int per byte) into whole MIDI messages, with
 * running status, system exclusive and real-time bytes (which may arrive inside another message).
 */
final class MidiParser {
  /** Receives each complete message. */
  interface Handler {
    void message(int[] bytes);
  }

  private static final int MAX_SYSEX = 4096;

  private final Handler handler;
  private int status;
  private int[] buffer = new int[3];
  private int count;
  private int needed;
  private boolean sysex;

  MidiParser(Handler handler) {
    this.handler = handler;
  }

  void accept(int value) {
    int b = value & 0xff;
    if (b >= 0xf8) {
      handler.message(new int[] {b});
      return;
    }
    if (sysex) {
      if (b == 0xf7 || b < 0x80) {
        append(b);
        if (b == 0xf7) {
          sysex = false;
          emit();
        }
        return;
      }
      sysex = false;
      count = 0;
    }
    if (b >= 0x80) {
      count = 0;
      if (b == 0xf0) {
        sysex = true;
        status = 0;
        append(b);
        return;
      }
      needed = dataBytes(b);
      status = b < 0xf0 ? b : 0;
      append(b);
      if (needed == 0) {
        emit();
      }
      return;
    }
    if (count == 0) {
      if (status == 0) {
        return;
      }
      append(status);
      needed = dataBytes(status);
    }
    append(b);
    if (count == needed + 1) {
      emit();
    }
  }

  private void append(int b) {
    if (count == buffer.length) {
      if (buffer.length >= MAX_SYSEX) {
        count = 0;
        sysex = false;
        return;
      }
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    buffer[count++] = b;
  }

  private void emit() {
    int[] message = Arrays.copyOf(buffer, count);
    count = 0;
    handler.message(message);
  }

  static int dataBytes(int status) {
    switch (status & 0xf0) {
      case 0xc0:
      case 0xd0:
        return 1;
      case 0xf0:
        switch (status) {
          case 0xf1:
          case 0xf3:
            return 1;
          case 0xf2:
            return 2;
          default:
            return 0;
        }
      default:
        return 2;
    }
  }
}
