package com.cycling74.max;

/**
 * Compile-time stand-in for Cycling '74's {@code com.cycling74.max.MaxObject}: the same public and protected
 * signatures, so device code compiled here also compiles against a real max.jar. Instead of talking to Max it
 * records what the object sends (outlets, console) for {@link StandIn}, the test driver. Never shipped.
 */
public abstract class MaxObject {
  public static final int[] NO_INLETS = new int[0];
  public static final int[] NO_OUTLETS = new int[0];
  public static final String[] EMPTY_STRING_ARRAY = new String[0];

  private int[] inletTypes = {DataTypes.ALL};
  private int[] outletTypes = {DataTypes.ALL};
  private boolean infoOutlet = true;
  private String[] inletAssist = EMPTY_STRING_ARRAY;
  private String[] outletAssist = EMPTY_STRING_ARRAY;
  private String name;
  final java.util.Map<String, String[]> attributes =
      new java.util.LinkedHashMap<String, String[]>();
  final StandIn.Recorder recorder = new StandIn.Recorder();
  int currentInlet;
  private final MaxBox box = new MaxBox(this);
  private final MaxPatcher patcher = new MaxPatcher();

  protected MaxObject() {
    declareIO(1, 1);
  }

  // ---- declaring inlets, outlets and attributes (effective in the constructor) ----

  protected void declareInlets(int[] types) {
    inletTypes = types.clone();
  }

  protected void declareOutlets(int[] types) {
    outletTypes = types.clone();
  }

  protected void declareIO(int inlets, int outlets) {
    inletTypes = filled(inlets);
    outletTypes = filled(outlets);
  }

  protected void declareTypedIO(String inlets, String outlets) {
    inletTypes = typed(inlets);
    outletTypes = typed(outlets);
  }

  protected void createInfoOutlet(boolean create) {
    infoOutlet = create;
  }

  public int getInfoIdx() {
    return infoOutlet ? outletTypes.length : -1;
  }

  public int getNumInlets() {
    return inletTypes.length;
  }

  public int getNumOutlets() {
    return outletTypes.length + (infoOutlet ? 1 : 0);
  }

  public int[] getInletTypes() {
    return inletTypes.clone();
  }

  public int[] getOutletTypes() {
    return outletTypes.clone();
  }

  protected void setInletAssist(String[] messages) {
    inletAssist = messages.clone();
  }

  protected void setInletAssist(int index, String message) {
    inletAssist = put(inletAssist, index, message);
  }

  protected void setOutletAssist(String[] messages) {
    outletAssist = messages.clone();
  }

  protected void setOutletAssist(int index, String message) {
    outletAssist = put(outletAssist, index, message);
  }

  String[] inletAssist() {
    return inletAssist.clone();
  }

  String[] outletAssist() {
    return outletAssist.clone();
  }

  protected void declareAttribute(String name) {
    attributes.put(name, new String[] {null, null});
  }

  protected void declareAttribute(String name, String getterName, String setterName) {
    attributes.put(name, new String[] {getterName, setterName});
  }

  protected void declareReadOnlyAttribute(String name) {
    attributes.put(name, new String[] {null, ""});
  }

  protected void declareReadOnlyAttribute(String name, String getterName) {
    attributes.put(name, new String[] {getterName, ""});
  }

  // ---- inbound messages (override) ----

  protected void bang() {}

  protected void inlet(int value) {}

  protected void inlet(float value) {}

  protected void list(Atom[] args) {}

  protected void list(int[] args) {}

  protected void list(float[] args) {}

  protected void anything(String message, Atom[] args) {
    error("doesn't understand \"" + message + "\"");
  }

  protected void loadbang() {}

  protected void dblclick() {}

  protected void save() {}

  protected void notifyDeleted() {}

  protected int getInlet() {
    return currentInlet;
  }

  // ---- outlets ----

  public final boolean outletBang(int index) {
    return emit(index, "bang", Atom.emptyArray);
  }

  public final boolean outletBangHigh(int index) {
    return emit(index, "bang", Atom.emptyArray);
  }

  public final boolean outlet(int index, int value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, byte value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, short value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, long value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, float value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, double value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, char value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, boolean value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, Atom value) {
    return emit(index, null, new Atom[] {value});
  }

  public final boolean outlet(int index, Atom[] value) {
    return emit(index, null, value.clone());
  }

  public final boolean outlet(int index, int[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, byte[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, short[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, long[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, float[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, double[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, char[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, boolean[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, int value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, byte value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, short value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, long value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, float value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, double value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, String value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, char value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, boolean value) {
    return emit(index, message, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outlet(int index, String message, Atom value) {
    return emit(index, message, new Atom[] {value});
  }

  public final boolean outlet(int index, String message, Atom[] value) {
    return emit(index, message, value.clone());
  }

  public final boolean outlet(int index, String message, int[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, byte[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, short[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, long[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, float[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, double[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, String[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, char[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outlet(int index, String message, boolean[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outletHigh(int index, int value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outletHigh(int index, float value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outletHigh(int index, double value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outletHigh(int index, String value) {
    return emit(index, null, new Atom[] {Atom.newAtom(value)});
  }

  public final boolean outletHigh(int index, Atom[] value) {
    return emit(index, null, value.clone());
  }

  public final boolean outletHigh(int index, int[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outletHigh(int index, float[] value) {
    return emit(index, null, Atom.newAtom(value));
  }

  public final boolean outletHigh(int index, String message, Atom[] value) {
    return emit(index, message, value.clone());
  }

  public final boolean outletHigh(int index, String message, int[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  public final boolean outletHigh(int index, String message, float[] value) {
    return emit(index, message, Atom.newAtom(value));
  }

  private boolean emit(int index, String message, Atom[] atoms) {
    if (index < 0 || index >= getNumOutlets()) {
      return false;
    }
    recorder.record(index, message == null ? atoms : Atom.newAtom(message, atoms));
    return true;
  }

  // ---- console ----

  public static void post(String message) {
    StandIn.console(StandIn.Level.POST, message);
  }

  public static void error(String message) {
    StandIn.console(StandIn.Level.ERROR, message);
  }

  public static void ouch(String message) {
    StandIn.console(StandIn.Level.ERROR, message);
  }

  public static void showException(Throwable t) {
    StandIn.console(StandIn.Level.ERROR, String.valueOf(t));
  }

  public static void showException(String message, Throwable t) {
    StandIn.console(StandIn.Level.ERROR, message + ": " + t);
  }

  protected static void bail(String message) {
    throw new MaxRuntimeException("bail: " + message);
  }

  // ---- misc ----

  public MaxBox getMaxBox() {
    return box;
  }

  public MaxPatcher getParentPatcher() {
    return patcher;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public static MaxContext getContext() {
    return MaxContext.INSTANCE;
  }

  public void embedMessage(String message, Atom[] args) {}

  private static int[] filled(int count) {
    int[] t = new int[count];
    java.util.Arrays.fill(t, DataTypes.ALL);
    return t;
  }

  private static int[] typed(String spec) {
    int[] t = new int[spec.length()];
    for (int i = 0; i < t.length; i++) {
      switch (spec.charAt(i)) {
        case 'i':
        case 'I':
          t[i] = DataTypes.INT;
          break;
        case 'f':
        case 'F':
          t[i] = DataTypes.FLOAT;
          break;
        case 'l':
        case 'L':
          t[i] = DataTypes.LIST;
          break;
        case 'm':
        case 'M':
          t[i] = DataTypes.MESSAGE;
          break;
        default:
          t[i] = DataTypes.ALL;
      }
    }
    return t;
  }

  private static String[] put(String[] array, int index, String value) {
    String[] r = array.length > index ? array.clone() : java.util.Arrays.copyOf(array, index + 1);
    r[index] = value;
    return r;
  }
}
