package ai.sergik.amxd;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The device type in the {@code ampf} chunk. */
public enum DeviceType {
  AUDIO_EFFECT("aaaa"),
  MIDI_EFFECT("mmmm"),
  INSTRUMENT("iiii"),
  MIDI_GENERATOR("nagg"),
  MIDI_TRANSFORMATION("natt");

  private final String code;

  DeviceType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The code as the 32-bit big-endian number Max stores in {@code project.amxdtype}. */
  public int amxdTypeNumber() {
    return (code.charAt(0) << 24) | (code.charAt(1) << 16) | (code.charAt(2) << 8) | code.charAt(3);
  }

  public static DeviceType of(String code) {
    for (DeviceType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown device type \"" + code + "\"; known: "
        + Arrays.stream(values()).map(DeviceType::code).collect(Collectors.joining(", ")));
  }
}
