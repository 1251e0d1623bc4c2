package ai.sergik.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * RIFF/RF64 WAVE reader of our own, because exported and half-copied files often carry headers that
 * lie: a data size of 0 or 0xFFFFFFFF (written while recording), larger than the file (truncated copy),
 * or a wrong block alignment. The header is trusted only as far as the file's real length allows, and
 * every correction is reported as a warning.
 */
final class WavFile {
  private static final int PCM = 1;
  private static final int IEEE_FLOAT = 3;
  private static final int EXTENSIBLE = 0xFFFE;
  private static final int MAX_CHUNKS = 10_000;

  final AudioInfo info;
  final PcmDecoder decoder;
  final long dataOffset;
  final long dataBytes;

  private WavFile(AudioInfo info, PcmDecoder decoder, long dataOffset, long dataBytes) {
    this.info = info;
    this.decoder = decoder;
    this.dataOffset = dataOffset;
    this.dataBytes = dataBytes;
  }

  static WavFile parse(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer head = read(ch, 0, 12);
      if (head.remaining() < 12)
        throw new UnreadableAudioException(
            file, "file is " + size + " bytes, too short for a WAV header (12 bytes or more)");
      String riff = fourCc(head, 0);
      String wave = fourCc(head, 8);
      if (!(riff.equals("RIFF") || riff.equals("RF64")) || !wave.equals("WAVE")) {
        throw new UnreadableAudioException(
            file, "not a RIFF/WAVE file (starts with '" + riff + "'...'" + wave + "')");
      }
      List<String> warnings = new ArrayList<>();
      long rf64DataSize = -1;
      int formatTag = -1, channels = 0, bits = 0, blockAlign = 0;
      long sampleRate = 0;
      long pos = 12;
      for (int chunks = 0; chunks < MAX_CHUNKS && pos + 8 <= size; chunks++) {
        ByteBuffer h = read(ch, pos, 8);
        String id = fourCc(h, 0);
        long len = Integer.toUnsignedLong(h.getInt(4));
        long body = pos + 8;
        switch (id) {
          case "ds64" -> {
            ByteBuffer d = read(ch, body, 28);
            if (d.remaining() >= 16) rf64DataSize = d.getLong(8);
          }
          case "fmt " -> {
            ByteBuffer f = read(ch, body, (int) Math.min(len, 40));
            if (f.remaining() < 16)
              throw new UnreadableAudioException(
                  file, "fmt chunk is " + f.remaining() + " bytes, needs 16");
            formatTag = f.getShort(0) & 0xFFFF;
            channels = f.getShort(2) & 0xFFFF;
            sampleRate = Integer.toUnsignedLong(f.getInt(4));
            blockAlign = f.getShort(12) & 0xFFFF;
            bits = f.getShort(14) & 0xFFFF;
            if (formatTag == EXTENSIBLE && f.remaining() >= 26) {
              formatTag = f.getShort(24) & 0xFFFF; // first two bytes of the sub-format GUID
            }
          }
          case "data" -> {
            if (formatTag < 0)
              throw new UnreadableAudioException(file, "data chunk comes before any fmt chunk");
            long available = size - body;
            long claimed =
                riff.equals("RF64") && len == 0xFFFFFFFFL && rf64DataSize >= 0 ? rf64DataSize : len;
            long dataBytes = claimed;
            if (claimed == 0 || claimed == 0xFFFFFFFFL) {
              dataBytes = available;
              if (available > 0)
                warnings.add("header gives data size " + claimed + "; read the " + available
                    + " bytes present");
            } else if (claimed > available) {
              dataBytes = available;
              warnings.add("truncated: header announces " + claimed + " data bytes, file holds "
                  + available);
            }
            return build(
                file, formatTag, channels, sampleRate, bits, blockAlign, body, dataBytes, warnings);
          }
          default -> {}
        }
        pos = body + len + (len & 1);
      }
      throw new UnreadableAudioException(
          file, "no data chunk found (file truncated, or not audio)");
    }
  }

  private static WavFile build(
      Path file,
      int formatTag,
      int channels,
      long sampleRate,
      int bits,
      int blockAlign,
      long dataOffset,
      long dataBytes,
      List<String> warnings)
      throws IOException {
    if (channels < 1 || channels > 32)
      throw new UnreadableAudioException(
          file, "fmt chunk gives " + channels + " channels; expected 1 to 32");
    if (sampleRate < 1000 || sampleRate > 768_000)
      throw new UnreadableAudioException(
          file, "fmt chunk gives sample rate " + sampleRate + " Hz; expected 1000 to 768000");
    PcmDecoder.Encoding enc;
    if (formatTag == PCM) {
      if (bits < 8 || bits > 32)
        throw new UnreadableAudioException(
            file, bits + "-bit integer PCM is not supported; expected 8, 16, 24 or 32");
      enc = bits <= 8 ? PcmDecoder.Encoding.UNSIGNED : PcmDecoder.Encoding.SIGNED;
    } else if (formatTag == IEEE_FLOAT) {
      if (bits != 32 && bits != 64)
        throw new UnreadableAudioException(
            file, bits + "-bit float is not supported; expected 32 or 64");
      enc = PcmDecoder.Encoding.FLOAT;
    } else {
      throw new UnreadableAudioException(
          file,
          String.format(
              "WAV format tag 0x%04X (compressed) is not supported; expected PCM (1) or IEEE float (3) — convert with ffmpeg",
              formatTag));
    }
    int containerBits = ((bits + 7) / 8) * 8;
    int expectedAlign = containerBits / 8 * channels;
    if (blockAlign != expectedAlign) {
      // 24-bit in 32-bit containers is the one legitimate case; a wrong value is otherwise a lie.
      if (blockAlign == 4 * channels && bits == 24 && enc == PcmDecoder.Encoding.SIGNED) {
        containerBits = 32;
      } else {
        warnings.add("block align " + blockAlign + " does not match " + channels + " x " + bits
            + "-bit; used " + expectedAlign);
      }
    }
    PcmDecoder decoder = new PcmDecoder(enc, containerBits, false, channels);
    long frames = dataBytes / decoder.frameBytes();
    if (dataBytes % decoder.frameBytes() != 0)
      warnings.add("data ends with a partial frame; it was dropped");
    AudioInfo info = new AudioInfo("WAV", sampleRate, channels, bits, frames, warnings);
    return new WavFile(info, decoder, dataOffset, frames * decoder.frameBytes());
  }

  PcmStream open(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    ch.position(dataOffset);
    InputStream in = Channels.newInputStream(ch);
    return new BytePcmStream(info, decoder, in, dataBytes);
  }

  private static ByteBuffer read(FileChannel ch, long pos, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      int r = ch.read(b, pos + b.position());
      if (r < 0) break;
    }
    b.flip();
    return b;
  }

  private static String fourCc(ByteBuffer b, int at) {
    if (b.limit() < at + 4) return "";
    char[] c = new char[4];
    for (int i = 0; i < 4; i++) {
      int v = b.get(at + i) & 0xFF;
      c[i] = v >= 32 && v < 127 ? (char) v : '?';
    }
    return new String(c);
  }
}
