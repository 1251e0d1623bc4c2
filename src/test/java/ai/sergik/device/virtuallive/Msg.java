package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.List;

/**
 * One Max message: a selector and its arguments. Numbers travel as {@code int}, {@code float} or
 * {@code list}; a message that starts with a word has that word as its selector.
 */
final class Msg {
  final String selector;
  final Atom[] args;

  private Msg(String selector, Atom[] args) {
    this.selector = selector;
    this.args = args;
  }

  static Msg bang() {
    return new Msg("bang", new Atom[0]);
  }

  static Msg of(String selector, Atom... args) {
    return new Msg(selector, args);
  }

  static Msg ofInt(int v) {
    return new Msg("int", new Atom[] {Atom.newAtom(v)});
  }

  static Msg ofFloat(double v) {
    return new Msg("float", new Atom[] {Atom.newAtom(v)});
  }

  /** The message Max makes of a list of atoms (as an outlet or a message box sends them). */
  static Msg ofAtoms(Atom[] atoms) {
    if (atoms.length == 0) {
      return bang();
    }
    if (atoms[0].isString()) {
      Atom[] rest = new Atom[atoms.length - 1];
      System.arraycopy(atoms, 1, rest, 0, rest.length);
      return new Msg(atoms[0].getString(), rest);
    }
    if (atoms.length == 1) {
      return atoms[0].isInt() ? ofInt(atoms[0].getInt()) : ofFloat(atoms[0].getFloat());
    }
    return new Msg("list", atoms.clone());
  }

  /** The atoms as they would be typed: numbers bare, a word message with its selector first. */
  Atom[] atoms() {
    if (isNumeric()) {
      return args.clone();
    }
    Atom[] a = new Atom[args.length + 1];
    a[0] = Atom.newAtom(selector);
    System.arraycopy(args, 0, a, 1, args.length);
    return a;
  }

  boolean isNumeric() {
    return selector.equals("int") || selector.equals("float") || selector.equals("list");
  }

  boolean is(String s) {
    return selector.equals(s);
  }

  List<String> words() {
    List<String> out = new ArrayList<>();
    for (Atom a : args) {
      out.add(a.toString());
    }
    return out;
  }

  @Override
  public String toString() {
    return Atom.toOneString(atoms());
  }
}
