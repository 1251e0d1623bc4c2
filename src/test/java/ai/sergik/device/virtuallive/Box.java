package ai.sergik.device.virtuallive;

/** One object of the patch. */
public abstract class Box {
  PatchRunner patch;
  String id;
  double x;
  int inlets = -1;
  int outlets = -1;

  abstract void receive(int inlet, Msg m);

  void created() {}

  void loaded() {}

  void free() {}

  void out(int outlet, Msg m) {
    patch.send(this, outlet, m);
  }

  void doesNotUnderstand(Msg m) {
    patch.post(describe() + ": doesn't understand \"" + m.selector + "\"");
  }

  String describe() {
    return getClass().getSimpleName() + " " + id;
  }
}
