package ai.sergik.als;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Field values of real sets, checked against what the schema notes record for them. */
class AlsParserFieldsTest {
  private final AlsParser parser = new AlsParser();

  private LiveSet parse(String file) throws Exception {
    return parser.parse(AlsCorpus.dir().resolve(file));
  }

  @Test
  void live8KeepsTempoAutomationInsideTheParameter() throws Exception {
    LiveSet set = parse("v08.1.4_dawtool_live8-patch-markers-auto.als");
    assertThat(set.liveVersion()).isEqualTo("8.1.4");
    assertThat(set.majorVersion()).isEqualTo(4);
    assertThat(set.minorVersion()).isEqualTo("8.1_226");
    assertThat(set.tempo().manual()).isNaN();
    assertThat(set.tempo().bpm()).isEqualTo(95.3);
    assertThat(set.tempo().automated()).isTrue();
    assertThat(set.timeSignature()).isEqualTo(TimeSignature.FOUR_FOUR);
    assertThat(set.locators()).extracting(Locator::name).containsExactly("b", "c");
    assertThat(set.tracks().get(set.tracks().size() - 1).type()).isEqualTo(TrackType.MAIN);
    // Live 8 has no EffectiveName: the user name is the name
    assertThat(set.tracks())
        .filteredOn(t -> t.userName().equals("synth saw"))
        .extracting(Track::name)
        .containsExactly("synth saw");
  }

  @Test
  void automatedTempoStartsAtTheFirstEventNotAtManual() throws Exception {
    for (String file :
        new String[] {"v10.1.7_dawtool_tempo-automation.als", "v12.0b16_dawtool_L12-automation.als"
        }) {
      Tempo tempo = parse(file).tempo();
      assertThat(tempo.manual()).as(file).isEqualTo(120);
      assertThat(tempo.bpm()).as(file).isEqualTo(60);
      assertThat(tempo.automated()).as(file).isTrue();
      assertThat(tempo.automationEvents()).as(file).isEqualTo(4);
    }
    Tempo plain = parse("v11.3.35_nodealsparser_foo.als").tempo();
    assertThat(plain).isEqualTo(new Tempo(199.990005, 199.990005, false, 1));
  }

  @Test
  void oneHundredThousandTempoPointsAreCountedNotKept() throws Exception {
    LiveSet set = parse("v10.1.25_dawtool_bench-100000-tempo-points.als");
    assertThat(set.tempo().automationEvents()).isEqualTo(100_001);
    assertThat(set.tempo().automated()).isTrue();
    assertThat(set.tempo().bpm()).isEqualTo(120);
    assertThat(set.locators()).hasSize(10);
  }

  @Test
  void aSetWithoutMainTrackEnvelopesStillReadsItsTempo() throws Exception {
    LiveSet set = parse("v10.1.9_dawtool_markers-malformed-no-master-ae.als");
    assertThat(set.tempo()).isEqualTo(new Tempo(120, 120, false, 0));
    assertThat(set.locators())
        .extracting(Locator::name)
        .containsExactly("aa", "cc", "bb"); // creation order
  }

  @Test
  void locatorsKeepNonAsciiNames() throws Exception {
    assertThat(parse("v10.1.7_dawtool_example-140.als").locators())
        .extracting(Locator::name)
        .contains("mirvs - his track你好");
  }

  @Test
  void michelleHasGroupsRacksMaxDevicesAndPluginsInsideRacks() throws Exception {
    for (String file : new String[] {
      "v11.3.21_nodealsparser_michelle.als", "v12.3.2_nodealsparser_michelle-12.3.als"
    }) {
      LiveSet set = parse(file);
      assertThat(set.counts().maxForLive()).as(file).isEqualTo(5);
      Track group = set.tracks().stream()
          .filter(t -> t.type() == TrackType.GROUP)
          .findFirst()
          .orElseThrow();
      assertThat(set.tracks())
          .filteredOn(t -> t.groupId() == group.id())
          .isNotEmpty()
          .allMatch(t -> t.depth() == 1);
      assertThat(set.tracks())
          .filteredOn(t -> t.type() == TrackType.RETURN)
          .extracting(Track::name)
          .allMatch(n -> n.matches("[A-C]-.*"));
      assertThat(set.pluginNames()).contains("Diva", "Decapitator", "ValhallaVintageVerb");
      assertThat(set.devices())
          .anyMatch(d -> d.kind() == DeviceKind.MAX_FOR_LIVE && d.name().equals("LFO MIDI.amxd"));
      assertThat(set.devices())
          .anyMatch(d -> d.kind().isPlugin() && d.depth() > 0); // inside a rack
      assertThat(set.devices())
          .anyMatch(d -> d.kind() == DeviceKind.RACK && d.className().equals("DrumGroupDevice"));
      assertThat(set.tracks().get(set.tracks().size() - 1).type()).isEqualTo(TrackType.MAIN);
    }
  }

  @Test
  void auPluginsAreFoundAsAuPluginDevices() throws Exception {
    LiveSet set = parse("v11.3.41_abletoolz_skeleton-au.als");
    assertThat(set.devices())
        .filteredOn(d -> d.kind() == DeviceKind.AU)
        .isNotEmpty()
        .allMatch(d -> d.className().equals("AuPluginDevice") && !d.vendor().isEmpty());
  }

  @Test
  void elementsAreDetectedNotInferredFromTheVersion() throws Exception {
    // saved by 10.1.3 after a downgrade from Live 11: Live 11's FileRef/Path and VST Path are
    // present
    LiveSet set = parse("v10.1.3_abletoolz_skeleton.als");
    assertThat(set.liveVersion()).isEqualTo("10.1.3");
    assertThat(set.samples()).anyMatch(s -> !s.path().isEmpty());
    assertThat(set.devices())
        .anyMatch(d -> d.kind().isPlugin() && !d.pluginFile().isEmpty());
  }

  @Test
  void legacyFolderListsTurnEmptyNamesIntoParentFolders() throws Exception {
    LiveSet set = parse("v10.1.7_dawtool_example-140.als");
    SampleFile s = set.samples().get(0);
    assertThat(s.relativePath()).startsWith("../../").endsWith("divineboys-v1.mp3");
    assertThat(s.path())
        .isEqualTo(
            "/Users/mark/Music/recording/reference/divineboys-v1.mp3"); // from the macOS alias
    assertThat(s.uses()).isEqualTo(4);
  }

  @Test
  void freezeClipsAreNotUserClips() throws Exception {
    LiveSet set = parse("v09.0.1_abletoolz_skeleton.als");
    assertThat(set.counts().sampleRefs())
        .isEqualTo(14); // 15 SampleRefs in the file, one in a freeze clip
    assertThat(set.samples()).noneMatch(s -> s.relativePath().contains("Freeze"));
  }

  @Test
  void clipsCarryLoopAndLengthInBeats() throws Exception {
    LiveSet set = parse("v11.3.21_nodealsparser_michelle.als");
    Clip first = set.clips().get(0);
    assertThat(first.location()).isEqualTo(ClipLocation.SESSION);
    assertThat(first.slot()).isZero();
    assertThat(first.lengthBeats()).isEqualTo(8);
    assertThat(first.loopOn()).isTrue();
  }

  @Test
  void timeSignaturesDecodeAsLiveStoresThem() {
    assertThat(new TimeSignature(201).toString()).isEqualTo("4/4");
    assertThat(new TimeSignature(200).toString()).isEqualTo("3/4");
    assertThat(new TimeSignature(300).toString()).isEqualTo("4/8");
    assertThat(new TimeSignature(302).toString()).isEqualTo("6/8");
    assertThat(new TimeSignature(303).toString()).isEqualTo("7/8");
    for (int n = 1; n <= 99; n++) {
      for (int d : new int[] {1, 2, 4, 8, 16}) {
        TimeSignature t = TimeSignature.of(n, d);
        assertThat(t.numerator()).isEqualTo(n);
        assertThat(t.denominator()).isEqualTo(d);
      }
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TimeSignature(495))
        .hasMessage(
            "time signature code must be 0..494 (numerator-1 + 99*log2(denominator)), got 495");
  }

  static Path corpus(String file) {
    return AlsCorpus.dir().resolve(file);
  }
}
