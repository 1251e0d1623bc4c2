package ai.sergik.analysis;

import java.util.List;

/**
 * Time series kept for the one-page picture: small (a few values per 100 ms), so even a two-hour
 * file costs a few MB.
 *
 * @param envelopeMin per 100 ms, the lowest mono sample
 * @param envelopeMax per 100 ms, the highest mono sample
 * @param shortTermLufs 3 s short-term loudness every 100 ms (first value at 3 s)
 * @param chromagram one 12-bin chroma per {@code chromaSeconds}
 * @param beatTimes seconds
 */
public record AnalysisCurves(
    float[] envelopeMin,
    float[] envelopeMax,
    double[] shortTermLufs,
    List<float[]> chromagram,
    double chromaSeconds,
    double[] beatTimes) {}
