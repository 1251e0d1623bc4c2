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
 * Scene {@code fire}. The answer is the new state as JSON ({@code /sergik/result}), or why it failed
 * ({@code /sergik/error}).
 */
final class LiveController {
  private final LiveCalls live;

  LiveController(LiveCalls live) {
    this.live = live;
  }

  /** Reads {@code json} and applies it; a bad request is answered at once and changes nothing. */
  void control(String json, Outcome<String> reply) {
    LiveControl control;
    try {
      control = LiveControl.parse(json);
    } catch (IllegalArgumentException e) {
      reply.failed(e.getMessage());
      return;
    }
    apply(control, reply);
  }

  void apply(LiveControl control, Outcome<String> reply) {
    live.submit(new Apply(control, reply));
  }

  private static final class Apply extends LiveCalls.Job {
    private final LiveControl c;
    private final Outcome<String> reply;
    private final Map<String, Object> state = new LinkedHashMap<String, Object>();

    Apply(LiveControl c, Outcome<String> reply) {
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
      goTo("live_set", id -> {
        set("tempo", c.tempo);
        get("tempo", v -> {
          state.put("tempo", v[0].toDouble());
          transport();
        });
      });
    }

    private void transport() {
      if (c.transport == null) {
        track();
        return;
      }
      goTo("live_set", id -> {
        send(c.transport);
        isPlaying(this::track);
      });
    }

    private void isPlaying(Runnable then) {
      goTo("live_set", id -> flag("is_playing", then));
    }

    private void track() {
      if (c.track == null) {
        fire();
        return;
      }
      LiveSteps.findTrack(this, c.track, (index, name, slots) -> {
        String trackPath = "live_set tracks " + index;
        if (c.param.equals("volume") || c.param.equals("pan")) {
          goTo(
              trackPath + " mixer_device " + (c.param.equals("volume") ? "volume" : "panning"),
              id -> mixer(index, name));
        } else {
          goTo(trackPath, id -> trackSwitch(index, name));
        }
      });
    }

    /** The live.path points at the track's volume or panning. */
    private void mixer(int index, String name) {
      if (c.deltaDb == null) {
        set("value", c.param.equals("volume") ? LiveControl.volumeValue(c.value) : c.value);
        trackState(index, name);
        return;
      }
      shown((text, value) -> {
        double db = LiveAnswers.decibels(text);
        if (Double.isNaN(db)) {
          throw new IllegalArgumentException(
              "Live showed the volume of '" + name + "' as " + text + ", not in dB");
        }
        double from = db == Double.NEGATIVE_INFINITY ? LiveControl.MIN_DB : db;
        double target =
            Math.max(LiveControl.MIN_DB, Math.min(LiveControl.MAX_DB, from + c.deltaDb));
        set("value", LiveControl.volumeValue(target));
        trackState(index, name);
      });
    }

    /** The live.path points at the track: mute, solo, or arm (when it can be armed). */
    private void trackSwitch(int index, String name) {
      if (!c.param.equals("arm")) {
        set(c.param, (int) Math.round(c.value));
        trackState(index, name);
        return;
      }
      get("can_be_armed", v -> {
        if (v[0].toInt() == 0) {
          fail("track '" + name
              + "' cannot be armed (it has no input to record: a group or return track)");
          return;
        }
        set("arm", (int) Math.round(c.value));
        trackState(index, name);
      });
    }

    /** The value of the parameter the live.path points at, and how Live shows it ({@code -3.0 dB}). */
    private void shown(Shown then) {
      get(
          "value",
          now -> call(
              "str_for_value",
              shown -> then.take(Atom.toOneString(shown), now[0].toDouble()),
              now[0].toDouble()));
    }

    /** The answer of {@link #shown}. */
    private interface Shown {
      void take(String text, double value);
    }

    /** Reads the track's mixer back: volume (value and Live's dB), pan, mute, solo, arm. */
    private void trackState(int index, String name) {
      String trackPath = "live_set tracks " + index;
      state.put("track", name);
      goTo(
          trackPath + " mixer_device volume",
          id -> shown((text, value) -> {
            double db = LiveAnswers.decibels(text);
            state.put(
                "volume_db",
                Double.isNaN(db) ? null : db == Double.NEGATIVE_INFINITY ? "-inf" : (Object) db);
            state.put("volume", value);
            panAndSwitches(trackPath);
          }));
    }

    private void panAndSwitches(String trackPath) {
      goTo(
          trackPath + " mixer_device panning",
          id -> get("value", pan -> {
            state.put("pan", pan[0].toDouble());
            goTo(
                trackPath,
                track -> flag(
                    "mute",
                    () -> flag(
                        "solo",
                        () -> get("can_be_armed", armable -> {
                          if (armable[0].toInt() == 0) {
                            state.put("arm", false);
                            fire();
                          } else {
                            flag("arm", this::fire);
                          }
                        }))));
          }));
    }

    /** Reads an on/off property of the object the live.path points at into the state. */
    private void flag(String property, Runnable then) {
      get(property, v -> {
        state.put(property, v[0].toInt() != 0);
        then.run();
      });
    }

    private void fire() {
      if (c.fireTrack == null) {
        scene();
        return;
      }
      LiveSteps.findTrack(this, c.fireTrack, (index, name, slots) -> {
        if (c.fireSlot >= slots) {
          fail("slot " + (c.fireSlot + 1) + " out of range 1.." + slots + " on track '" + name
              + "'");
          return;
        }
        goTo(
            "live_set tracks " + index + " clip_slots " + c.fireSlot,
            id -> get("has_clip", has -> {
              send("fire");
              Map<String, Object> fired = new LinkedHashMap<String, Object>();
              fired.put("track", name);
              fired.put("slot", c.fireSlot + 1);
              fired.put("has_clip", has[0].toInt() != 0);
              state.put("fired", fired);
              isPlaying(this::scene);
            }));
      });
    }

    private void scene() {
      if (c.scene < 0) {
        finish();
        return;
      }
      goTo(
          "live_set",
          id -> get("scenes", ids -> {
            int scenes = ids.length / 2;
            if (c.scene >= scenes) {
              fail("scene " + (c.scene + 1) + " out of range 1.." + scenes);
              return;
            }
            goTo(
                "live_set scenes " + c.scene,
                scene -> get("name", name -> {
                  send("fire");
                  state.put("scene", c.scene + 1);
                  state.put("scene_name", Atom.toOneString(name));
                  isPlaying(this::finish);
                }));
          }));
    }

    private void finish() {
      done();
      reply.done(Json.object(state));
    }

    @Override
    void failed(String reason) {
      reply.failed(reason);
    }
  }
}
