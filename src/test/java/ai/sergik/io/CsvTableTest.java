package ai.sergik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir
  Path dir;

  Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void aColumnIsFoundUnderTheEarlierToolsNameAndTheFirstNonBlankNameWins() throws IOException {
    Path earlier = file(
        "projects_als.csv",
        "\uFEFFproject_path,project_name,modified_time\n" + "/m/Song.als,Song,2021-04-05\n");
    Path both = file("both.csv", "name,project_name,path\nOld,,/a.als\nOld,New,/b.als\n");

    List<String> read = new ArrayList<>();
    CsvTable.forEachIn(
        earlier,
        r -> read.add(r.get(CsvColumn.PATH) + "|" + r.get(CsvColumn.PROJECT_NAME) + "|"
            + r.get(CsvColumn.MODIFIED)));
    CsvTable.forEachIn(both, r -> read.add(r.get(CsvColumn.PROJECT_NAME)));

    assertThat(read).containsExactly("/m/Song.als|Song|2021-04-05", "Old", "New");
    assertThat(CsvTable.open(earlier).column(CsvColumn.PATH)).contains("project_path");
    assertThatThrownBy(() -> CsvTable.open(earlier).require(CsvColumn.BPM))
        .hasMessageContaining("projects_als.csv")
        .hasMessageContaining("no column bpm or tempo");
  }

  @Test
  void mapsRoundTripEveryColumnTheLeadingOnesFirstAndFormulaCellsEscaped() throws IOException {
    Path f = dir.resolve("rows.csv");
    Map<String, String> row = new LinkedHashMap<>();
    row.put("extra", "kept");
    row.put("name", "=cmd()");
    row.put("bpm", CsvCells.number(128.50));

    CsvTable.writeMaps(f, List.of("name", "bpm"), List.of(row));

    assertThat(Files.readAllLines(f)).containsExactly("name,bpm,extra", "'=cmd(),128.5,kept");
    assertThat(CsvTable.readMaps(f))
        .containsExactly(Map.of("name", "=cmd()", "bpm", "128.5", "extra", "kept"));
    assertThat(CsvTable.readMaps(dir.resolve("missing.csv"))).isEmpty();
  }

  @Test
  void rowsByKeyReadTheGivenColumnsInTheirOrderMissingOnesBlank() throws IOException {
    Path f = file("t.csv", "b,key,a\n2,x,1\n4,y,'=3\n");

    Map<String, List<String>> rows = CsvTable.rowsByKey(f, List.of("key", "a", "b", "c"), 0);

    assertThat(rows)
        .containsOnly(
            Map.entry("x", List.of("x", "1", "2", "")),
            Map.entry("y", List.of("y", "=3", "4", "")));
    assertThat(CsvTable.rowsByKey(dir.resolve("none.csv"), List.of("key"), 0)).isEmpty();
  }

  @Test
  void aRewriteKeepsTheAcceptedOldRowsInTheNewColumnOrderThenAppends() throws IOException {
    Path f = file("side.csv", "id,name\np1,one\np2,two\np3,'=three\n");

    CsvTable.rewrite(
        f,
        List.of("id", "added", "name"),
        row -> !row.get(0).equals("p2"),
        sink -> sink.accept(List.of("p4", "new", "four")));

    assertThat(Files.readAllLines(f))
        .containsExactly("id,added,name", "p1,,one", "p3,,'=three", "p4,new,four");
  }

  @Test
  void aBrokenRecordNamesTheFileAndWhereItStopped() throws IOException {
    Path f = file("broken.csv", "a,b\n1,2\n\"open,3\n");

    assertThatThrownBy(() -> CsvTable.forEachIn(f, r -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.csv: unreadable CSV after record 1");
  }
}
