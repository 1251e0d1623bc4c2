package ai.sergik.analysis;

import javax.sound.midi.*;

public final class TempoScratch2 {
  public static void main(String[] args) throws Exception {
    java.util.List<GenreGrooves.Genre> all = new java.util.ArrayList<>(GenreGrooves.SLOW);
    all.addAll(GenreGrooves.FAST);
    for (GenreGrooves.Clip c : GenreGrooves.clips(all, 1, 1)) {
      if (!c.genre().name().equals(args[0])) continue;
      Track t = c.song(20).getTracks()[0];
      for (int i = 0; i < t.size(); i++) {
        MidiEvent e = t.get(i);
        if (e.getTick() >= 1920) break;
        if (e.getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.NOTE_ON)
          System.out.println(e.getTick() + " ch" + m.getChannel() + " n" + m.getData1() + " v" + m.getData2());
      }
    }
  }
}
