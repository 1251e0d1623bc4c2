package ai.sergik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectNamingTest {
  static Path earlierAllProjects() {
    return Paths.get(System.getProperty("sergik.basedir", "."))
        .resolve("../shared/corpus/sergik_ref/data/catalog/ableton_projects/all_projects.csv")
        .normalize();
  }

  @Test
  void reproducesTheEarlierToolsNameCollaboratorAndYearForEveryOneOfItsRows() throws Exception {
    int rows = 0;
    List<String> mismatches = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(earlierAllProjects(), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)) {
        rows++;
        Path path = Paths.get(r.get("path"));
        String name = ProjectNaming.projectName(path);
        // The earlier file keeps only the modification date; its year is what a file modified that
        // day gives.
        FileTime mtime = FileTime.from(
            LocalDate.parse(r.get("modified")).atTime(12, 0).toInstant(ZoneOffset.UTC));
        String year = Integer.toString(ProjectNaming.year(mtime, ZoneOffset.UTC));
        String collaborator = ProjectNaming.collaborator(name);
        if (!name.equals(r.get("name"))
            || !year.equals(r.get("year"))
            || !collaborator.equals(r.get("collaborator"))) {
          mismatches.add(r.get("path") + " -> " + name + " | " + collaborator + " | " + year);
        }
      }
    }
    assertThat(rows).isEqualTo(14_599);
    assertThat(mismatches)
        .as("rows not reproduced (match rate %d/%d)", rows - mismatches.size(), rows)
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SERGIK x Silent Jay - We All Turnt | Silent Jay",
        "Andino x SERGIK - Coming Thru | Andino",
        "sergik x Huy - Caddy | Huy",
        "SERGIK X OSIRIS - Scarlett | OSIRIS",
        "SERGIK x Slick Floyd x Batt Lo - State Of Mind | Slick Floyd",
        "BAGGINS - GIVING IT (Silent Jay x Sergik Remix) | BAGGINS",
        "SERGIK x SUBSIDIAN [2022-04-03 053956] | SUBSIDIAN [2022-04-03 053956]",
        "'SERGIK x CHKLZ - ' | CHKLZ",
        "Sergic x Slick Floyd DnB Track | Sergic",
        "SERGIK - Give It Up | ''",
        "Remix of Xenon | ''",
      })
  void collaboratorFollowsTheEarlierRules(String name, String expected) {
    assertThat(ProjectNaming.collaborator(name)).isEqualTo(expected);
  }

  @Test
  void backupsAreRecognisedByStampOrFolder() {
    assertThat(ProjectNaming.isBackup(Paths.get("/m/A Project/Backup/A [2018-12-14 225104].als")))
        .isTrue();
    assertThat(ProjectNaming.isBackup(Paths.get("/m/A Project/A [2018-12-14 225104].als")))
        .isTrue();
    assertThat(ProjectNaming.isBackup(Paths.get("/m/A Project/Backup/A.als"))).isTrue();
    assertThat(ProjectNaming.isBackup(Paths.get("/m/A Project/A.als"))).isFalse();
    assertThat(ProjectNaming.isBackup(Paths.get("/m/A Project/A [2018-12-14].als")))
        .isFalse();
  }

  @Test
  void projectNameDropsTheExtensionOnly() {
    assertThat(ProjectNaming.projectName(Paths.get("/x/Equipoise [2018-12-14 225104].als")))
        .isEqualTo("Equipoise [2018-12-14 225104]");
    assertThat(ProjectNaming.projectName(Paths.get("/x/loud.ALS"))).isEqualTo("loud");
  }
}
