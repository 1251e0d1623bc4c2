package ai.sergik.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://x-access-token:ghp_SECRET@github.com/me/data.git | https://***@github.com/me/data.git",
        "https://ghp_SECRET@github.com/me/data.git | https://***@github.com/me/data.git",
        "http://user:p@ss:w0rd@127.0.0.1:8080/v1 | http://***@127.0.0.1:8080/v1",
        "https://api.example.com/v1?api_key=SECRET&model=x | https://api.example.com/v1?api_key=***&model=x",
        "https://s3.example.com/b/o?X-Amz-Credential=AKIA&X-Amz-Signature=SECRET | https://s3.example.com/b/o?X-Amz-Credential=***&X-Amz-Signature=***",
        "https://h/p?token=SECRET#frag | https://h/p?token=***#frag",
        "ssh://git:SECRET@host:22/repo.git | ssh://***@host:22/repo.git",
        "https://github.com/me/data.git | https://github.com/me/data.git",
        "http://127.0.0.1:8080/v1 | http://127.0.0.1:8080/v1",
        "/Users/me/remote.git | /Users/me/remote.git",
        "git@github.com:me/data.git | git@github.com:me/data.git",
      })
  void urlsLoseTheirCredentialsAndKeepHostAndPath(String url, String safe) {
    assertThat(Redaction.url(url)).isEqualTo(safe);
  }

  @Test
  void everyUrlInAMessageIsRedacted() {
    String jgit =
        "https://x-access-token:ghp_SECRET@github.com/me/data.git: not authorized; retry https://u:pw@h/x?key=K2";
    assertThat(Redaction.text(jgit))
        .isEqualTo(
            "https://***@github.com/me/data.git: not authorized; retry https://***@h/x?key=***")
        .doesNotContain("SECRET", "pw", "K2");
    assertThat(Redaction.text("mail me at me@example.com, see https://example.com/a@b"))
        .isEqualTo("mail me at me@example.com, see https://example.com/a@b");
    assertThat(Redaction.text(null)).isNull();
  }
}
