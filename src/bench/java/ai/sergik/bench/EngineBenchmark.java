package ai.sergik.bench;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the device does when the user clicks Generate for a whole groove: 8 bars of chords, bass,
 * arpeggio and drums, each humanized. The target is a median well under a Max scheduler tick (50 us).
 * {@code fromScratch} also builds and validates the four requests (key parsing, style lookup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
  GenerationRequest chords;
  GenerationRequest bass;
  GenerationRequest arp;
  GenerationRequest drums;
  HumanizeSettings humanize;
  long seed;

  @Setup
  public void setUp() {
    chords = GenerationRequest.builder()
        .key("10B")
        .progression("i-VI-III-VII")
        .bars(8)
        .tempo(125)
        .seed(7)
        .build();
    bass = chords.newBuilder().part(Part.BASS).build();
    arp = chords.newBuilder().part(Part.ARP).build();
    drums = chords.newBuilder().part(Part.DRUMS).build();
    humanize = HumanizeSettings.builder()
        .timingMs(15)
        .velocity(10)
        .swing(56)
        .driftMs(8)
        .seed(7)
        .tempo(125)
        .build();
  }

  @Benchmark
  public void eightBarsOfEverythingHumanized(Blackhole bh) {
    bh.consume(Humanizer.humanize(Generators.generate(chords).notes(), humanize));
    bh.consume(Humanizer.humanize(Generators.generate(bass).notes(), humanize));
    bh.consume(Humanizer.humanize(Generators.generate(arp).notes(), humanize));
    bh.consume(Humanizer.humanize(Generators.generate(drums).notes(), humanize));
  }

  @Benchmark
  public void fromScratch(Blackhole bh) {
    GenerationRequest c = GenerationRequest.builder()
        .key("10B")
        .progression("i-VI-III-VII")
        .bars(8)
        .tempo(125)
        .seed(seed++)
        .build();
    HumanizeSettings h = HumanizeSettings.builder()
        .timingMs(15)
        .velocity(10)
        .swing(56)
        .seed(seed)
        .tempo(125)
        .build();
    for (Part part : Part.values()) {
      bh.consume(Humanizer.humanize(
          Generators.generate(c.newBuilder().part(part).build()).notes(), h));
    }
  }
}
