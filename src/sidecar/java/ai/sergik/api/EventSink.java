package ai.sergik.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends Server-Sent Events (the {@code text/event-stream} format browsers read with {@code EventSource}) on a
 * streamed answer made by {@link ApiResponse#events}. Every call is sent at once; an IOException means the client
 * has gone and the producer should return.
 */
public final class EventSink {
  private final OutputStream out;

  /** Produces the events of one stream; returning ends it. */
  @FunctionalInterface
  public interface Producer {
    void produce(EventSink events) throws Exception;
  }

  EventSink(OutputStream out) {
    this.out = out;
  }

  /** An unnamed event (a {@code message} to {@code EventSource}); {@code data} may span lines. */
  public void send(String data) throws IOException {
    send(null, data);
  }

  /** An event named {@code event} (the {@code EventSource} listener type) carrying {@code data}. */
  public void send(String event, String data) throws IOException {
    StringBuilder b = new StringBuilder(data.length() + 32);
    if (event != null) {
      requireOneLine(event, "event name");
      b.append("event: ").append(event).append('\n');
    }
    for (String line : data.split("\r\n|\r|\n", -1)) {
      b.append("data: ").append(line).append('\n');
    }
    write(b.append('\n'));
  }

  /** A comment line, ignored by clients: keeps a quiet stream's connection from timing out. */
  public void comment(String text) throws IOException {
    requireOneLine(text, "comment");
    write(": " + text + "\n\n");
  }

  private void write(CharSequence text) throws IOException {
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void requireOneLine(String text, String what) {
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("an SSE " + what + " must be one line, got "
          + text.replace("\n", "\\n").replace("\r", "\\r"));
    }
  }
}
