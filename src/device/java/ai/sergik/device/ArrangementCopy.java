package ai.sergik.device;

import com.cycling74.max.Atom;

/**
 * Copies the highlighted Session clip into the Arrangement of its own track at a bar, as one undo step:
 * {@code Track.duplicate_clip_to_arrangement(clip, destination_time)} (Live 11+; "a copy of the clip at the
 * given time in the arrangement", replacing what it covers there), with the bar counted in the song's meter.
 */
final class ArrangementCopy extends LiveCalls.Job {
  interface Result {
    void copied(String clip, int bar, double beat);

    void failed(String reason);
  }

  private final int bar;
  private final Result result;

  ArrangementCopy(int bar, Result result) {
    this.bar = bar;
    this.result = result;
  }

  @Override
  void start() {
    LiveSteps.highlightedSlot(
        this,
        "no clip is highlighted; click a clip in Session view",
        (track, scene) ->
            goTo("live_set tracks " + track + " clip_slots " + scene + " clip", clip -> {
              if (clip == 0) {
                fail("the highlighted slot has no clip to copy");
                return;
              }
              copy(track, clip);
            }));
  }

  private void copy(int track, int clip) {
    LiveSteps.beatOfBar(this, bar, beat -> {
      beginUndo();
      goTo(
          "live_set tracks " + track,
          id -> call(
              "duplicate_clip_to_arrangement",
              made -> {
                if (LiveAnswers.idOf(made) == 0) {
                  fail("Live made no arrangement copy (" + Atom.toOneString(made) + ")");
                  return;
                }
                get("name", name -> {
                  done();
                  result.copied(Atom.toOneString(name), bar, beat);
                });
              },
              "id",
              clip,
              beat));
    });
  }

  @Override
  void failed(String reason) {
    result.failed(reason);
  }
}
