package ai.sergik.device;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Cold start of the device jar in a fresh JVM, as mxj does it: a class loader holding only the jar and the
 * Max API, then load {@code SergikDevice}, instantiate it and generate once. Uses the JDK only, so it runs
 * from target/sidecar/test-classes alone. Arguments: the device jar and a directory holding just com/cycling74.
 */
public final class ColdLoadBench {
  private ColdLoadBench() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    try (URLClassLoader max = new URLClassLoader(
        new URL[] {
          Paths.get(args[0]).toUri().toURL(), Paths.get(args[1]).toUri().toURL()
        },
        ClassLoader.getPlatformClassLoader())) {
      Class<?> device = max.loadClass("ai.sergik.device.SergikDevice");
      long loaded = System.nanoTime();
      Class<?> standIn = max.loadClass("com.cycling74.max.StandIn");
      Class<?> atom = max.loadClass("com.cycling74.max.Atom");
      Class<?> maxObject = max.loadClass("com.cycling74.max.MaxObject");
      Class<?> atoms = Array.newInstance(atom, 0).getClass();
      Object off = Array.newInstance(atom, 1);
      Array.set(off, 0, atom.getMethod("newAtom", String.class).invoke(null, "off"));
      Object instance = standIn.getMethod("create", Class.class, atoms).invoke(null, device, off);
      long created = System.nanoTime();
      Method send = standIn.getMethod("send", maxObject, String.class, atoms);
      send.invoke(null, instance, "generate", Array.newInstance(atom, 0));
      long generated = System.nanoTime();
      standIn.getMethod("delete", maxObject).invoke(null, instance);
      System.out.printf(
          Locale.ROOT,
          "load class %.1f ms, + instantiate %.1f ms, + first generate %.1f ms%n",
          (loaded - t0) / 1e6,
          (created - t0) / 1e6,
          (generated - t0) / 1e6);
    }
  }
}
