package ai.sergik.als;

/** Where a user clip lives. Freeze and groove-pool clips are not user clips and are never reported. */
public enum ClipLocation {
  SESSION,
  ARRANGEMENT,
  TAKE_LANE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
