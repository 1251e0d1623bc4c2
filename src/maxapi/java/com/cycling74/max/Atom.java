package com.cycling74.max;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A Max value: an int, a float or a symbol. The public methods match Cycling '74's Atom; the stand-in keeps
 * the implementation small (three private subclasses).
 */
public abstract class Atom implements Serializable, Comparable<Object> {
  private static final long serialVersionUID = 1L;

  public static final Atom[] emptyArray = new Atom[0];

  Atom() {}

  public static Atom newAtom(byte v) {
    return new IntAtom(v);
  }

  public static Atom newAtom(short v) {
    return new IntAtom(v);
  }

  public static Atom newAtom(int v) {
    return new IntAtom(v);
  }

  public static Atom newAtom(long v) {
    return new IntAtom((int) v);
  }

  public static Atom newAtom(float v) {
    return new FloatAtom(v);
  }

  public static Atom newAtom(double v) {
    return new FloatAtom((float) v);
  }

  public static Atom newAtom(char v) {
    return new StringAtom(String.valueOf(v));
  }

  public static Atom newAtom(String v) {
    return new StringAtom(v);
  }

  public static Atom newAtom(boolean v) {
    return new IntAtom(v ? 1 : 0);
  }

  public static Atom[] newAtom(byte[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(short[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(int[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(long[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(float[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(double[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(char[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(String[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  public static Atom[] newAtom(boolean[] v) {
    Atom[] a = new Atom[v.length];
    for (int i = 0; i < v.length; i++) a[i] = newAtom(v[i]);
    return a;
  }

  /** A message and its arguments as one array: the symbol first. */
  public static Atom[] newAtom(String message, Atom[] args) {
    Atom[] a = new Atom[args.length + 1];
    a[0] = newAtom(message);
    System.arraycopy(args, 0, a, 1, args.length);
    return a;
  }

  public boolean isInt() {
    return false;
  }

  public boolean isFloat() {
    return false;
  }

  public boolean isString() {
    return false;
  }

  public int getInt() {
    throw new MaxRuntimeException("not an int atom: " + this);
  }

  public float getFloat() {
    throw new MaxRuntimeException("not a float atom: " + this);
  }

  public String getString() {
    throw new MaxRuntimeException("not a symbol atom: " + this);
  }

  public abstract int toInt();

  public abstract float toFloat();

  public double toDouble() {
    return toFloat();
  }

  public long toLong() {
    return toInt();
  }

  public short toShort() {
    return (short) toInt();
  }

  public byte toByte() {
    return (byte) toInt();
  }

  public char toChar() {
    String s = toString();
    return s.isEmpty() ? '\0' : s.charAt(0);
  }

  public boolean toBoolean() {
    return toInt() != 0;
  }

  public abstract Object toObject();

  public static int[] toInt(Atom[] a) {
    int[] r = new int[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i].toInt();
    return r;
  }

  public static float[] toFloat(Atom[] a) {
    float[] r = new float[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i].toFloat();
    return r;
  }

  public static double[] toDouble(Atom[] a) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i].toDouble();
    return r;
  }

  public static String[] toString(Atom[] a) {
    String[] r = new String[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i].toString();
    return r;
  }

  /** The atoms as Max text, separated by single spaces. */
  public static String toOneString(Atom[] a) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < a.length; i++) {
      if (i > 0) sb.append(' ');
      sb.append(a[i]);
    }
    return sb.toString();
  }

  public static String toDebugString(Atom[] a) {
    StringBuilder sb = new StringBuilder("Atom[").append(a.length).append("]=");
    for (Atom atom : a) {
      sb.append('{')
          .append(atom)
          .append(':')
          .append(atom.isInt() ? "I" : atom.isFloat() ? "F" : "S")
          .append('}');
    }
    return sb.toString();
  }

  /** Max text to atoms: ints, floats and symbols separated by white space. */
  public static Atom[] parse(String text) {
    return parse(text, false);
  }

  public static Atom[] parse(String text, boolean firstIsString) {
    List<Atom> out = new ArrayList<Atom>();
    for (String token : text.trim().split("\\s+")) {
      if (token.isEmpty()) continue;
      if (firstIsString && out.isEmpty()) {
        out.add(newAtom(token));
        continue;
      }
      try {
        out.add(newAtom(Integer.parseInt(token)));
      } catch (NumberFormatException notInt) {
        try {
          out.add(newAtom(Float.parseFloat(token)));
        } catch (NumberFormatException notFloat) {
          out.add(newAtom(token));
        }
      }
    }
    return out.toArray(new Atom[0]);
  }

  public static Atom[] removeFirst(Atom[] a) {
    return removeFirst(a, 1);
  }

  public static Atom[] removeFirst(Atom[] a, int howMany) {
    if (howMany >= a.length) return emptyArray;
    Atom[] r = new Atom[a.length - howMany];
    System.arraycopy(a, howMany, r, 0, r.length);
    return r;
  }

  public static Atom[] removeLast(Atom[] a) {
    return removeLast(a, 1);
  }

  public static Atom[] removeLast(Atom[] a, int howMany) {
    if (howMany >= a.length) return emptyArray;
    Atom[] r = new Atom[a.length - howMany];
    System.arraycopy(a, 0, r, 0, r.length);
    return r;
  }

  @Override
  public int compareTo(Object o) {
    return toString().compareTo(String.valueOf(o));
  }

  static final class IntAtom extends Atom {
    private static final long serialVersionUID = 1L;
    private final int value;

    IntAtom(int value) {
      this.value = value;
    }

    @Override
    public boolean isInt() {
      return true;
    }

    @Override
    public int getInt() {
      return value;
    }

    @Override
    public int toInt() {
      return value;
    }

    @Override
    public float toFloat() {
      return value;
    }

    @Override
    public Object toObject() {
      return Integer.valueOf(value);
    }

    @Override
    public String toString() {
      return Integer.toString(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IntAtom && ((IntAtom) o).value == value;
    }

    @Override
    public int hashCode() {
      return value;
    }
  }

  static final class FloatAtom extends Atom {
    private static final long serialVersionUID = 1L;
    private final float value;

    FloatAtom(float value) {
      this.value = value;
    }

    @Override
    public boolean isFloat() {
      return true;
    }

    @Override
    public float getFloat() {
      return value;
    }

    @Override
    public int toInt() {
      return (int) value;
    }

    @Override
    public float toFloat() {
      return value;
    }

    @Override
    public Object toObject() {
      return Float.valueOf(value);
    }

    @Override
    public String toString() {
      return Float.toString(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FloatAtom && Float.compare(((FloatAtom) o).value, value) == 0;
    }

    @Override
    public int hashCode() {
      return Float.floatToIntBits(value);
    }
  }

  static final class StringAtom extends Atom {
    private static final long serialVersionUID = 1L;
    private final String value;

    StringAtom(String value) {
      this.value = value == null ? "" : value;
    }

    @Override
    public boolean isString() {
      return true;
    }

    @Override
    public String getString() {
      return value;
    }

    @Override
    public int toInt() {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    @Override
    public float toFloat() {
      try {
        return Float.parseFloat(value);
      } catch (NumberFormatException e) {
        return 0f;
      }
    }

    @Override
    public Object toObject() {
      return value;
    }

    @Override
    public String toString() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StringAtom && ((StringAtom) o).value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }
}
