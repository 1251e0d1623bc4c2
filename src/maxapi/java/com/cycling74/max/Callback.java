package com.cycling74.max;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Calls a named method of an object when executed, as Cycling '74's Callback does. The stand-in resolves the
 * method by name and argument count, searching public and declared methods.
 */
public class Callback implements Executable {
  private final Object target;
  private final String methodName;
  private Object[] args;
  private Class<?>[] types;

  public Callback(Object o, String methodName) {
    this(o, methodName, new Object[0], new Class<?>[0]);
  }

  public Callback(Object o, String methodName, int arg) {
    this(o, methodName, new Object[] {arg}, new Class<?>[] {int.class});
  }

  public Callback(Object o, String methodName, float arg) {
    this(o, methodName, new Object[] {arg}, new Class<?>[] {float.class});
  }

  public Callback(Object o, String methodName, String arg) {
    this(o, methodName, new Object[] {arg}, new Class<?>[] {String.class});
  }

  public Callback(Object o, String methodName, boolean arg) {
    this(o, methodName, new Object[] {arg}, new Class<?>[] {boolean.class});
  }

  public Callback(Object o, String methodName, Object[] args) {
    this(o, methodName, args, typesOf(args));
  }

  public Callback(Object o, String methodName, Object[] args, Class<?>[] types) {
    this.target = o;
    this.methodName = methodName;
    this.args = args.clone();
    this.types = types.clone();
  }

  public void setArgs(int arg) {
    this.args = new Object[] {arg};
    this.types = new Class<?>[] {int.class};
  }

  public void setArgs(float arg) {
    this.args = new Object[] {arg};
    this.types = new Class<?>[] {float.class};
  }

  public void setArgs(String arg) {
    this.args = new Object[] {arg};
    this.types = new Class<?>[] {String.class};
  }

  public void setArgs(boolean arg) {
    this.args = new Object[] {arg};
    this.types = new Class<?>[] {boolean.class};
  }

  public void setArgs(Object[] args) {
    this.args = args.clone();
    this.types = typesOf(args);
  }

  public Object getObject() {
    return target;
  }

  public String getMethodName() {
    return methodName;
  }

  public Object[] getArgs() {
    return args.clone();
  }

  @Override
  public void execute() {
    try {
      Method m = find(target.getClass());
      m.setAccessible(true);
      m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new MaxRuntimeException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MaxRuntimeException(e);
    }
  }

  private Method find(Class<?> type) throws NoSuchMethodException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod(methodName, types);
      } catch (NoSuchMethodException ignored) {
        // keep looking in the superclass
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + methodName);
  }

  private static Class<?>[] typesOf(Object[] args) {
    Class<?>[] t = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      t[i] = args[i] == null ? Object.class : args[i].getClass();
    }
    return t;
  }
}
