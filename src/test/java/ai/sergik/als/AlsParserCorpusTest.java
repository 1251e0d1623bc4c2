package ai.sergik.als;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlsParserCorpusTest {
  private final AlsParser parser = new AlsParser();

  static List<AlsCorpus.Expected> corpus() throws Exception {
    return AlsCorpus.expected();
  }

  @Test
  void sourcesListsEveryCorpusSet() throws Exception {
    try (var files = Files.list(AlsCorpus.dir())) {
      long sets = files.filter(p -> p.toString().endsWith(".als")).count();
      assertThat(corpus()).hasSize((int) sets).hasSize(20);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void countsEqualTheIndependentCount(AlsCorpus.Expected e) throws Exception {
    LiveSet set = parser.parse(e.path());
    LiveSet.Counts c = set.counts();
    assertThat(set.creator()).isEqualTo(e.creator());
    assertThat(new int[] {c.midiTracks(), c.audioTracks(), c.groupTracks(), c.returnTracks()})
        .as("tracks M/A/G/R")
        .containsExactly(e.midi(), e.audio(), e.group(), e.returns());
    assertThat(c.plugins()).as("plugins").isEqualTo(e.plugins());
    assertThat(new int[] {c.sessionClips(), c.arrangementClips(), c.takeLaneClips()})
        .as("clips s/a/l")
        .containsExactly(e.session(), e.arrangement(), e.takeLanes());
    assertThat(c.sampleRefs()).as("sample refs").isEqualTo(e.sampleRefs());
    assertThat(set.listsTruncated()).isFalse();
    assertThat(set.tracks()).hasSize(e.midi() + e.audio() + e.group() + e.returns() + 1);
    assertThat(set.tracks().get(set.tracks().size() - 1).type()).isEqualTo(TrackType.MAIN);
    assertThat(set.clips()).hasSize(c.clips());
    assertThat(set.devices()).hasSize(c.devices());
    assertThat(set.devices().stream().filter(d -> d.kind().isPlugin())).hasSize(e.plugins());
    assertThat(set.samples().stream().mapToInt(SampleFile::uses).sum()).isEqualTo(e.sampleRefs());
    assertThat(set.tempo().bpm()).isBetween(20.0, 999.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aStreamGivingOneByteAtATimeGivesTheSameSet(AlsCorpus.Expected e) throws Exception {
    if (Files.size(e.path()) > 100_000) {
      return; // the large sets take long byte by byte; the small ones cover every version
    }
    LiveSet whole = parser.parse(e.path());
    try (InputStream in = new OneByteInput(Files.newInputStream(e.path()))) {
      assertThat(parser.parse(in, e.file())).isEqualTo(whole);
    }
  }

  /** Hands out at most one byte per read call, as a slow network stream might. */
  static final class OneByteInput extends java.io.FilterInputStream {
    OneByteInput(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      return super.read(b, off, Math.min(1, len));
    }
  }
}
