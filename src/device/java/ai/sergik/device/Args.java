package ai.sergik.device;

import com.cycling74.max.Atom;
import java.util.List;

/**
 * Reads a message's arguments, throwing {@link IllegalArgumentException} with one line that says what the
 * message needs and what it got.
 */
final class Args {
  private Args() {}

  static String describe(Atom[] args) {
    return args.length == 0 ? "nothing" : "\"" + Atom.toOneString(args) + "\"";
  }

  /** One whole number in min..max; a float (even 8.0) is refused, since the parameter counts things. */
  static int wholeNumber(String message, Atom[] args, int min, int max) {
    if (args.length != 1 || !args[0].isInt() || args[0].getInt() < min || args[0].getInt() > max) {
      throw new IllegalArgumentException(
          message + " needs one whole number " + min + ".." + max + ", got " + describe(args));
    }
    return args[0].getInt();
  }

  /** One number (int or float) in min..max. */
  static double number(String message, Atom[] args, double min, double max, String unit) {
    if (args.length != 1
        || args[0].isString()
        || args[0].toDouble() < min
        || args[0].toDouble() > max
        || Double.isNaN(args[0].toDouble())) {
      throw new IllegalArgumentException(message + " needs one number " + trim(min) + ".."
          + trim(max) + unit + ", got " + describe(args));
    }
    return args[0].toDouble();
  }

  /** A name from {@code choices}, or its menu index (0-based) as a live.menu sends it. */
  static String choice(String message, Atom[] args, List<String> choices) {
    if (args.length == 1 && args[0].isInt()) {
      int i = args[0].getInt();
      if (i >= 0 && i < choices.size()) {
        return choices.get(i);
      }
      throw new IllegalArgumentException(
          message + " menu index must be 0.." + (choices.size() - 1) + ", got " + i);
    }
    if (args.length == 0) {
      throw new IllegalArgumentException(
          message + " needs one of " + join(choices) + ", got nothing");
    }
    return Atom.toOneString(args);
  }

  /** All arguments as one text, separated by spaces. */
  static String text(String message, Atom[] args, String example) {
    if (args.length == 0) {
      throw new IllegalArgumentException(message + " needs text, e.g. " + message + " " + example);
    }
    return Atom.toOneString(args);
  }

  static String join(List<String> choices) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < choices.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(choices.get(i));
    }
    return sb.toString();
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
