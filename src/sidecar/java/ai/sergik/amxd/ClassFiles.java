package ai.sergik.amxd;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Reads mxj classes from a jar (or a classes directory) without loading them (the Max API is not on the sidecar's class path):
 * constructors from the class file, port counts from the class's {@code int} constants {@value #INLETS} and
 * {@value #OUTLETS}, which the class passes to {@code declareIO} (a test checks that the counts Max would see
 * when the class is instantiated through the Max API stand-in agree).
 */
public record ClassFiles(Path jar) implements MxjClass.Lookup {
  public static final String INLETS = "INLETS";
  public static final String OUTLETS = "OUTLETS";

  @Override
  public MxjClass find(String className) {
    String entryName = className.replace('.', '/') + ".class";
    if (Files.isDirectory(jar)) {
      Path file = jar.resolve(entryName);
      try {
        return Files.isRegularFile(file) ? parse(className, Files.readAllBytes(file)) : null;
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      ZipEntry entry = file.getEntry(entryName);
      if (entry == null) {
        return null;
      }
      try (InputStream in = file.getInputStream(entry)) {
        return parse(className, in.readAllBytes());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + jar + ": " + e.getMessage(), e);
    }
  }

  static MxjClass parse(String className, byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException(className + " is not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    Object[] pool = new Object[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3 -> pool[i] = in.readInt();
        case 4 -> in.readFloat();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException(className + ": unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    in.readUnsignedShort();
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort();
    }
    Map<String, Integer> constants = new HashMap<>();
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.readUnsignedShort();
      String name = (String) pool[in.readUnsignedShort()];
      in.readUnsignedShort();
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attr = (String) pool[in.readUnsignedShort()];
        int length = in.readInt();
        if (attr.equals("ConstantValue") && length == 2) {
          Object value = pool[in.readUnsignedShort()];
          if (value instanceof Integer v) {
            constants.put(name, v);
          }
        } else {
          in.skipNBytes(length);
        }
      }
    }
    List<String> constructors = new ArrayList<>();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort();
      String name = (String) pool[in.readUnsignedShort()];
      String descriptor = (String) pool[in.readUnsignedShort()];
      if (name.equals("<init>")) {
        constructors.add(descriptor);
      }
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.readUnsignedShort();
        in.skipNBytes(in.readInt());
      }
    }
    Integer inlets = constants.get(INLETS);
    Integer outlets = constants.get(OUTLETS);
    if (inlets == null || outlets == null) {
      throw new IOException(className + " publishes no int constants " + INLETS + " and " + OUTLETS
          + ", so its port counts cannot be read without Max");
    }
    return new MxjClass(className, inlets, outlets, constructors);
  }
}
