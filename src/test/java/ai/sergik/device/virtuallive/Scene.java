package ai.sergik.device.virtuallive;

/** A scene: {@code live_set scenes n}; firing it launches the clip of every track in its row. */
public final class Scene extends LomObject {
  final int row;
  public String name = "";

  Scene(VirtualLive live, int row) {
    super(live, "Scene");
    this.row = row;
    property("name", () -> atoms(name));
    property("is_empty", () -> atoms(isEmpty()));
    action("fire", () -> {
      for (Track t : live.song.tracks) {
        if (row < t.slots.size()) {
          t.slots.get(row).fire();
        }
      }
    });
  }

  @Override
  String path() {
    return "live_set scenes " + row;
  }

  private boolean isEmpty() {
    for (Track t : live.song.tracks) {
      if (row < t.slots.size() && t.slots.get(row).clip != null) {
        return false;
      }
    }
    return true;
  }
}
