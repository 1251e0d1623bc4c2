package ai.sergik.dna;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON shape of a comparison, shared by {@code dna compare --json} and the HTTP API. */
public final class DnaJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DnaJson() {}

  public static ObjectNode match(DnaMatch match, TrackTraits track) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("track", match.track());
    root.put("source", track.source());
    ObjectNode traits = root.putObject("traits");
    if (track.bpm().isPresent()) traits.put("bpm", track.bpm().getAsDouble());
    else traits.putNull("bpm");
    if (track.key().isPresent()) traits.put("key", track.key().get().camelot());
    else traits.putNull("key");
    if (track.energy().isPresent()) traits.put("energy", track.energy().getAsInt());
    else traits.putNull("energy");
    root.put("score", match.score());
    var parts = root.putArray("parts");
    for (DnaMatch.Part part : match.parts()) {
      parts
          .addObject()
          .put("name", part.name())
          .put("known", part.known())
          .put("points", part.points())
          .put("max", part.max())
          .put("verdict", part.verdict())
          .put("detail", part.detail());
    }
    var suggestions = root.putArray("suggestions");
    match.suggestions().forEach(suggestions::add);
    return root;
  }
}
