package ai.sergik.analysis;

/**
 * A stage of the analysis chain that consumes a mono signal block by block (TarsosDSP's
 * AudioProcessor idea: the file is decoded once and every stage sees the same samples). A stage must
 * not modify the array it is given; it copies what it keeps.
 */
interface MonoProcessor {
  void process(float[] samples, int n);
}
