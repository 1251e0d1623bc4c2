package ai.sergik.osc;

import com.illposed.osc.OSCMessage;
import java.util.List;

/** Reads typed arguments from a message, failing with the message's expected signature. */
final class OscArgs {
  private final OSCMessage message;
  private final String signature;
  private final List<Object> args;

  private OscArgs(OSCMessage message, String signature) {
    this.message = message;
    this.signature = signature;
    this.args = message.getArguments();
  }

  /** Checks the address and the argument count against {@code signature} such as {@code "i request, s json"}. */
  static OscArgs expect(OSCMessage message, String address, String signature)
      throws OscProtocolException {
    if (!address.equals(message.getAddress())) {
      throw new OscProtocolException("expected " + address + ", got " + message.getAddress());
    }
    OscArgs reader = new OscArgs(message, signature);
    int expected = signature.isEmpty() ? 0 : signature.split(",").length;
    if (reader.args.size() != expected) {
      throw reader.mismatch();
    }
    return reader;
  }

  static OscArgs any(OSCMessage message, String signature) {
    return new OscArgs(message, signature);
  }

  int size() {
    return args.size();
  }

  Object raw(int index) {
    return args.get(index);
  }

  int intArg(int index) throws OscProtocolException {
    Object value = args.get(index);
    if (value instanceof Integer) {
      return (Integer) value;
    }
    if (value instanceof Long && (Long) value == ((Long) value).intValue()) {
      return ((Long) value).intValue();
    }
    throw mismatch();
  }

  double floatArg(int index) throws OscProtocolException {
    Object value = args.get(index);
    if (value instanceof Float
        || value instanceof Double
        || value instanceof Integer
        || value instanceof Long) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new OscProtocolException(message.getAddress() + " argument " + (index + 1)
            + " must be a finite number, got " + d);
      }
      return d;
    }
    throw mismatch();
  }

  String stringArg(int index) throws OscProtocolException {
    Object value = args.get(index);
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    throw mismatch();
  }

  OscProtocolException mismatch() {
    return new OscProtocolException(
        message.getAddress() + " expects (" + signature + "), got (" + typeTags(args) + ")");
  }

  /** OSC type tags of the arguments, e.g. {@code "i, s"}, for error messages. */
  static String typeTags(List<Object> arguments) {
    StringBuilder tags = new StringBuilder();
    for (Object a : arguments) {
      if (tags.length() > 0) {
        tags.append(", ");
      }
      tags.append(tag(a));
    }
    return tags.toString();
  }

  private static char tag(Object a) {
    if (a == null) {
      return 'N';
    } else if (a instanceof Integer) {
      return 'i';
    } else if (a instanceof Float) {
      return 'f';
    } else if (a instanceof Double) {
      return 'd';
    } else if (a instanceof Long) {
      return 'h';
    } else if (a instanceof CharSequence) {
      return 's';
    } else if (a instanceof byte[] || a instanceof java.nio.ByteBuffer) {
      return 'b';
    } else if (a instanceof Boolean) {
      return ((Boolean) a) ? 'T' : 'F';
    } else if (a instanceof Character) {
      return 'c';
    }
    return '?';
  }
}
