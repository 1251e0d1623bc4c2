package ai.sergik.als;

/** What a device in a chain is: one of Live's own, a rack, a Max for Live device, or a plugin. */
public enum DeviceKind {
  STOCK,
  RACK,
  MAX_FOR_LIVE,
  VST2,
  VST3,
  AU;

  public boolean isPlugin() {
    return this == VST2 || this == VST3 || this == AU;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
