package ai.sergik.generation;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;

/**
 * {@code GET /files/<id>.mid}: a result too big for one answer, as a Standard MIDI File, for as long as
 * {@link Downloads} keeps it. No token: the random id is the key, so that the link opens in a browser.
 */
public final class DownloadRoutes implements RouteModule {
  private static final String PREFIX = "/files/";
  private static final String SUFFIX = ".mid";

  private final Downloads downloads;

  public DownloadRoutes(Downloads downloads) {
    this.downloads = downloads;
  }

  @Override
  public void register(Routes routes) {
    routes.getByName(PREFIX, "id", SUFFIX, "downloadFile", true, request -> {
      String path = request.path();
      String id = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
      Downloads.Stored stored = downloads
          .get(id)
          .orElseThrow(
              () -> ApiException.notFound("no file " + id + SUFFIX + ": download links last "
                  + Downloads.DEFAULT_TTL.toMinutes() + " minutes; ask for the result again"));
      return ApiResponse.bytes(200, ApiResponse.MIDI, stored.bytes())
          .withHeader("Content-Disposition", "attachment; filename=\"" + stored.fileName() + "\"")
          .withHeader("Cache-Control", "private, max-age=" + Downloads.DEFAULT_TTL.toSeconds());
    });
  }

  @Override
  public String openApiResource() {
    return "/openapi/files.yaml";
  }
}
