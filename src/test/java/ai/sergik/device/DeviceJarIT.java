package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.osc.OscProtocol;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built device jar as Max loads it: in a fresh class loader that holds only the jar and the Max API
 * (here the stand-in), with nothing else of this project or its dependencies visible.
 */
class DeviceJarIT {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));
  static final Path JAR = BASE.resolve("target/sergik-device.jar");

  @TempDir
  Path maxApi;

  @Test
  void theJarAloneInstantiatesGeneratesAndTalksOsc() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("com/cycling74")))
          .isEmpty();
    }
    Path standIn = BASE.resolve("target/maxapi/classes/com/cycling74/max");
    Path copy = Files.createDirectories(maxApi.resolve("com/cycling74/max"));
    try (Stream<Path> files = Files.list(standIn)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }

    try (URLClassLoader max = new URLClassLoader(
            new URL[] {JAR.toUri().toURL(), maxApi.toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
        UdpSidecarPeer peer = new UdpSidecarPeer()) {
      assertThatThrownBy(() -> max.loadClass("org.junit.jupiter.api.Test"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> max.loadClass("com.illposed.osc.OSCMessage"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> max.loadClass("org.slf4j.Logger"))
          .isInstanceOf(ClassNotFoundException.class);

      Class<?> standInClass = max.loadClass("com.cycling74.max.StandIn");
      Class<?> atom = max.loadClass("com.cycling74.max.Atom");
      Class<?> maxObject = max.loadClass("com.cycling74.max.MaxObject");
      Class<?> atoms = Array.newInstance(atom, 0).getClass();
      Class<?> device = max.loadClass("ai.sergik.device.SergikDevice");
      assertThat(device.getClassLoader()).isSameAs(max);

      Method newInt = atom.getMethod("newAtom", int.class);
      Object args = Array.newInstance(atom, 2);
      Array.set(args, 0, newInt.invoke(null, peer.port()));
      Array.set(args, 1, newInt.invoke(null, 0));
      Object instance =
          standInClass.getMethod("create", Class.class, atoms).invoke(null, device, args);
      Method send = standInClass.getMethod("send", maxObject, String.class, atoms);
      Method outlets = standInClass.getMethod("outlets", maxObject);

      send.invoke(null, instance, "generate", Array.newInstance(atom, 0));

      UdpSidecarPeer.Received handshake = peer.await(OscProtocol.TEST, 3000);
      assertThat(handshake).as("the device's /sergik/test").isNotNull();
      long end = System.nanoTime() + 3_000_000_000L;
      List<String> lines = new ArrayList<>();
      while (System.nanoTime() < end && !lines.contains("5: connected")) {
        lines.clear();
        for (Object call : (List<?>) outlets.invoke(null, instance)) {
          lines.add(call.toString());
        }
        Thread.sleep(10);
      }
      assertThat(lines)
          .as("outlets")
          .contains("5: connected")
          .anyMatch(l -> l.startsWith("4: set Bm7 | Gmaj7 | Dmaj7 | A7 · "));

      standInClass.getMethod("delete", maxObject).invoke(null, instance);
      assertThat((List<?>) standInClass.getMethod("escaped").invoke(null)).isEmpty();
    }
  }
}
