package ai.sergik.analysis;

import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.PcmStream;
import ai.sergik.music.Key;
import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints truth and per-octave chroma (three amplitude compressions) per rendered clip, for studying key profiles offline. */
public final class ChromaDump {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("sergik-chroma");
    int seeds = Integer.parseInt(args[0]);
    for (int seed = 0; seed < seeds; seed++) {
      for (int i = 0; i < 24; i++) {
        Key key = Key.of(i % 12, i >= 12);
        double bpm = 90 + (i * 7 + seed * 13) % 40;
        Path wav = TestMusic.render(
            TestMusic.song(key, bpm, 8, 1000L * seed + i), dir, "k" + seed + "_" + i + ".wav");
        double[][][] acc = new double[3][6][12];
        FFT fft = new FFT(4096, new HannWindow());
        float[] work = new float[4096], mag = new float[2048];
        double binHz = 5512.5 / 4096;
        FrameSlicer.FrameConsumer c = frame -> {
          System.arraycopy(frame, 0, work, 0, 4096);
          fft.forwardTransform(work);
          fft.modulus(work, mag);
          float max = 0;
          for (int k = 30; k < 1500; k++) max = Math.max(max, mag[k]);
          for (int k = 30; k < 1500; k++) {
            float m = mag[k];
            if (m < max * 0.01 || m <= mag[k - 1] || m < mag[k + 1]) continue;
            double a = Math.log(mag[k - 1] + 1e-12),
                b = Math.log(m + 1e-12),
                cc = Math.log(mag[k + 1] + 1e-12);
            double den = a - 2 * b + cc, d = den < 0 ? 0.5 * (a - cc) / den : 0;
            double f = (k + d) * binHz;
            if (f < 55 || f >= 3520) continue;
            double amp = Math.exp(b - 0.25 * (a - cc) * d) / max;
            double semis = 12 * Math.log(f / 55) / Math.log(2);
            int s = (int) Math.round(semis);
            int oct = Math.min(5, s / 12);
            int pc = (s + 9) % 12;
            acc[0][oct][pc] += amp;
            acc[1][oct][pc] += Math.sqrt(amp);
            acc[2][oct][pc] += Math.log1p(100 * amp);
          }
        };
        Downsampler ds2 = new Downsampler(11025, 5512.5f, List.of(new FrameSlicer(4096, 2048, c)));
        Downsampler ds = new Downsampler(44100, 11025, List.of(ds2));
        try (PcmStream in = AudioFiles.open(wav)) {
          float[][] block = new float[2][8192];
          float[] mono = new float[8192];
          int n;
          while ((n = in.read(block, 8192)) > 0) {
            for (int j = 0; j < n; j++) mono[j] = (block[0][j] + block[1][j]) / 2;
            ds.process(mono, n);
          }
        }
        Files.delete(wav);
        StringBuilder sb = new StringBuilder();
        sb.append(key.tonic()).append(',').append(!key.isMinor() ? 1 : 0);
        for (double[][] x : acc)
          for (double[] o : x)
            for (double v : o) sb.append(',').append(String.format(Locale.ROOT, "%.4f", v));
        System.out.println(sb);
      }
    }
  }
}
