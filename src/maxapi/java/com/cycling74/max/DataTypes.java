package com.cycling74.max;

/** Inlet and outlet types, with the constant values of Cycling '74's max.jar. */
public final class DataTypes {
  public static final int INT = 1;
  public static final int FLOAT = 2;
  public static final int LIST = 4;
  public static final int MESSAGE = 8;
  public static final int ALL = 15;
  public static final int ANYTHING = 15;

  private DataTypes() {}

  public static String toString(int type) {
    switch (type) {
      case INT:
        return "int";
      case FLOAT:
        return "float";
      case LIST:
        return "list";
      case MESSAGE:
        return "message";
      case ALL:
        return "all";
      default:
        return "unknown";
    }
  }
}
