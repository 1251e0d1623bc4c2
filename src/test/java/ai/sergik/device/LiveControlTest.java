package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** /ableton/set requests are checked completely before Live changes; the volume fader's dB mapping. */
class LiveControlTest {
  @ParameterizedTest
  @ValueSource(doubles = {-70, -30, -12, -6, -3, -0.5, 0, 1.5, 6})
  void theVolumeValueRisesWithTheDbAndStaysInLivesRange(double db) {
    double v = LiveControl.volumeValue(db);
    assertThat(v).isBetween(0.0, 1.0);
    assertThat(LiveControl.volumeValue(db + 0.5)).isGreaterThanOrEqualTo(v);
    if (db >= -30) {
      assertThat(LiveControl.volumeValue(db))
          .isCloseTo(0.85 + 0.025 * db, org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"-3.0 dB|-3.0", "0.0 dB|0.0", "6.0 dB|6.0", "-inf dB|-Infinity", "-12 dB|-12.0"})
  void livesVolumeTextIsReadAsDb(String shown, double db) {
    assertThat(LiveAnswers.decibels(shown)).isEqualTo(db);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"tempo\":19.9}|tempo 19.90 outside 20..999",
        "{\"tempo\":\"fast\"}|tempo fast is not a number",
        "{\"transport\":\"pause\"}|transport \"pause\" unknown; use play, stop or continue",
        "{\"track\":\"Bass\",\"param\":\"volume\"}|track Bass volume needs a value in dB (or delta_db)",
        "{\"track\":\"Bass\",\"param\":\"pan\",\"value\":1.5}|pan 1.50 outside -1..1 (-1 hard left, 0 centre, 1 hard right)",
        "{\"track\":\"Bass\",\"param\":\"mute\",\"value\":2}|mute value 2 is not true, false, 1 or 0",
        "{\"track\":\"Bass\",\"param\":\"pan\",\"delta_db\":3}|delta_db goes with param volume, not pan",
        "{\"fire\":{\"track\":\"Bass\",\"slot\":0}}|slot 0 is not a whole number from 1",
        "{\"scene\":2.5}|scene 2.5 is not a whole number from 1",
        "{}|/ableton/set asked for nothing; give tempo, transport, track + param, fire or scene",
        "[1]|/ableton/set needs a JSON object such as {\"tempo\":122}"
      })
  void badRequestsSayWhatIsWrongAndWhatWouldDo(String json, String message) {
    assertThatThrownBy(() -> LiveControl.parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
