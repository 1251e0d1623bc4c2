package ai.sergik.device;

import java.util.function.Consumer;

/**
 * What becomes of a piece of work with Live (a clip read or written, a control applied): its value goes to one
 * handler, or one line saying why it failed to the other.
 */
final class Outcome<T> {
  private final Consumer<? super T> done;
  private final Consumer<String> failed;

  private Outcome(Consumer<? super T> done, Consumer<String> failed) {
    this.done = done;
    this.failed = failed;
  }

  /** The outcome that gives the value to {@code done} and the reason to {@code failed}. */
  static <T> Outcome<T> of(Consumer<? super T> done, Consumer<String> failed) {
    return new Outcome<T>(done, failed);
  }

  void done(T value) {
    done.accept(value);
  }

  void failed(String reason) {
    failed.accept(reason);
  }
}
