package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one conversation with Live: jobs never interleave, each waits for its answers, a step Live leaves
 * unanswered fails its job naming the step and path (and closes an open undo step), and the next job runs.
 */
class LiveCallsTest {
  final List<String> sent = new ArrayList<>();
  final List<Runnable> clocks = new ArrayList<>();
  final double[] due = {Double.NaN};

  final Outlets out = new Outlets() {
    @Override
    public void message(int outlet, String selector, Object... args) {
      StringBuilder sb = new StringBuilder(outlet + ": " + selector);
      for (Object a : args) sb.append(' ').append(a);
      sent.add(sb.toString());
    }

    @Override
    public void list(int outlet, int[] values) {}
  };

  /** A clock the test fires by hand: the timeout of the step waiting now. */
  final Clock.Factory factory = task -> {
    clocks.add(task);
    return new Clock() {
      @Override
      public double now() {
        return 0;
      }

      @Override
      public void delay(double ms) {
        due[0] = ms;
      }

      @Override
      public void unset() {
        due[0] = Double.NaN;
      }

      @Override
      public void release() {}
    };
  };

  final LiveCalls live = new LiveCalls(out, factory);
  final List<String> results = new ArrayList<>();

  /** Reads {@code property} of {@code path}; reports the value or the failure. */
  LiveCalls.Job reading(String name, String path, String property, boolean undo) {
    return new LiveCalls.Job() {
      @Override
      void start() {
        goTo(path, id -> {
          if (undo) beginUndo();
          get(property, v -> {
            done();
            results.add(name + " " + Atom.toOneString(v));
          });
        });
      }

      @Override
      void failed(String reason) {
        results.add(name + " failed: " + reason);
      }
    };
  }

  @Test
  void jobsRunOneAfterAnotherEachWaitingForItsAnswers() {
    live.submit(reading("a", "live_set", "tempo", false));
    live.submit(reading("b", "live_set tracks 0", "name", false));
    assertThat(sent).containsExactly("2: goto live_set");
    live.answer(new Atom[] {Atom.newAtom("tempo"), Atom.newAtom(120.0)});
    assertThat(results).as("an answer before its step is ignored").isEmpty();
    live.target(new Atom[] {Atom.newAtom("id"), Atom.newAtom(1)});
    assertThat(sent).containsExactly("2: goto live_set", "1: get tempo");
    live.answer(new Atom[] {Atom.newAtom("name"), Atom.newAtom("Keys")});
    assertThat(results).as("another property's answer is not this step's").isEmpty();
    live.answer(new Atom[] {Atom.newAtom("tempo"), Atom.newAtom(120.0)});
    assertThat(results).containsExactly("a 120.0");
    assertThat(sent).endsWith("2: goto live_set tracks 0");
    live.target(new Atom[] {Atom.newAtom("id"), Atom.newAtom(3)});
    live.answer(new Atom[] {Atom.newAtom("name"), Atom.newAtom("Keys")});
    assertThat(results).containsExactly("a 120.0", "b Keys");
    assertThat(live.busy()).isFalse();
  }

  @Test
  void aStepLiveDoesNotAnswerFailsItsJobNamingTheStepClosesTheUndoStepAndTheNextJobRuns() {
    live.submit(reading("a", "live_set", "tempo", true));
    live.submit(reading("b", "live_set", "is_playing", false));
    live.target(new Atom[] {Atom.newAtom("id"), Atom.newAtom(1)});
    assertThat(due[0]).isEqualTo(LiveCalls.TIMEOUT_MS);
    clocks.get(0).run();
    assertThat(results)
        .containsExactly("a failed: Live did not answer in time (get tempo of live_set)");
    assertThat(sent)
        .containsExactly(
            "2: goto live_set",
            "1: call begin_undo_step",
            "1: get tempo",
            "2: goto live_set",
            "1: call end_undo_step",
            "2: goto live_set");
    live.target(new Atom[] {Atom.newAtom("id"), Atom.newAtom(1)});
    live.answer(new Atom[] {Atom.newAtom("is_playing"), Atom.newAtom(1)});
    assertThat(results).endsWith("b 1");
  }

  @Test
  void anExceptionInAStepFailsTheJobWithItsMessage() {
    live.submit(new LiveCalls.Job() {
      @Override
      void start() {
        goTo("live_set", id -> {
          throw new IllegalArgumentException("Live gave no number");
        });
      }

      @Override
      void failed(String reason) {
        results.add("failed: " + reason);
      }
    });
    live.target(new Atom[] {Atom.newAtom("id"), Atom.newAtom(1)});
    assertThat(results).containsExactly("failed: Live gave no number");
    assertThat(live.busy()).isFalse();
  }

  @Test
  void tooManyWaitingJobsAreRefusedAtOnce() {
    for (int i = 0; i <= LiveCalls.MAX_WAITING + 1; i++) {
      live.submit(reading("j" + i, "live_set", "tempo", false));
    }
    assertThat(results)
        .containsExactly("j" + (LiveCalls.MAX_WAITING + 1) + " failed: Live is busy: "
            + LiveCalls.MAX_WAITING + " requests are already waiting");
  }
}
