package ai.sergik.sync;

import ai.sergik.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code dataset_versions.json}: the list of dataset versions, oldest first. Written whole through
 * {@link AtomicFiles}, so a crash leaves either the old list or the new one.
 */
public final class VersionsFile {
  public static final String SCHEMA = "sergik.dataset_versions/1";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = MAPPER.getFactory();

  private VersionsFile() {}

  public static List<DatasetVersion> read(Path file) throws IOException {
    if (!Files.exists(file)) return new ArrayList<>();
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(
          file + ": not readable as JSON (" + e.getMessage()
              + "); restore it from git or S3 with sync --pull",
          e);
    }
    if (root == null || !root.path("versions").isArray()) {
      throw new IOException(
          file + ": expected {\"schema\": \"" + SCHEMA + "\", \"versions\": [...]}");
    }
    List<DatasetVersion> versions = new ArrayList<>();
    for (JsonNode v : root.path("versions")) {
      try {
        versions.add(fromJson(v));
      } catch (IllegalArgumentException e) {
        throw new IOException(
            file + ": version " + (versions.size() + 1) + ": " + e.getMessage(), e);
      }
    }
    return versions;
  }

  public static Optional<DatasetVersion> latest(Path file) throws IOException {
    List<DatasetVersion> versions = read(file);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  public static void write(Path file, List<DatasetVersion> versions) throws IOException {
    AtomicFiles.write(file, out -> {
      try (JsonGenerator json = JSON.createGenerator(new NonClosing(out))) {
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeArrayFieldStart("versions");
        for (DatasetVersion v : versions) writeVersion(json, v);
        json.writeEndArray();
        json.writeEndObject();
      }
    });
  }

  /** One version as a standalone JSON document (the manifest object stored in S3). */
  public static byte[] toBytes(DatasetVersion version) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      writeVersion(json, version);
    }
    return out.toByteArray();
  }

  public static DatasetVersion fromBytes(byte[] json, String where) throws IOException {
    try {
      return fromJson(MAPPER.readTree(json));
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new IOException(where + ": not a dataset version: " + e.getMessage(), e);
    }
  }

  private static void writeVersion(JsonGenerator json, DatasetVersion v) throws IOException {
    json.writeStartObject();
    json.writeStringField("version", v.version());
    json.writeStringField("timestamp", v.timestamp());
    if (v.parent() == null) json.writeNullField("parent");
    else json.writeStringField("parent", v.parent());
    json.writeNumberField("file_count", v.manifest().files().size());
    json.writeNumberField("total_bytes", v.manifest().totalBytes());
    json.writeObjectFieldStart("changes");
    writeList(json, "added", v.changes().added());
    writeList(json, "modified", v.changes().modified());
    writeList(json, "deleted", v.changes().deleted());
    json.writeEndObject();
    json.writeArrayFieldStart("files");
    for (FileEntry f : v.manifest().files().values()) {
      json.writeStartObject();
      json.writeStringField("path", f.path());
      json.writeNumberField("size", f.size());
      json.writeStringField("sha256", f.sha256());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeList(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) json.writeString(value);
    json.writeEndArray();
  }

  private static DatasetVersion fromJson(JsonNode v) {
    List<FileEntry> files = new ArrayList<>();
    for (JsonNode f : v.path("files")) {
      files.add(new FileEntry(
          f.path("path").asText(), f.path("size").asLong(-1), f.path("sha256").asText()));
    }
    JsonNode changes = v.path("changes");
    return new DatasetVersion(
        v.path("version").asText(),
        v.path("timestamp").asText(),
        v.path("parent").isTextual() ? v.path("parent").asText() : null,
        new Manifest(files),
        new Manifest.Changes(
            strings(changes.path("added")),
            strings(changes.path("modified")),
            strings(changes.path("deleted"))));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** AtomicFiles flushes and syncs the stream itself; the generator must not close it first. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
