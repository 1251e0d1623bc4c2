package ai.sergik.amxd;

import java.util.List;

/**
 * What a patcher check needs to know about an mxj class: its inlet and outlet counts as Max will create them
 * (declared outlets plus the info outlet unless the class turns it off) and its constructors' descriptors.
 */
public record MxjClass(String name, int inlets, int outlets, List<String> constructorDescriptors) {
  /** The descriptor of an mxj constructor taking the typed-in box arguments. */
  public static final String ATOM_ARRAY_CONSTRUCTOR = "([Lcom/cycling74/max/Atom;)V";

  public static final String NO_ARG_CONSTRUCTOR = "()V";

  public MxjClass {
    constructorDescriptors = List.copyOf(constructorDescriptors);
  }

  /** Whether mxj can instantiate the class with {@code argCount} typed-in arguments. */
  public boolean acceptsArguments(int argCount) {
    if (constructorDescriptors.contains(ATOM_ARRAY_CONSTRUCTOR)) {
      return true;
    }
    if (argCount == 0) {
      return constructorDescriptors.contains(NO_ARG_CONSTRUCTOR);
    }
    return constructorDescriptors.stream().anyMatch(d -> simpleParameterCount(d) == argCount);
  }

  /** Number of primitive/String parameters of a descriptor, or -1 if it has another kind. */
  static int simpleParameterCount(String descriptor) {
    int count = 0;
    int i = 1;
    while (descriptor.charAt(i) != ')') {
      char c = descriptor.charAt(i);
      if ("IJFDZBSC".indexOf(c) >= 0) {
        i++;
      } else if (descriptor.startsWith("Ljava/lang/String;", i)) {
        i += "Ljava/lang/String;".length();
      } else {
        return -1;
      }
      count++;
    }
    return count;
  }

  /** Finds mxj classes by name. */
  public interface Lookup {
    /** The class, or null when it does not exist. */
    MxjClass find(String className);
  }
}
