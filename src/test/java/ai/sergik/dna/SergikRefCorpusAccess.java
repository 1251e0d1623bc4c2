package ai.sergik.dna;

import java.io.IOException;
import java.nio.file.Path;

/** The earlier tool's corpus for tests in other packages. */
public final class SergikRefCorpusAccess {
  private SergikRefCorpusAccess() {}

  public static Path dataDir() {
    return SergikRefCorpus.dataDir();
  }

  public static Path copyTo(Path target) throws IOException {
    return SergikRefCorpus.copyTo(target);
  }
}
