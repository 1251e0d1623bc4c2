package ai.sergik.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=HYPERLINK(\"http://evil\",\"click\") | '=HYPERLINK(\"http://evil\",\"click\")",
        "@SUM(1+1) | '@SUM(1+1)",
        "+cmd /C calc!A0 | '+cmd /C calc!A0",
        "-2+3 | '-2+3",
        "-14.2 | -14.2",
        "+1e-3 | +1e-3",
        "-.5 | -.5",
        "'=x | ''=x",
        "'plain | 'plain",
        "Bass 1 | Bass 1",
      })
  void formulaCellsGetAQuoteNumbersAndPlainTextDoNot(String value, String written) {
    assertThat(CsvCells.escape(value)).isEqualTo(written);
    assertThat(CsvCells.unescape(written)).isEqualTo(value);
  }

  @ParameterizedTest(name = "tab and carriage return, seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyStringRoundTrips(long seed) {
    Random random = new Random(seed);
    String alphabet = "=+-@'\t\r0123456789.eE abc\"";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--)
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String value = s.toString();
      String written = CsvCells.escape(value);
      assertThat(CsvCells.unescape(written)).as("[%s]", value).isEqualTo(value);
      if (!written.isEmpty() && "=@\t\r".indexOf(written.charAt(0)) >= 0) {
        throw new AssertionError("a formula cell was written as is: [" + written + "]");
      }
    }
  }
}
