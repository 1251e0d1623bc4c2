package ai.sergik.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/** Audio decoded by a javax.sound.sampled provider (AIFF in the JDK, MP3 by mp3spi, FLAC by jflac). */
final class SampledPcmStream {
  private SampledPcmStream() {}

  /** Wraps a PCM (signed, unsigned or float) stream; compressed streams must be converted first. */
  static PcmStream of(AudioInfo info, AudioInputStream pcm) {
    AudioFormat f = pcm.getFormat();
    PcmDecoder.Encoding enc;
    if (AudioFormat.Encoding.PCM_FLOAT.equals(f.getEncoding())) enc = PcmDecoder.Encoding.FLOAT;
    else if (AudioFormat.Encoding.PCM_UNSIGNED.equals(f.getEncoding()))
      enc = PcmDecoder.Encoding.UNSIGNED;
    else enc = PcmDecoder.Encoding.SIGNED;
    int bits = f.getSampleSizeInBits();
    // Some readers report -1 bits and rely on the frame size instead.
    if (bits <= 0) bits = f.getFrameSize() / Math.max(1, f.getChannels()) * 8;
    PcmDecoder decoder = new PcmDecoder(enc, bits, f.isBigEndian() && bits > 8, f.getChannels());
    return new BytePcmStream(info, decoder, pcm, -1);
  }
}
