package ai.sergik.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.catalog.CatalogIndex;
import ai.sergik.data.DataDir;
import ai.sergik.dna.BpmZone;
import ai.sergik.dna.DnaProfile;
import ai.sergik.dna.ProfileJson;
import ai.sergik.dna.SergikRefCorpusAccess;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suggestion engine over the demo data and the earlier tool's real profile and catalog (read in place), for
 * every key and a spread of tempos: three lines that fit the device, actions that lead to the profile's home zones
 * and keys (and whose result asks for nothing more), library tracks that are really close, and the same answer
 * every time.
 */
class SuggestionEngineTest {
  static final Path DEMO = Paths.get(System.getProperty("sergik.basedir", ".")).resolve("data");
  static final Path REF = SergikRefCorpusAccess.dataDir();
  static final Path REF_GENRES_PROFILE = REF.resolve(
          "../branches/ai-data-genres/data/profiles/master_profile.json")
      .normalize();

  static final Double[] TEMPOS = {
    null, 60.0, 72.0, 79.9, 80.0, 86.0, 93.0, 99.5, 100.0, 105.0, 110.0, 119.9, 120.0, 122.0, 124.0,
    126.0, 128.0, 131.0, 140.0, 150.0, 172.0, 200.0
  };

  record Library(String name, DnaProfile profile, CatalogIndex catalog) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<String, Library> LIBRARIES = new ConcurrentHashMap<>();

  static Library library(String name) {
    return LIBRARIES.computeIfAbsent(name, n -> {
      try {
        return switch (n) {
          case "demo" ->
            new Library(
                n,
                ProfileJson.read(DEMO.resolve("profiles/master_profile.json")),
                CatalogIndex.load(new DataDir(DEMO)));
          case "ref" ->
            new Library(
                n,
                ProfileJson.read(REF.resolve("profiles/master_profile.json")),
                CatalogIndex.load(new DataDir(REF)));
          case "ref-genres" ->
            new Library(n, ProfileJson.read(REF_GENRES_PROFILE), library("ref").catalog());
          default -> throw new IllegalArgumentException(n);
        };
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static Stream<Arguments> librariesAndKeys() {
    List<Arguments> all = new ArrayList<>();
    for (String lib : List.of("demo", "ref", "ref-genres")) {
      all.add(Arguments.of(lib, null));
      for (Key k : Key.all()) all.add(Arguments.of(lib, k.camelot()));
    }
    return all.stream();
  }

  static final Pattern NEXT_PART =
      Pattern.compile("Next part: (\\d{1,2}[AB]) or (\\d{1,2}[AB]) \\(Camelot\\)");

  @ParameterizedTest(name = "{0} key {1}")
  @MethodSource("librariesAndKeys")
  void everyAnswerFitsTheDeviceLeadsHomeAndIsStable(String lib, String keyText) {
    Library library = library(lib);
    DnaProfile profile = library.profile();
    Key key = keyText == null ? null : Key.parse(keyText).onWheel();
    CatalogIndex reversed = CatalogIndex.of(reversed(library.catalog().entries()));
    for (Double tempo : TEMPOS) {
      SuggestRequest request = SuggestRequest.of("Keys", tempo, key, List.of());
      Suggestions s = SuggestionEngine.suggest(request, profile, library.catalog());
      String what = lib + " " + keyText + " at " + tempo + ": " + s.toJson();

      assertThat(s.lines())
          .as(what)
          .hasSize(3)
          .allSatisfy(line -> assertThat(line).isNotBlank().hasSizeLessThanOrEqualTo(40));
      assertThat(SuggestionEngine.suggest(request, profile, library.catalog()).toJson())
          .as(what)
          .isEqualTo(s.toJson());
      assertThat(SuggestionEngine.suggest(request, profile, reversed).toJson())
          .as("catalog order must not matter: " + what)
          .isEqualTo(s.toJson());

      Double tempoAfter = tempo;
      Key keyAfter = key;
      for (SuggestAction a : s.actions()) {
        if (a.kind() == SuggestAction.Kind.SET_TEMPO) {
          assertThat(a.line()).as(what).isZero();
          assertThat(profile.strongZones()).as(what).contains(BpmZone.of(a.value()));
          tempoAfter = (double) a.value();
        } else {
          assertThat(a.line()).as(what).isEqualTo(1);
          assertThat(key).as(what).isNotNull();
          Key to = SuggestionEngine.transposed(key, a.value());
          assertThat(profile.homeKeys()).as(what).contains(to);
          assertThat(Math.abs(a.value())).as(what).isLessThanOrEqualTo(6);
          keyAfter = to;
        }
      }
      if (tempo != null
          && s.actions().stream().noneMatch(a -> a.kind() == SuggestAction.Kind.SET_TEMPO)) {
        BpmZone zone = BpmZone.of(tempo);
        assertThat(profile.strongZones()).as(what).contains(zone);
        assertThat(Math.abs(tempo - Math.round(profile.zoneCentre(zone))))
            .as(what)
            .isLessThan(SuggestionEngine.CENTRE_TOLERANCE);
      }
      if (key != null
          && s.actions().stream().noneMatch(a -> a.kind() == SuggestAction.Kind.TRANSPOSE)) {
        boolean homeOrNoHomeInMode = profile.homeKeys().contains(key)
            || profile.homeKeys().stream().noneMatch(h -> h.isMinor() == key.isMinor());
        assertThat(homeOrNoHomeInMode).as(what).isTrue();
        Matcher m = NEXT_PART.matcher(s.lines().get(1));
        assertThat(m.matches()).as(what).isTrue();
        assertThat(Key.parse(m.group(1)).isNeighbourOf(key)).as(what).isTrue();
        assertThat(Key.parse(m.group(2)).isNeighbourOf(key)).as(what).isTrue();
      }

      // once the actions are applied, nothing more is asked for
      Suggestions again = SuggestionEngine.suggest(
          SuggestRequest.of("Keys", tempoAfter, keyAfter, List.of()), profile, library.catalog());
      assertThat(again.actions())
          .as("after applying " + what + " → " + again.toJson())
          .isEmpty();

      s.like().filter(m -> !m.camelot().isEmpty()).ifPresent(m -> {
        Key liked = Key.parse(m.camelot());
        boolean nearNow = (key == null || liked.equals(key) || liked.isNeighbourOf(key))
            && (tempo == null || Math.abs(m.bpm() - tempo) <= SuggestionEngine.CLOSE_TEMPO);
        boolean nearAfter = (keyAfter(s, key) == null
                || liked.equals(keyAfter(s, key))
                || liked.isNeighbourOf(keyAfter(s, key)))
            && Math.abs(m.bpm() - tempoAfter(s, tempo)) <= SuggestionEngine.CLOSE_TEMPO;
        assertThat(nearNow || nearAfter).as(what).isTrue();
        assertThat(s.lines().get(2))
            .as(what)
            .startsWith(nearNow ? "Like '" : "Then like '")
            .contains(m.camelot());
      });
    }
  }

  private static Key keyAfter(Suggestions s, Key key) {
    for (SuggestAction a : s.actions())
      if (a.kind() == SuggestAction.Kind.TRANSPOSE)
        return SuggestionEngine.transposed(key, a.value());
    return key;
  }

  private static double tempoAfter(Suggestions s, Double tempo) {
    for (SuggestAction a : s.actions())
      if (a.kind() == SuggestAction.Kind.SET_TEMPO) return a.value();
    return tempo == null ? Double.NaN : tempo;
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /**
   * When the earlier tool's analysis table (read here with a plain CSV split) holds a track in exactly the clip's key,
   * within half a BPM and inside the energy sweet spot, the track named is one at least that close.
   */
  @ParameterizedTest(name = "ref {0}")
  @MethodSource("refTracks")
  void aTrackInTheSameKeyAtTheSameTempoIsTheOneNamed(String camelot, double bpm) {
    Library ref = library("ref");
    Suggestions s = SuggestionEngine.suggest(
        SuggestRequest.of("Keys", bpm, Key.parse(camelot), List.of()),
        ref.profile(),
        ref.catalog());
    assertThat(s.like()).as(s.toJson().toString()).isPresent();
    assertThat(s.like().get().camelot()).as(s.toJson().toString()).isEqualTo(camelot);
    assertThat(Math.abs(s.like().get().bpm() - bpm))
        .as(s.toJson().toString())
        .isLessThanOrEqualTo(0.5);
  }

  static Stream<Arguments> refTracks() throws IOException {
    DnaProfile profile = library("ref").profile();
    List<String> lines = Files.readAllLines(REF.resolve("analysis/bpm_key/analyzed_tracks.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int bpmAt = header.indexOf("bpm"),
        camelotAt = header.indexOf("camelot"),
        energyAt = header.indexOf("energy");
    List<Arguments> picked = new ArrayList<>();
    for (int i = 1; i < lines.size() && picked.size() < 40; i += 37) {
      String[] cells = lines.get(i).split(",");
      if (cells.length != header.size() || lines.get(i).contains("\""))
        continue; // names with commas: skip, keep the split plain
      if (cells[camelotAt].isBlank() || cells[bpmAt].isBlank() || cells[energyAt].isBlank())
        continue;
      if (!profile.energy().contains(Integer.parseInt(cells[energyAt].trim()))) continue;
      picked.add(Arguments.of(cells[camelotAt].trim(), Double.parseDouble(cells[bpmAt].trim())));
    }
    assertThat(picked).hasSizeGreaterThan(20);
    return picked.stream();
  }

  /** The engine's own chord progressions in every key: the key is heard in the notes and gives what the given key gives. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void withoutAKeyTheKeyIsHeardInTheNotes(String camelot) {
    Library demo = library("demo");
    List<Note> notes = Generators.generate(GenerationRequest.builder()
            .part(Part.CHORDS)
            .key(camelot)
            .style("house")
            .bars(4)
            .seed(camelot.hashCode() & 7)
            .build())
        .notes();
    Suggestions heard = SuggestionEngine.suggest(
        SuggestRequest.of("Keys", 124.0, null, notes), demo.profile(), demo.catalog());
    Suggestions given = SuggestionEngine.suggest(
        SuggestRequest.of("Keys", 124.0, Key.parse(camelot), List.of()),
        demo.profile(),
        demo.catalog());
    assertThat(heard.keyFrom()).isEqualTo("notes");
    assertThat(heard.key()).contains(camelot);
    assertThat(heard.lines()).isEqualTo(given.lines());
    assertThat(heard.actions()).isEqualTo(given.actions());
  }

  static Stream<String> keys() {
    return Key.all().stream().map(Key::camelot);
  }

  @Test
  void aDrumClipHasNoKeyAndGetsTheHomeKeys() {
    Library demo = library("demo");
    List<Note> drums = Generators.generate(GenerationRequest.builder()
            .part(Part.DRUMS)
            .drumGenre("house")
            .bars(2)
            .seed(1)
            .build())
        .notes();
    Suggestions s = SuggestionEngine.suggest(
        SuggestRequest.of("Drums", 124.0, null, drums), demo.profile(), demo.catalog());
    assertThat(s.keyFrom()).isEqualTo("none");
    assertThat(s.key()).isEmpty();
    assertThat(s.lines().get(1)).isEqualTo("Your home keys: 10B, 11B, 7A, 8A");
  }

  /** The lines on the demo data, as docs/server.md shows them. */
  @Test
  void theDemoDataAnswersAsDocumented() {
    Library demo = library("demo");
    Suggestions s = SuggestionEngine.suggest(
        SuggestRequest.of("Keys", 126.0, Key.parse("10B"), List.of()),
        demo.profile(),
        demo.catalog());
    assertThat(s.lines())
        .containsExactly(
            "Tempo 126 → your house zone 124",
            "Next part: 11B or 10A (Camelot)",
            "Like 'Hand Claps', 126 BPM 10B");
    assertThat(s.actions()).containsExactly(SuggestAction.applyTempo(0, 124));

    Suggestions off = SuggestionEngine.suggest(
        SuggestRequest.of("Keys", 105.0, Key.parse("F minor"), List.of()),
        demo.profile(),
        demo.catalog());
    assertThat(off.lines())
        .containsExactly(
            "Tempo 105 → your downtempo zone 86",
            "Key 4A → your 7A: transpose -3",
            "Then like 'Late Checkout', 84 BPM 7A");
    assertThat(off.actions())
        .containsExactly(SuggestAction.applyTempo(0, 86), SuggestAction.transpose(1, -3));
  }

  @Test
  void longAndOddNamesAreShortenedToFit() {
    String name = "SERGIK x Somebody - " + "A Very Long Title With An Emoji 🎹 In It ".repeat(3)
        + "\n(Extended)";
    for (int cut = 1; cut < name.length(); cut++) {
      String line = SuggestionEngine.quoted(
          "Like ", SuggestionEngine.title(name.substring(0, cut)), " (2024), 124 BPM 10B");
      assertThat(line)
          .hasSizeLessThanOrEqualTo(40)
          .doesNotContain("\n")
          .endsWith(" (2024), 124 BPM 10B");
      assertThat(Character.isHighSurrogate(line.charAt(line.indexOf("'", 6) - 1)))
          .as(line)
          .isFalse();
    }
  }
}
