package ai.sergik.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DownloadsTest {
  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-12-05T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final HandClock clock = new HandClock();
  final Downloads downloads =
      new Downloads(clock, Duration.ofMinutes(30), () -> "https://studio.example.net/");

  @Test
  void linkServesTheBytesUntilItExpires() {
    Downloads.Link link = downloads.offer(new byte[] {1, 2, 3}, "x.mid");
    assertThat(link.url()).isEqualTo("https://studio.example.net/files/" + link.id() + ".mid");
    assertThat(link.id()).matches("[0-9a-f]{32}");
    assertThat(link.expires()).isEqualTo(clock.now.plus(Duration.ofMinutes(30)));
    clock.now = clock.now.plus(Duration.ofMinutes(29));
    assertThat(downloads.get(link.id()))
        .get()
        .extracting(Downloads.Stored::bytes)
        .isEqualTo(new byte[] {1, 2, 3});
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(downloads.get(link.id())).isEmpty();
  }

  @Test
  void idsDifferAndUnknownIdsFindNothing() {
    Downloads.Link a = downloads.offer(new byte[] {1}, "a.mid");
    Downloads.Link b = downloads.offer(new byte[] {1}, "b.mid");
    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(downloads.get("0".repeat(32))).isEmpty();
  }

  @Test
  void theOldestFileGoesWhenTheStoreIsFull() {
    Downloads.Link first = downloads.offer(new byte[] {0}, "0.mid");
    for (int i = 1; i < Downloads.MAX_FILES; i++) {
      downloads.offer(new byte[] {(byte) i}, i + ".mid");
    }
    assertThat(downloads.get(first.id())).isPresent();
    Downloads.Link next = downloads.offer(new byte[] {9}, "next.mid");
    assertThat(downloads.get(first.id())).isEmpty();
    assertThat(downloads.get(next.id())).isPresent();
    assertThat(downloads.size()).isEqualTo(Downloads.MAX_FILES);
  }

  @Test
  void theStoreKeepsToItsByteBudget() {
    int big = (int) (Downloads.MAX_BYTES / 2) + 1;
    Downloads.Link a = downloads.offer(new byte[big], "a.mid");
    Downloads.Link b = downloads.offer(new byte[big], "b.mid");
    assertThat(downloads.get(a.id())).isEmpty();
    assertThat(downloads.get(b.id())).isPresent();
  }
}
