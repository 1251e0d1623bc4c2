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
// Arrays on purpose: long per-frame series for the picture, never compared or hashed (the check's
// concern is
// equals/hashCode); boxed lists would cost several times the memory.
@SuppressWarnings("ArrayRecordComponent")
public record AnalysisCurves(
    float[] envelopeMin,
    float[] envelopeMax,
    double[] shortTermLufs,
    List<float[]> chromagram,
    double chromaSeconds,
    double[] beatTimes) {}
