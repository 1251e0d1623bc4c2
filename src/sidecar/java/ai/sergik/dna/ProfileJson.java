package ai.sergik.dna;

import ai.sergik.io.AtomicFiles;
import ai.sergik.music.Key;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@code master_profile.json}. Reading accepts this project's layout and the
 * earlier tool's ({@code dna.bpm.zones}, {@code dna.keys.distribution}, {@code dna.energy.sweet_spot},
 * {@code dna.genres} as percentages).
 */
public final class ProfileJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProfileJson() {}

  public static void write(Path file, DnaProfile profile) throws IOException {
    AtomicFiles.writeString(file, MAPPER.writeValueAsString(toJson(profile)) + "\n");
  }

  public static DnaProfile read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IOException(file + ": not readable as JSON: " + e.getMessage(), e);
    }
    try {
      return fromJson(root);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  public static ObjectNode toJson(DnaProfile p) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", p.layout());
    root.put("generated", p.generated());
    putDoubles(root.putObject("bpm_zones"), p.bpmZones());
    ObjectNode bpm = root.putObject("bpm");
    bpm.put("average", p.bpm().average());
    bpm.put("median", p.bpm().median());
    putDoubles(bpm.putObject("zone_medians"), p.bpm().zoneMedians());
    ObjectNode histogram = bpm.putObject("histogram");
    p.bpm().histogram().forEach((k, v) -> histogram.put(k.toString(), v));
    putDoubles(root.putObject("key_preferences"), p.keyPreferences());
    root.putArray("energy_sweet_spot")
        .add(p.energy().sweetSpotLow())
        .add(p.energy().sweetSpotHigh());
    ObjectNode energy = root.putObject("energy");
    energy.put("average", p.energy().average());
    energy.put("sweet_spot_share", p.energy().sweetSpotShare());
    ObjectNode levels = energy.putObject("levels");
    p.energy().levels().forEach((k, v) -> levels.put(k.toString(), v));
    putDoubles(root.putObject("genre_dna"), p.genreDna());
    putLongs(root.putObject("catalog"), p.catalog());
    putLongs(root.putObject("top_collaborators"), p.topCollaborators());
    putLongs(root.putObject("projects_by_year"), p.projectsByYear());
    ObjectNode derivations = root.putObject("derivations");
    p.derivations().forEach((name, d) -> {
      ObjectNode node = derivations.putObject(name);
      ArrayNode sources = node.putArray("sources");
      d.sources().forEach(s -> sources.addObject().put("file", s.file()).put("rows", s.rows()));
      node.put("rule", d.rule());
      if (!d.counts().isEmpty()) putLongs(node.putObject("counts"), d.counts());
      node.put("skipped", d.skipped());
    });
    return root;
  }

  public static DnaProfile fromJson(JsonNode root) {
    if (root.has("bpm_zones")) return current(root);
    if (root.path("dna").isObject()) return legacy(root);
    throw new IllegalArgumentException(
        "not a DNA profile: expected bpm_zones (this project's layout) or dna.{bpm,keys,energy,genres} (the earlier tool's)");
  }

  private static DnaProfile current(JsonNode root) {
    JsonNode bpm = root.path("bpm");
    Map<Integer, Long> histogram = new TreeMap<>();
    bpm.path("histogram")
        .properties()
        .forEach(e -> histogram.put(Integer.valueOf(e.getKey()), e.getValue().asLong()));
    JsonNode spot = root.path("energy_sweet_spot");
    if (!spot.isArray() || spot.size() != 2) {
      throw new IllegalArgumentException("energy_sweet_spot must be [low, high], got " + spot);
    }
    Map<Integer, Long> levels = new TreeMap<>();
    root.path("energy")
        .path("levels")
        .properties()
        .forEach(e -> levels.put(Integer.valueOf(e.getKey()), e.getValue().asLong()));
    DnaProfile.Energy energy = new DnaProfile.Energy(
        root.path("energy").path("average").asDouble(),
        spot.get(0).asInt(),
        spot.get(1).asInt(),
        root.path("energy").path("sweet_spot_share").asDouble(),
        levels);
    Map<String, Double> zones = doubles(root.path("bpm_zones"));
    zones.keySet().forEach(BpmZone::ofLabel);
    Map<String, Derivation> derivations = new LinkedHashMap<>();
    root.path("derivations").properties().forEach(e -> {
      List<Derivation.Source> sources = new ArrayList<>();
      e.getValue()
          .path("sources")
          .forEach(s -> sources.add(
              new Derivation.Source(s.path("file").asText(), s.path("rows").asLong())));
      derivations.put(
          e.getKey(),
          new Derivation(
              sources,
              e.getValue().path("rule").asText(),
              longs(e.getValue().path("counts")),
              e.getValue().path("skipped").asLong()));
    });
    return new DnaProfile(
        root.path("generated").asText(""),
        root.path("schema").asText(DnaProfile.LAYOUT),
        zones,
        new DnaProfile.Bpm(
            bpm.path("average").asDouble(),
            bpm.path("median").asDouble(),
            doubles(bpm.path("zone_medians")),
            histogram),
        doubles(root.path("key_preferences")),
        energy,
        doubles(root.path("genre_dna")),
        longs(root.path("catalog")),
        longs(root.path("top_collaborators")),
        longs(root.path("projects_by_year")),
        derivations);
  }

  /** The earlier tool's layout: shares are percentages and only a few named zones exist. */
  private static DnaProfile legacy(JsonNode root) {
    JsonNode dna = root.path("dna");
    Map<String, Double> zones = new LinkedHashMap<>();
    Map<String, Double> medians = new LinkedHashMap<>();
    for (BpmZone zone : BpmZone.values()) zones.put(zone.label(), 0.0);
    dna.path("bpm").path("zones").properties().forEach(e -> {
      JsonNode range = e.getValue().path("range");
      if (!range.isArray() || range.size() != 2) {
        throw new IllegalArgumentException(
            "dna.bpm.zones." + e.getKey() + ".range must be [low, high], got " + range);
      }
      BpmZone zone = BpmZone.ofRange(range.get(0).asDouble(), range.get(1).asDouble());
      zones.merge(zone.label(), e.getValue().path("percentage").asDouble() / 100, Double::sum);
      medians.put(zone.label(), (range.get(0).asDouble() + range.get(1).asDouble()) / 2);
    });
    Map<String, Double> keys = new LinkedHashMap<>();
    percentages(dna.path("keys").path("distribution")).entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> keys.put(Key.parse(e.getKey()).onWheel().camelot(), e.getValue()));
    JsonNode spot = dna.path("energy").path("sweet_spot");
    int low = spot.isArray() && spot.size() == 2 ? spot.get(0).asInt() : 1;
    int high = spot.isArray() && spot.size() == 2 ? spot.get(1).asInt() : 10;
    Map<String, Double> genres = new LinkedHashMap<>();
    percentages(dna.path("genres")).entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> genres.put(e.getKey(), e.getValue()));
    Map<String, Derivation> derivations = new LinkedHashMap<>();
    derivations.put(
        "bpm_zones",
        new Derivation(
            List.of(),
            "read from the earlier tool's dna.bpm.zones (percentage / 100; "
                + "each named range assigned to the zone holding it); the rest of the tracks are not broken down",
            Map.of(),
            0));
    return new DnaProfile(
        root.path("generated").asText(""),
        DnaProfile.LEGACY_LAYOUT,
        zones,
        new DnaProfile.Bpm(
            dna.path("bpm").path("average").asDouble(),
            dna.path("bpm").path("average").asDouble(),
            medians,
            Map.of()),
        keys,
        new DnaProfile.Energy(
            dna.path("energy").path("average").asDouble(), low, high, 0, Map.of()),
        genres,
        longs(root.path("catalog")),
        longs(root.path("analysis").path("top_collaborators")),
        new TreeMap<>(longs(root.path("analysis").path("projects_by_year"))),
        derivations);
  }

  private static Map<String, Double> percentages(JsonNode node) {
    Map<String, Double> out = new LinkedHashMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asDouble() / 100));
    return out;
  }

  private static Map<String, Double> doubles(JsonNode node) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isNumber()) {
        throw new IllegalArgumentException(e.getKey() + " must be a number, got " + e.getValue());
      }
      out.put(e.getKey(), e.getValue().asDouble());
    }
    return out;
  }

  private static Map<String, Long> longs(JsonNode node) {
    Map<String, Long> out = new LinkedHashMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  private static void putDoubles(ObjectNode node, Map<String, Double> values) {
    values.forEach(node::put);
  }

  private static void putLongs(ObjectNode node, Map<String, Long> values) {
    values.forEach(node::put);
  }
}
