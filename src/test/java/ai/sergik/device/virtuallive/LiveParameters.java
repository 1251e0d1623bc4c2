package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code live.*} UI objects of the device patcher, which are Live parameters. */
public final class LiveParameters {
  private LiveParameters() {}

  /**
   * What the {@code live.*} UI objects share as Live parameters: a long name, a value Live stores with the set
   * unless the parameter is hidden ({@code parameter_invisible} 2: "Hidden", neither stored nor automated),
   * and on load the stored value — or the initial value when enabled — sent out as if set by hand.
   * https://docs.cycling74.com/max8/vignettes/live_parameters
   */
  public abstract static class Parameter extends Box {
    final String longName;
    final int type;
    final int visibility;
    final boolean initialEnabled;
    final double initial;
    double value;

    Parameter(JsonNode b) {
      JsonNode v = b.at("/saved_attribute_attributes/valueof");
      this.longName = v.path("parameter_longname").asText(b.path("varname").asText());
      this.type = v.path("parameter_type").asInt(0);
      this.visibility = v.path("parameter_invisible").asInt(0);
      this.initialEnabled = v.path("parameter_initial_enable").asInt(0) == 1;
      this.initial = v.path("parameter_initial").path(0).asDouble(0);
      this.value = initial;
    }

    boolean stored() {
      return visibility != 2;
    }

    void restore(Map<String, Double> saved) {
      if (stored() && saved.containsKey(longName)) {
        value = saved.get(longName);
        output();
      } else if (initialEnabled) {
        value = initial;
        output();
      }
    }

    public double value() {
      return value;
    }

    void output() {
      out(0, type == 0 ? Msg.ofFloat(value) : Msg.ofInt((int) Math.round(value)));
    }

    /** The producer clicks it. */
    void click() {
      throw new UnsupportedOperationException(longName + " is not a button");
    }

    /** The producer sets it to {@code v}. */
    void user(double v) {
      value = v;
      output();
    }

    @Override
    void receive(int inlet, Msg m) {
      if (m.is("set") && m.args.length == 1) {
        value = m.args[0].toDouble();
      } else if (m.isNumeric()) {
        user(m.args[0].toDouble());
      } else if (m.is("bang")) {
        output();
      } else {
        doesNotUnderstand(m);
      }
    }
  }

  /**
   * live.text: https://docs.cycling74.com/max5/refpages/m4l-ref/live.text.html — "(mouse) In button mode, a
   * mouse click … sending the text out the second outlet and a bang message out the left outlet. In toggle
   * mode, a mouse click behaves the same as a live.toggle" (1 or 0 out the left outlet).
   */
  static final class LiveText extends Parameter {
    final int mode;
    final String text;

    LiveText(JsonNode b) {
      super(b);
      this.mode = b.path("mode").asInt(1);
      this.text = b.path("text").asText("");
    }

    @Override
    void click() {
      if (mode == 0) {
        out(1, Msg.of("symbol", Atom.newAtom(text)));
        out(0, Msg.bang());
      } else {
        value = value == 0 ? 1 : 0;
        output();
      }
    }

    @Override
    void output() {
      out(0, Msg.ofInt((int) value));
    }
  }

  /** live.button: https://docs.cycling74.com/reference/live.button — a click sends a bang. */
  static final class LiveButton extends Parameter {
    LiveButton(JsonNode b) {
      super(b);
    }

    @Override
    void click() {
      out(0, Msg.bang());
    }
  }

  /**
   * live.menu: https://docs.cycling74.com/reference/live.menu — choosing an item sends its index out the
   * left outlet (the item's text out the middle one).
   */
  public static final class LiveMenu extends Parameter {
    final List<String> items = new ArrayList<>();

    LiveMenu(JsonNode b) {
      super(b);
      b.at("/saved_attribute_attributes/valueof/parameter_enum")
          .forEach(n -> items.add(n.asText()));
    }

    void choose(String item) {
      int i = items.indexOf(item);
      if (i < 0) {
        throw new IllegalArgumentException(longName + " has no item " + item + "; it has " + items);
      }
      value = i;
      output();
    }

    @Override
    void output() {
      out(1, Msg.of("symbol", Atom.newAtom(items.get((int) value))));
      out(0, Msg.ofInt((int) value));
    }
  }

  /**
   * live.numbox: https://docs.cycling74.com/reference/live.numbox and live.dial:
   * https://docs.cycling74.com/reference/live.dial — the value goes out the left outlet (an int for an int
   * parameter, a float otherwise); {@code set v} changes it without output.
   */
  static final class LiveNumber extends Parameter {
    LiveNumber(JsonNode b) {
      super(b);
    }
  }
}
