package ai.sergik.suggest;

import ai.sergik.catalog.CatalogSearchService;
import ai.sergik.data.DataDir;
import ai.sergik.dna.DnaProfile;
import ai.sergik.dna.ProfileJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Suggestions from the data directory's DNA profile and catalog. Both are read once and again only when their files
 * change, so a press of Suggest costs a pass over the catalog, not a read of it.
 */
public final class SuggestService {
  private final DataDir data;
  private final CatalogSearchService catalog;
  private DnaProfile profile;
  private List<Object> profileStamp;

  public SuggestService(DataDir data, CatalogSearchService catalog) {
    this.data = Objects.requireNonNull(data, "data");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Suggestions for {@code request} from the profile and catalog of the data directory as they are now.
   *
   * @throws NoProfileException when the data directory has no DNA profile yet
   */
  public Suggestions suggest(SuggestRequest request) throws IOException {
    return SuggestionEngine.suggest(request, profile(), catalog.index());
  }

  /** There is nothing to suggest from until {@code sergik dna build} has run. */
  public static final class NoProfileException extends IOException {
    NoProfileException() {
      super(
          "no DNA profile in the sidecar's data directory: run `sergik dna build` first, so that suggestions know "
              + "your tempos and keys");
    }
  }

  private synchronized DnaProfile profile() throws IOException {
    Path file = data.masterProfile();
    if (!Files.isRegularFile(file)) throw new NoProfileException();
    List<Object> stamp =
        List.of(Files.size(file), Files.getLastModifiedTime(file).toMillis());
    if (profile == null || !stamp.equals(profileStamp)) {
      profile = ProfileJson.read(file);
      profileStamp = stamp;
    }
    return profile;
  }
}
