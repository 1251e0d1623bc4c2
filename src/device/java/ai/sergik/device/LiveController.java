package ai.sergik.device;

import com.cycling74.max.Atom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies a {@link LiveControl} through the Live Object Model as one {@link LiveCalls.Job} and answers with the
 * new state read back from Live (https://docs.cycling74.com/apiref/lom/): Song {@code tempo},
 * {@code start_playing}/{@code stop_playing}/{@code continue_playing}, {@code is_playing}; Track {@code mute},
 * {@code solo}, {@code arm} (when {@code can_be_armed}); MixerDevice {@code volume}/{@code panning}
 * DeviceParameters ({@code value}, and {@code str_for_value} for the dB Live shows); ClipSlot {@code fire};
 * Scene {@code fire}.
 */
final class LiveController {
  /** Where the answer goes: {@code /sergik/result} or {@code /sergik/error}. */
  interface Reply {
    void result(String json);

    void error(String message);
  }

  private final LiveCalls live;

  LiveController(LiveCalls live) {
    this.live = live;
  }

  /** Reads {@code json} and applies it; a bad request is answered at once and changes nothing. */
  void control(String json, Reply reply) {
    LiveControl control;
    try {
      control = LiveControl.parse(json);
    } catch (IllegalArgumentException e) {
      reply.error(e.getMessage());
      return;
    }
    apply(control, reply);
  }

  void apply(LiveControl control, Reply reply) {
    live.submit(new Apply(control, reply));
  }

  private static final class Apply extends LiveCalls.Job {
    private final LiveControl c;
    private final Reply reply;
    private final Map<String, Object> state = new LinkedHashMap<String, Object>();

    Apply(LiveControl c, Reply reply) {
      this.c = c;
      this.reply = reply;
    }

    @Override
    void start() {
      tempo();
    }

    private void tempo() {
      if (c.tempo == null) {
        transport();
        return;
      }
      goTo("live_set", new LiveCalls.IdAnswer() {
        @Override
        public void take(int id) {
          set("tempo", c.tempo);
          get("tempo", new LiveCalls.Answer() {
            @Override
            public void take(Atom[] v) {
              state.put("tempo", v[0].toDouble());
              transport();
            }
          });
        }
      });
    }

    private void transport() {
      if (c.transport == null) {
        track();
        return;
      }
      goTo("live_set", new LiveCalls.IdAnswer() {
        @Override
        public void take(int id) {
          send(c.transport);
          isPlaying(new Runnable() {
            @Override
            public void run() {
              track();
            }
          });
        }
      });
    }

    private void isPlaying(final Runnable then) {
      goTo("live_set", new LiveCalls.IdAnswer() {
        @Override
        public void take(int id) {
          get("is_playing", new LiveCalls.Answer() {
            @Override
            public void take(Atom[] v) {
              state.put("is_playing", v[0].toInt() != 0);
              then.run();
            }
          });
        }
      });
    }

    private void track() {
      if (c.track == null) {
        fire();
        return;
      }
      LiveSteps.findTrack(this, c.track, new LiveSteps.TrackFound() {
        @Override
        public void found(final int index, final String name, int slots) {
          final String trackPath = "live_set tracks " + index;
          if (c.param.equals("volume") || c.param.equals("pan")) {
            final String parameter =
                trackPath + " mixer_device " + (c.param.equals("volume") ? "volume" : "panning");
            goTo(parameter, new LiveCalls.IdAnswer() {
              @Override
              public void take(int id) {
                if (c.deltaDb == null) {
                  set(
                      "value",
                      c.param.equals("volume") ? LiveControl.volumeValue(c.value) : c.value);
                  trackState(index, name);
                  return;
                }
                get("value", new LiveCalls.Answer() {
                  @Override
                  public void take(Atom[] now) {
                    call(
                        "str_for_value",
                        new LiveCalls.Answer() {
                          @Override
                          public void take(Atom[] shown) {
                            double db = LiveControl.decibels(Atom.toOneString(shown));
                            if (Double.isNaN(db)) {
                              throw new IllegalArgumentException("Live showed the volume of '"
                                  + name + "' as " + Atom.toOneString(shown) + ", not in dB");
                            }
                            double target = Math.max(
                                LiveControl.MIN_DB,
                                Math.min(
                                    LiveControl.MAX_DB,
                                    (db == Double.NEGATIVE_INFINITY ? LiveControl.MIN_DB : db)
                                        + c.deltaDb));
                            set("value", LiveControl.volumeValue(target));
                            trackState(index, name);
                          }
                        },
                        now[0].toDouble());
                  }
                });
              }
            });
            return;
          }
          goTo(trackPath, new LiveCalls.IdAnswer() {
            @Override
            public void take(int id) {
              if (!c.param.equals("arm")) {
                set(c.param, (int) Math.round(c.value));
                trackState(index, name);
                return;
              }
              get("can_be_armed", new LiveCalls.Answer() {
                @Override
                public void take(Atom[] v) {
                  if (v[0].toInt() == 0) {
                    fail("track '" + name
                        + "' cannot be armed (it has no input to record: a group or return track)");
                    return;
                  }
                  set("arm", (int) Math.round(c.value));
                  trackState(index, name);
                }
              });
            }
          });
        }
      });
    }

    /** Reads the track's mixer back: volume (value and Live's dB), pan, mute, solo, arm. */
    private void trackState(final int index, final String name) {
      final String trackPath = "live_set tracks " + index;
      state.put("track", name);
      goTo(trackPath + " mixer_device volume", new LiveCalls.IdAnswer() {
        @Override
        public void take(int id) {
          get("value", new LiveCalls.Answer() {
            @Override
            public void take(final Atom[] volume) {
              call(
                  "str_for_value",
                  new LiveCalls.Answer() {
                    @Override
                    public void take(Atom[] shown) {
                      double db = LiveControl.decibels(Atom.toOneString(shown));
                      state.put(
                          "volume_db",
                          Double.isNaN(db)
                              ? null
                              : db == Double.NEGATIVE_INFINITY ? "-inf" : (Object) db);
                      state.put("volume", volume[0].toDouble());
                      panAndSwitches(trackPath);
                    }
                  },
                  volume[0].toDouble());
            }
          });
        }
      });
    }

    private void panAndSwitches(final String trackPath) {
      goTo(trackPath + " mixer_device panning", new LiveCalls.IdAnswer() {
        @Override
        public void take(int id) {
          get("value", new LiveCalls.Answer() {
            @Override
            public void take(Atom[] pan) {
              state.put("pan", pan[0].toDouble());
              goTo(trackPath, new LiveCalls.IdAnswer() {
                @Override
                public void take(int id) {
                  flag("mute", new Runnable() {
                    @Override
                    public void run() {
                      flag("solo", new Runnable() {
                        @Override
                        public void run() {
                          get("can_be_armed", new LiveCalls.Answer() {
                            @Override
                            public void take(Atom[] armable) {
                              if (armable[0].toInt() == 0) {
                                state.put("arm", false);
                                fire();
                              } else {
                                flag("arm", new Runnable() {
                                  @Override
                                  public void run() {
                                    fire();
                                  }
                                });
                              }
                            }
                          });
                        }
                      });
                    }
                  });
                }
              });
            }
          });
        }
      });
    }

    private void flag(final String property, final Runnable then) {
      get(property, new LiveCalls.Answer() {
        @Override
        public void take(Atom[] v) {
          state.put(property, v[0].toInt() != 0);
          then.run();
        }
      });
    }

    private void fire() {
      if (c.fireTrack == null) {
        scene();
        return;
      }
      LiveSteps.findTrack(this, c.fireTrack, new LiveSteps.TrackFound() {
        @Override
        public void found(int index, final String name, int slots) {
          if (c.fireSlot >= slots) {
            fail("slot " + (c.fireSlot + 1) + " out of range 1.." + slots + " on track '" + name
                + "'");
            return;
          }
          goTo("live_set tracks " + index + " clip_slots " + c.fireSlot, new LiveCalls.IdAnswer() {
            @Override
            public void take(int id) {
              get("has_clip", new LiveCalls.Answer() {
                @Override
                public void take(Atom[] has) {
                  send("fire");
                  Map<String, Object> fired = new LinkedHashMap<String, Object>();
                  fired.put("track", name);
                  fired.put("slot", c.fireSlot + 1);
                  fired.put("has_clip", has[0].toInt() != 0);
                  state.put("fired", fired);
                  isPlaying(new Runnable() {
                    @Override
                    public void run() {
                      scene();
                    }
                  });
                }
              });
            }
          });
        }
      });
    }

    private void scene() {
      if (c.scene < 0) {
        finish();
        return;
      }
      goTo("live_set", new LiveCalls.IdAnswer() {
        @Override
        public void take(int id) {
          get("scenes", new LiveCalls.Answer() {
            @Override
            public void take(Atom[] ids) {
              int scenes = ids.length / 2;
              if (c.scene >= scenes) {
                fail("scene " + (c.scene + 1) + " out of range 1.." + scenes);
                return;
              }
              goTo("live_set scenes " + c.scene, new LiveCalls.IdAnswer() {
                @Override
                public void take(int id) {
                  get("name", new LiveCalls.Answer() {
                    @Override
                    public void take(Atom[] name) {
                      send("fire");
                      state.put("scene", c.scene + 1);
                      state.put("scene_name", Atom.toOneString(name));
                      isPlaying(new Runnable() {
                        @Override
                        public void run() {
                          finish();
                        }
                      });
                    }
                  });
                }
              });
            }
          });
        }
      });
    }

    private void finish() {
      done();
      reply.result(Json.object(state));
    }

    @Override
    void failed(String reason) {
      reply.error(reason);
    }
  }
}
