package ai.sergik.studio;

import ai.sergik.analysis.LibraryRoots;
import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.Json;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.catalog.CatalogSearchService;
import ai.sergik.data.DataDir;
import ai.sergik.link.DeviceLink;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.Map;

/**
 * The web studio: a page at {@code /} (plain HTML, CSS and JavaScript from the jar, no build step and no
 * CDN, so it works offline) and the read-only JSON it draws from under {@code /studio/}. Generation,
 * previews ({@code ?format=wav}), DNA comparison and pushes to Live use the API's own endpoints, so the
 * page does exactly what ChatGPT and MCP clients can do.
 *
 * <p>The page and its files need no token (they hold no data); every {@code /studio/} data route needs
 * the token like the rest of the API, which the page asks for once and keeps in the browser.
 */
public final class StudioRoutes implements RouteModule {
  /** The page's files ({@code /studio/app.js}, {@code app.css}, {@code icon.svg}) under this classpath folder. */
  static final String ASSETS = "/studio";

  private final DataDir data;
  private final LibraryView library;
  private final TrackView tracks;
  private final DeviceLink device;
  private final Clock clock;

  /** @param clock times the live status stream's keep-alives and its end */
  public StudioRoutes(DataDir data, LibraryRoots roots, DeviceLink device, Clock clock) {
    this.data = data;
    this.device = device;
    this.clock = clock;
    this.library = new LibraryView(data, new CatalogSearchService(data));
    this.tracks = new TrackView(data, roots);
  }

  @Override
  public void register(Routes routes) {
    ApiResponse page = ApiResponse.bytes(
            200, "text/html; charset=utf-8", resource(ASSETS + "/index.html"))
        .withHeader("Cache-Control", "no-cache");
    routes.unpublished(
        new Routes.Route("GET", "/", "studioPage", true, false, false, request -> page));
    routes.staticResources("/studio", ASSETS);
    routes.unpublished(get(
        "/studio/library",
        "studioLibrary",
        request -> ApiResponse.ok(library.page(request.queryParameters()))));
    routes.unpublished(get(
        "/studio/set",
        "studioSet",
        request -> found(() -> library.set(StudioQuery.required(
            request.queryParameters(),
            "path",
            "/Users/me/Music/Ableton/Song%20Project/Song.als")))));
    routes.unpublished(
        get("/studio/tracks", "studioTracks", request -> ApiResponse.ok(tracks.list())));
    routes.unpublished(blockingGet(
        "/studio/track",
        "studioTrack",
        request -> found(() ->
            tracks.track(StudioQuery.required(request.queryParameters(), "id", "5e6a0a6a396a")))));
    routes.unpublished(blockingGet("/studio/track/audio", "studioTrackAudio", request -> {
      String id = StudioQuery.required(request.queryParameters(), "id", "5e6a0a6a396a");
      try {
        return ApiResponse.bytes(200, "audio/wav", tracks.audio(id));
      } catch (NoSuchFileException e) {
        throw ApiException.notFound(
            e.getReason() == null ? "no such track: " + id : e.getReason() + ": " + id);
      }
    }));
    routes.unpublished(get(
        "/studio/fits",
        "studioFits",
        request -> found(() ->
            tracks.fits(StudioQuery.required(request.queryParameters(), "id", "5e6a0a6a396a")))));
    routes.unpublished(
        get("/studio/options", "studioOptions", request -> ApiResponse.ok(options())));
    routes.unpublished(blockingGet(
        "/studio/events",
        "studioEvents",
        request -> ApiResponse.events(events -> LiveEvents.follow(device, clock, events))));
    routes.unpublished(get("/studio/dna", "studioDna", request -> {
      if (!Files.isRegularFile(data.masterProfile())) {
        throw ApiException.notFound("no DNA profile yet at "
            + data.masterProfile().getFileName() + "; build it with: sergik dna build");
      }
      return ApiResponse.ok(Map.of(
          "status", "ok", "profile", Json.MAPPER.readTree(data.masterProfile().toFile())));
    }));
  }

  private static Routes.Route get(String path, String operationId, ai.sergik.api.Handler handler) {
    return new Routes.Route("GET", path, operationId, false, false, false, handler);
  }

  /** A GET that may wait (reads audio, or streams), on the server's pool for blocking routes. */
  private static Routes.Route blockingGet(
      String path, String operationId, ai.sergik.api.Handler handler) {
    return new Routes.Route("GET", path, operationId, false, false, true, handler);
  }

  /** The engine's vocabulary, so the page's menus offer exactly what the API accepts. */
  static Map<String, Object> options() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (ai.sergik.generate.Part p : ai.sergik.generate.Part.values()) parts.add(p.id());
    return Map.of(
        "status",
        "ok",
        "parts",
        parts,
        "styles",
        ai.sergik.generate.Style.ids(),
        "drum_genres",
        ai.sergik.generate.DrumGenre.ids(),
        "voicings",
        ai.sergik.generate.Voicing.ids(),
        "arp_patterns",
        ai.sergik.generate.ArpPattern.ids(),
        "arp_rates",
        ai.sergik.generate.ArpRate.ids(),
        "transforms",
        transforms());
  }

  /** Every transform the API has: humanize, then the clip transforms in menu order. */
  static java.util.List<String> transforms() {
    java.util.List<String> names = new java.util.ArrayList<>();
    names.add("humanize");
    names.addAll(ai.sergik.transform.Transforms.names());
    return names;
  }

  private interface Lookup {
    Map<String, Object> get() throws Exception;
  }

  private static ApiResponse found(Lookup lookup) throws Exception {
    try {
      return ApiResponse.ok(lookup.get());
    } catch (NoSuchFileException e) {
      throw ApiException.notFound(
          (e.getReason() == null ? "not found" : e.getReason()) + ": " + e.getFile());
    }
  }

  private static byte[] resource(String name) {
    try (java.io.InputStream in = StudioRoutes.class.getResourceAsStream(name)) {
      if (in == null)
        throw new IllegalStateException("the studio resource " + name + " is missing from the jar");
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the studio resource " + name, e);
    }
  }
}
