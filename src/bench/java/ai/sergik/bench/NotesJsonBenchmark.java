package ai.sergik.bench;

import ai.sergik.api.Json;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.Note;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The notes of one answer as the generation endpoints write them ({@code {"notes":[…]}} into a byte buffer), by the
 * one notes writer ({@code oneWriter}, what {@code Made.toJsonBytes} does) against the reference: the streaming
 * Jackson writer the answers used before the notes had one writer ({@code streamingReference}, kept here only to be
 * measured against). 256 notes on the grid, or humanized (every time off the grid).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class NotesJsonBenchmark {
  @Param({"grid", "humanized"})
  public String notes;

  List<Note> written;

  @Setup
  public void setUp() {
    GenerationRequest arp = GenerationRequest.builder()
        .key("10B")
        .part(Part.ARP)
        .bars(16)
        .tempo(125)
        .seed(7)
        .build();
    List<Note> grid = Generators.generate(arp).notes();
    grid = grid.subList(0, Math.min(256, grid.size()));
    written = notes.equals("grid")
        ? grid
        : Humanizer.humanize(
            grid,
            HumanizeSettings.builder()
                .timingMs(15)
                .velocity(10)
                .swing(56)
                .seed(7)
                .tempo(125)
                .build());
  }

  private static final byte[] HEAD = "{\"notes\":".getBytes(StandardCharsets.UTF_8);

  /** As {@code Made.toJsonBytes} puts the notes into an answer. */
  @Benchmark
  public byte[] oneWriter() {
    byte[] notesJson = Json.notesUtf8(written);
    ByteArrayBuilder out = new ByteArrayBuilder(HEAD.length + notesJson.length + 1);
    out.write(HEAD);
    out.write(notesJson);
    out.write('}');
    return out.toByteArray();
  }

  @Benchmark
  public byte[] streamingReference() throws IOException {
    ByteArrayBuilder out = new ByteArrayBuilder(64 + written.size() * 72);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName("notes");
      Reference.writeNotes(g, written);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  @Benchmark
  public String oneWriterText() {
    return Json.notes(written);
  }

  @Benchmark
  public String streamingReferenceText() throws IOException {
    java.io.StringWriter out = new java.io.StringWriter(written.size() * 72 + 2);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      Reference.writeNotes(g, written);
    }
    return out.toString();
  }

  /** The streaming writer the answers used before notes JSON had one writer. */
  static final class Reference {
    private static final SerializedString PITCH = new SerializedString("pitch");
    private static final SerializedString START_TIME = new SerializedString("start_time");
    private static final SerializedString DURATION = new SerializedString("duration");
    private static final SerializedString VELOCITY = new SerializedString("velocity");
    private static final SerializedString MUTE = new SerializedString("mute");
    private static final int STEPS = 64;
    private static final String[] FRACTIONS = new String[STEPS];

    static {
      for (int i = 0; i < STEPS; i++) {
        FRACTIONS[i] = Double.toString(i / (double) STEPS).substring(1);
      }
    }

    static void writeNotes(JsonGenerator g, List<Note> notes) throws IOException {
      g.writeStartArray();
      for (Note n : notes) {
        g.writeStartObject();
        g.writeFieldName(PITCH);
        g.writeNumber(n.pitch());
        g.writeFieldName(START_TIME);
        writeBeats(g, n.start());
        g.writeFieldName(DURATION);
        writeBeats(g, n.duration());
        g.writeFieldName(VELOCITY);
        g.writeNumber(n.velocity());
        g.writeFieldName(MUTE);
        g.writeNumber(n.mute() ? 1 : 0);
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    static void writeBeats(JsonGenerator g, double beats) throws IOException {
      double scaled = beats * STEPS;
      if (beats >= 0 && beats < 1e6 && scaled == Math.rint(scaled)) {
        long steps = (long) scaled;
        g.writeNumber((steps / STEPS) + FRACTIONS[(int) (steps % STEPS)]);
      } else {
        g.writeNumber(beats);
      }
    }
  }

  /**
   * The A/B on a busy machine: {@code rounds} pairs of short runs of both writers in one JVM, in alternating order,
   * each timed in this thread's CPU time; prints the median ratio one writer / reference with its quartiles. Run
   * with {@code java -cp … ai.sergik.bench.NotesJsonBenchmark [rounds] [ops]}.
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
    int ops = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    for (String kind : List.of("grid", "humanized")) {
      NotesJsonBenchmark bench = new NotesJsonBenchmark();
      bench.notes = kind;
      bench.setUp();
      if (!java.util.Arrays.equals(bench.oneWriter(), bench.streamingReference())
          || !bench.oneWriterText().equals(bench.streamingReferenceText())) {
        throw new IllegalStateException(kind + ": the two writers' output differs");
      }
      abTest(kind + " bytes", bench::oneWriter, bench::streamingReference, rounds, ops);
      abTest(
          kind + " text ",
          () -> bench.oneWriterText().length(),
          () -> bench.streamingReferenceText().length(),
          rounds,
          ops);
    }
  }

  interface Op {
    Object run() throws IOException;
  }

  private static void abTest(String what, Op one, Op reference, int rounds, int ops)
      throws IOException {
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    double[] ratios = new double[rounds];
    int sink = 0;
    for (int warm = 0; warm < 5 * ops; warm++) {
      sink += one.run().hashCode() + reference.run().hashCode();
    }
    for (int r = 0; r < rounds; r++) {
      long[] nanos = new long[2];
      for (int half = 0; half < 2; half++) {
        boolean first = (r + half) % 2 == 0;
        Op op = first ? one : reference;
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < ops; i++) {
          sink += op.run().hashCode();
        }
        nanos[first ? 0 : 1] = cpu.getCurrentThreadCpuTime() - t0;
      }
      ratios[r] = nanos[0] / (double) nanos[1];
    }
    java.util.Arrays.sort(ratios);
    System.out.printf(
        java.util.Locale.ROOT,
        "%s: one writer / reference = %.2f (quartiles %.2f-%.2f, %d rounds of %d)%s%n",
        what,
        ratios[rounds / 2],
        ratios[rounds / 4],
        ratios[3 * rounds / 4],
        rounds,
        ops,
        sink == 42 ? " " : "");
  }
}
