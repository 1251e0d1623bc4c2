package ai.sergik.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files: each gives one clear error, reads nothing outside the file, and ends quickly. */
@Timeout(60) // a guard against hangs, not a speed check
class AlsParserBadInputTest {
  private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String MINIMAL_SET = HEADER
      + "<Ableton MajorVersion=\"5\" MinorVersion=\"12.0_12300\" Creator=\"Ableton Live 12.3.2\"><LiveSet>"
      + "<Tracks><MidiTrack Id=\"3\"><Name><EffectiveName Value=\"1-MIDI\" /><UserName Value=\"\" /></Name>"
      + "<Color Value=\"5\" /><TrackGroupId Value=\"-1\" /></MidiTrack></Tracks>"
      + "<MainTrack><DeviceChain><Mixer><Tempo><Manual Value=\"123.5\" /><AutomationTarget Id=\"8\" /></Tempo>"
      + "<TimeSignature><Manual Value=\"302\" /><AutomationTarget Id=\"10\" /></TimeSignature></Mixer></DeviceChain></MainTrack>"
      + "</LiveSet></Ableton>\n";

  @TempDir
  Path dir;

  private final AlsParser parser = new AlsParser();

  private LiveSet parse(byte[] bytes) throws Exception {
    return parser.parse(new ByteArrayInputStream(bytes), "set.als");
  }

  private String error(byte[] bytes) {
    try {
      parse(bytes);
    } catch (AlsFormatException e) {
      assertThat(e.source()).isEqualTo("set.als");
      assertThat(e.getMessage()).startsWith("set.als: ");
      return e.reason();
    } catch (Exception e) {
      throw new AssertionError("expected AlsFormatException, got " + e, e);
    }
    throw new AssertionError("expected the set to be refused");
  }

  static byte[] gzip(String text) throws IOException {
    return gzip(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void aMinimalHandWrittenSetParses() throws Exception {
    LiveSet set = parse(gzip(MINIMAL_SET));
    assertThat(set.liveVersion()).isEqualTo("12.3.2");
    assertThat(set.tempo()).isEqualTo(new Tempo(123.5, 123.5, false, 0));
    assertThat(set.timeSignature().toString()).isEqualTo("6/8");
    assertThat(set.tracks()).extracting(Track::name).containsExactly("1-MIDI", "");
    assertThat(set.tracks().get(0).color()).isEqualTo(5);
  }

  @Test
  void plainXmlUnderAnAlsNameIsReadToo() throws Exception {
    Path corpusSet = AlsCorpus.dir().resolve("v11.3.35_nodealsparser_foo.als");
    byte[] xml;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(corpusSet))) {
      xml = in.readAllBytes();
    }
    assertThat(parse(xml)).isEqualTo(parser.parse(corpusSet));
  }

  @Test
  void truncatedGzipSaysTheFileIsTruncated() throws Exception {
    byte[] whole = Files.readAllBytes(AlsCorpus.dir().resolve("v10.1.15_ununu_drums-midi.als"));
    for (int cut : new int[] {5, 11, whole.length / 3, whole.length - 9}) {
      assertThat(error(Arrays.copyOf(whole, cut))).as("cut at %d", cut).contains("truncated");
    }
  }

  @Test
  void aFileThatIsNeitherGzipNorXmlIsNamedAsSuch() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    assertThat(error(zip))
        .isEqualTo(
            "not a Live set: expected gzip data (starting 1f 8b) or XML (starting '<'), found bytes 50 4b 03");
  }

  @Test
  void anEmptyFileIsNamedAsSuch() {
    assertThat(error(new byte[0]))
        .isEqualTo("the file is empty; a Live set is gzip-compressed XML");
  }

  @Test
  void gzipOfNothingIsNotALiveSet() throws Exception {
    assertThat(error(gzip(""))).contains("not a Live set");
  }

  @Test
  void malformedXmlNamesTheLineAndTheElement() throws Exception {
    String broken = HEADER
        + "<Ableton Creator=\"Ableton Live 11.0\">\n<LiveSet>\n<Tracks>\n</LiveSet></Ableton>";
    assertThat(error(gzip(broken)))
        .startsWith("malformed XML in <Ableton/LiveSet/Tracks> at line 5")
        .contains("Tracks");
  }

  @Test
  void xmlThatIsNotALiveSetNamesTheRootElement() throws Exception {
    assertThat(error(gzip(HEADER + "<html><body>hello</body></html>")))
        .isEqualTo("not a Live set: the root element is <html>, expected <Ableton>");
    assertThat(error(gzip(HEADER + "<Ableton Creator=\"Ableton Live 11.0\"><Preset/></Ableton>")))
        .isEqualTo("not a Live set: <Ableton> holds no <LiveSet> element");
  }

  @Test
  void externalEntitiesAreRefusedAndNothingOutsideTheFileIsRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe = HEADER + "<!DOCTYPE Ableton [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<Ableton Creator=\"&xxe;\"><LiveSet><Locators><Locators><Locator><Name Value=\"&xxe;\"/></Locator></Locators></Locators></LiveSet></Ableton>";
    String message = error(gzip(xxe));
    assertThat(message).contains("DOCTYPE").doesNotContain("TOP-SECRET");
  }

  @Test
  void entityExpansionIsRefusedBeforeAnythingExpands() throws Exception {
    StringBuilder dtd =
        new StringBuilder("<!DOCTYPE Ableton [<!ENTITY lol0 \"lollollollollollollollollollol\">");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String laughs = HEADER + dtd + "<Ableton Creator=\"&lol12;\"><LiveSet/></Ableton>";
    assertThat(error(gzip(laughs))).startsWith("the file declares a DOCTYPE");
  }

  @Test
  void aGzipBombStopsAtTheInflationRatio() throws Exception {
    byte[] bomb = bomb(64 << 20);
    assertThat(bomb.length).isLessThan(200_000);
    assertThat(error(bomb)).contains("gzip bomb").contains("AlsLimits.maxInflationRatio");
  }

  @Test
  void xmlBeyondTheSizeLimitStopsThere() throws Exception {
    AlsParser small = new AlsParser(AlsLimits.DEFAULTS.withMaxXmlBytes(1 << 20));
    byte[] big = gzip(MINIMAL_SET.replace(
        "<LiveSet>", "<LiveSet>" + "<Annotation Value=\"x\" />\n".repeat(60_000)));
    assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(big), "big.als"))
        .isInstanceOf(AlsFormatException.class)
        .hasMessage(
            "big.als: the XML exceeds 1048576 bytes (AlsLimits.maxXmlBytes); real sets are under 100 MB");
  }

  @Test
  void aHugeAttributeStopsAtTheRunLimit() throws Exception {
    AlsParser small = new AlsParser(AlsLimits.DEFAULTS.withMaxRunBytes(4096));
    byte[] set = gzip(MINIMAL_SET.replace(
        "<Color Value=\"5\" />", "<Color Value=\"" + "5".repeat(10_000) + "\" />"));
    assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(set), "long.als"))
        .isInstanceOf(AlsFormatException.class)
        .hasMessageContaining("more than 4096 bytes of text or attribute without markup")
        .hasMessageContaining("AlsLimits.maxRunBytes");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {1000, 4096, 20_000, 100_000})
  void runsAreMeasuredAcrossReadsWhateverTheLimit(int limit) throws Exception {
    AlsParser parser = new AlsParser(AlsLimits.DEFAULTS.withMaxRunBytes(limit));
    byte[] fits = gzip(MINIMAL_SET.replace(
        "<Color Value=\"5\" />", "<Color Value=\"" + "5".repeat(limit / 2) + "\" />"));
    assertThat(parser.parse(new ByteArrayInputStream(fits), "fits.als").tracks())
        .hasSize(2);
    byte[] tooLong = gzip(MINIMAL_SET.replace(
        "<Color Value=\"5\" />", "<Color Value=\"" + "5".repeat(limit * 2) + "\" />"));
    assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(tooLong), "long.als"))
        .isInstanceOf(AlsFormatException.class)
        .hasMessageContaining("more than " + limit + " bytes of text or attribute without markup");
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() throws Exception {
    String deep = HEADER + "<Ableton><LiveSet>" + "<A>".repeat(5000) + "</A>".repeat(5000)
        + "</LiveSet></Ableton>";
    assertThat(error(gzip(deep)))
        .startsWith("elements nest deeper than 256")
        .contains("AlsLimits.maxDepth");
  }

  @Test
  void listsStopAtTheLimitWhileCountsStayExact() throws Exception {
    AlsParser few = new AlsParser(AlsLimits.DEFAULTS.withMaxListedItems(3));
    Path path = AlsCorpus.dir().resolve("v10.1.3_abletoolz_skeleton.als");
    LiveSet full = parser.parse(path);
    LiveSet capped = few.parse(path);
    assertThat(capped.counts()).isEqualTo(full.counts());
    assertThat(capped.clips()).hasSize(3);
    assertThat(capped.listsTruncated()).isTrue();
  }

  /** Valid-looking XML that inflates ~1000:1: a set header followed by {@code spaces} blanks. */
  static byte[] bomb(int spaces) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out, 1 << 16)) {
      z.write((HEADER + "<Ableton Creator=\"Ableton Live 11.0\"><LiveSet>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] blanks = new byte[1 << 20];
      Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < spaces / blanks.length; i++) {
        z.write(blanks);
      }
      z.write("</LiveSet></Ableton>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
