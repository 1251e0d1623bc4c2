package ai.sergik.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.dna.SergikRefCorpusAccess;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatExampleTest {

  @Test
  void aWrittenExampleIsValid() {
    ChatExample e = new ChatExample("k", "k|1", "sys", "What key?", "10B \"quoted\"\nnewline");
    assertThat(ChatExample.problemWith(e.toJsonLine())).isNull();
    assertThat(e.toJsonLine()).doesNotContain("\n");
  }

  @Test
  void theEarlierToolsFineTuningFileValidates() throws Exception {
    var lines = Files.readAllLines(
        SergikRefCorpusAccess.dataDir().resolve("finetune/sergik_finetune.jsonl"));
    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(line -> assertThat(ChatExample.problemWith(line)).isNull());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[1]|not a JSON object",
        "{\"messages\":[],\"x\":1}|expected exactly one field \"messages\", got [messages, x]",
        "{\"messages\":[{\"role\":\"system\",\"content\":\"s\"}]}|\"messages\" must be an array of 3 (system, user, assistant)",
        "{\"messages\":[{\"role\":\"user\",\"content\":\"s\"},{\"role\":\"user\",\"content\":\"u\"},{\"role\":\"assistant\",\"content\":\"a\"}]}|message 1 must have role \"system\", got \"user\"",
        "{\"messages\":[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"user\",\"content\":\" \"},{\"role\":\"assistant\",\"content\":\"a\"}]}|message 2 (user) has no text content"
      })
  void namesWhatIsWrongWithABadLine(String line, String problem) {
    assertThat(ChatExample.problemWith(line)).isEqualTo(problem);
  }

  @Test
  void anEmptyAnswerIsRefusedAtOnce() {
    assertThatThrownBy(() -> new ChatExample("k", "k", "s", "u", " "))
        .hasMessage("assistant message is empty");
  }
}
