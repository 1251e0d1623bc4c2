package ai.sergik.dna;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.data.DataDir;
import ai.sergik.music.Key;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code POST /gpt/dna/compare} and the OSC action {@code dna_compare}: score a catalog track or given
 * values against the DNA profile. A remote caller can name catalog tracks only, never a file path.
 */
public final class DnaRoutes implements RouteModule {
  private final DataDir data;
  private final DnaService service;

  public DnaRoutes(DataDir data) {
    this.data = data;
    this.service = new DnaService(data, AudioTraits.ANALYZER);
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking(
        "/gpt/dna/compare", "compareDna", request -> ApiResponse.ok(compare(request.fields())));
    routes.action("dna_compare", this::compare);
  }

  @Override
  public String openApiResource() {
    return "/openapi/dna.yaml";
  }

  ObjectNode compare(JsonFields fields) throws IOException {
    Optional<String> track = fields.optionalString("track", "SERGIK - The Worst.wav");
    Optional<Double> bpm = fields.optionalNumber("bpm", 20, 400);
    Optional<String> keyText = fields.optionalString("key", "10B");
    Optional<Integer> energy = fields.optionalInteger("energy", 1, 10);
    if (track.isEmpty() && bpm.isEmpty() && keyText.isEmpty() && energy.isEmpty()) {
      throw ApiException.badRequest(
          "give a catalog track (\"track\": a track_id or analysed file name) "
              + "or any of \"bpm\", \"key\" and \"energy\"");
    }
    Key key = null;
    if (keyText.isPresent()) {
      try {
        key = Key.parse(keyText.get()).onWheel();
      } catch (IllegalArgumentException e) {
        throw ApiException.badField(
            "key",
            "a Camelot key such as 10B or 7A, or a name such as D major or F#m",
            keyText.get());
      }
    }
    if (!Files.isRegularFile(data.masterProfile())) {
      throw ApiException.notFound(
          "no DNA profile in the sidecar's data directory: run `sergik dna build` first");
    }
    TrackTraits traits;
    if (track.isPresent()) {
      traits = service
          .lookup(track.get())
          .orElseThrow(
              () -> ApiException.notFound(
                  "no track '" + track.get()
                      + "' in the catalogs: give a track_id from manifests/tracks.csv or a file name from analysis/bpm_key/analyzed_tracks.csv"))
          .overriddenBy(bpm.orElse(null), key, energy.orElse(null));
    } else {
      traits = TrackTraits.of("given values", bpm.orElse(null), key, energy.orElse(null));
    }
    ObjectNode body = DnaJson.match(service.compare(traits), traits);
    ObjectNode out = body.objectNode();
    out.put("status", "ok");
    out.setAll(body);
    return out;
  }
}
