package ai.sergik.analysis;

import ai.sergik.music.Key;
import java.nio.file.Path;

/** Renders the demo loop shipped in data/audio/demo (92 BPM, B minor) with the JDK synthesizer. */
public final class MakeDemoLoop {
  public static void main(String[] args) {
    System.out.println(TestMusic.render(
        TestMusic.song(Key.of(11, true), 92, 4, 92), Path.of(args[0]), "loop.wav"));
  }
}
