package ai.sergik.analysis;

import ai.sergik.audio.TestWavs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our integrated loudness and true peak next to {@code ffmpeg -af ebur128=peak=true} on the same files:
 * EBU Tech 3341 signals and rendered music, at several sample rates, mono and stereo. Prints every
 * file and the largest difference. ffmpeg prints loudness with one decimal, so differences of up to
 * 0.05 LU are rounding.
 *
 * <p>Run: {@code scripts/bench-analysis ffmpeg} (needs ffmpeg on the PATH)
 */
public final class LoudnessVersusFfmpeg {
  private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS");
  private static final Pattern PEAK = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS");

  /** The EBU Tech 3341 signals are written as 24-bit files at 48 kHz. */
  private static final float EBU_RATE = 48_000;

  private static Path ebu(Path dir, String name, float[][] audio) throws Exception {
    return TestWavs.writeWav(dir.resolve(name), audio, EBU_RATE, TestWavs.Sample.INT24);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("sergik-ffmpeg");
    List<Path> files = new ArrayList<>();
    float r = EBU_RATE;
    files.add(ebu(dir, "3341-1_sine-23.wav", TestWavs.sine(1000, -23, 20, r, 2)));
    files.add(ebu(dir, "3341-2_sine-33.wav", TestWavs.sine(1000, -33, 20, r, 2)));
    files.add(ebu(
        dir,
        "3341-3_gated.wav",
        TestWavs.concat(
            TestWavs.sine(1000, -36, 10, r, 2),
            TestWavs.sine(1000, -23, 60, r, 2),
            TestWavs.sine(1000, -36, 10, r, 2))));
    files.add(ebu(
        dir,
        "3341-5_levels.wav",
        TestWavs.concat(
            TestWavs.sine(1000, -26, 20, r, 2),
            TestWavs.sine(1000, -20, 20.1, r, 2),
            TestWavs.sine(1000, -26, 20, r, 2))));
    files.add(TestWavs.writeWav(
        dir.resolve("sine-23_44k.wav"),
        TestWavs.sine(1000, -23, 20, 44_100, 2),
        44_100,
        TestWavs.Sample.INT16));
    files.add(TestWavs.writeWav(
        dir.resolve("sine-20_96k_float.wav"),
        TestWavs.sine(997, -20, 20, 96_000, 2),
        96_000,
        TestWavs.Sample.FLOAT32));
    for (int i = 0; i < 4; i++) {
      double bpm = 84 + 24 * i;
      Path music = TestMusic.render(
          TestMusic.groove(bpm, (int) Math.ceil(30 * bpm / 240), 40 + i),
          dir,
          "music" + i + "_44k.wav");
      files.add(music);
      String[] rates = {"48000", "96000", "22050", "44100"};
      Path other = dir.resolve("music" + i + "_" + rates[i] + (i == 3 ? "_mono" : "") + ".wav");
      run(List.of(
          "ffmpeg",
          "-v",
          "error",
          "-y",
          "-i",
          music.toString(),
          "-ar",
          rates[i],
          "-ac",
          i == 3 ? "1" : "2",
          "-c:a",
          "pcm_s24le",
          other.toString()));
      files.add(other);
    }
    FeatureExtractor fx = new FeatureExtractor();
    double maxLufs = 0, maxPeak = 0;
    System.out.printf(
        Locale.ROOT,
        "%-28s %9s %9s %6s   %9s %9s %6s%n",
        "file",
        "ours",
        "ffmpeg",
        "diff",
        "TP ours",
        "TP ffm",
        "diff");
    for (Path f : files) {
      TrackFeatures ours = fx.analyze(f).features();
      String log = run(List.of(
          "ffmpeg",
          "-nostats",
          "-hide_banner",
          "-i",
          f.toString(),
          "-af",
          "ebur128=peak=true",
          "-f",
          "null",
          "-"));
      double theirs = last(INTEGRATED, log);
      double theirPeak = last(PEAK, log);
      double d = Math.abs(ours.lufs() - theirs);
      double dp = Math.abs(ours.truePeakDbtp() - theirPeak);
      maxLufs = Math.max(maxLufs, d);
      maxPeak = Math.max(maxPeak, dp);
      System.out.printf(
          Locale.ROOT,
          "%-28s %9.2f %9.1f %6.2f   %9.2f %9.1f %6.2f%n",
          f.getFileName(),
          ours.lufs(),
          theirs,
          d,
          ours.truePeakDbtp(),
          theirPeak,
          dp);
    }
    System.out.printf(
        Locale.ROOT,
        "largest integrated loudness difference: %.2f LU over %d files (ffmpeg rounds to 0.1)%n",
        maxLufs,
        files.size());
    System.out.printf(Locale.ROOT, "largest true peak difference: %.2f dB%n", maxPeak);
  }

  private static double last(Pattern p, String log) {
    Matcher m = p.matcher(log);
    String v = null;
    while (m.find()) v = m.group(1);
    if (v == null) throw new IllegalStateException("ffmpeg printed no summary:\n" + log);
    return v.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(v);
  }

  private static String run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0)
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    return out;
  }
}
