package ai.sergik.audio;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes formats Java cannot read by piping them through an installed {@code ffmpeg}. Never
 * downloads anything: when ffmpeg is missing the user is told how to install it.
 */
final class Ffmpeg {
  private Ffmpeg() {}

  /** ffmpeg's output: 32-bit float, stereo, 44.1 kHz — enough for every feature we compute. */
  static final float RATE = 44_100f;

  static PcmStream open(Path file, String formatName) throws IOException {
    return open(file, formatName, System.getenv("PATH"));
  }

  /** As {@link #open(Path, String)}, searching the given PATH value (tests pass one without ffmpeg). */
  static PcmStream open(Path file, String formatName, String searchPath) throws IOException {
    Path exe = find(searchPath).orElseThrow(() -> new UnreadableAudioException(file, formatName
        + " is not readable in pure Java (supported: WAV, AIFF, MP3, FLAC) and ffmpeg is not on the PATH; "
        + "install ffmpeg (apt-get install ffmpeg, brew install ffmpeg) or convert the file to WAV or FLAC"));
    List<String> cmd = List.of(exe.toString(), "-nostdin", "-v", "error", "-i", file.toString(),
        "-f", "f32le", "-ac", "2", "-ar", String.valueOf((int) RATE), "-");
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    AudioInfo info = new AudioInfo(formatName, RATE, 2, null, null, new ArrayList<>());
    PcmDecoder decoder = new PcmDecoder(PcmDecoder.Encoding.FLOAT, 32, false, 2);
    return new BytePcmStream(info, decoder, p.getInputStream(), -1) ;
  }

  static java.util.Optional<Path> find(String path) {
    if (path == null) return java.util.Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("ffmpeg", "ffmpeg.exe")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }
}
