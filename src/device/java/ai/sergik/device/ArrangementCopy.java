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
  private boolean undoOpen;

  ArrangementCopy(int bar, Result result) {
    this.bar = bar;
    this.result = result;
  }

  @Override
  void start() {
    goTo(ClipWriter.SLOT_PATH, new LiveCalls.IdAnswer() {
      @Override
      public void take(int id) {
        if (id == 0) {
          fail("no clip is highlighted; click a clip in Session view");
          return;
        }
        getPath(new LiveCalls.Answer() {
          @Override
          public void take(Atom[] path) {
            final int track = ClipWriter.trackOf(path);
            final String slot = "live_set tracks " + track + " clip_slots " + ClipWriter.sceneOf(path);
            goTo(slot + " clip", new LiveCalls.IdAnswer() {
              @Override
              public void take(final int clip) {
                if (clip == 0) {
                  fail("the highlighted slot has no clip to copy");
                  return;
                }
                copy(track, clip);
              }
            });
          }
        });
      }
    });
  }

  private void copy(final int track, final int clip) {
    goTo("live_set", new LiveCalls.IdAnswer() {
      @Override
      public void take(int id) {
        get("signature_numerator", new LiveCalls.Answer() {
          @Override
          public void take(final Atom[] num) {
            get("signature_denominator", new LiveCalls.Answer() {
              @Override
              public void take(Atom[] den) {
                final double beat = (bar - 1) * num[0].toInt() * 4.0 / Math.max(1, den[0].toInt());
                send("begin_undo_step");
                undoOpen = true;
                goTo("live_set tracks " + track, new LiveCalls.IdAnswer() {
                  @Override
                  public void take(int id) {
                    call("duplicate_clip_to_arrangement", new LiveCalls.Answer() {
                      @Override
                      public void take(Atom[] made) {
                        if (made.length != 2 || made[1].toInt() == 0) {
                          fail("Live made no arrangement copy (" + Atom.toOneString(made) + ")");
                          return;
                        }
                        get("name", new LiveCalls.Answer() {
                          @Override
                          public void take(Atom[] name) {
                            closeUndo();
                            done();
                            result.copied(Atom.toOneString(name), bar, beat);
                          }
                        });
                      }
                    }, "id", clip, beat);
                  }
                });
              }
            });
          }
        });
      }
    });
  }

  private void closeUndo() {
    if (undoOpen) {
      undoOpen = false;
      jump("live_set");
      send("end_undo_step");
    }
  }

  @Override
  void failed(String reason) {
    closeUndo();
    result.failed(reason);
  }
}
