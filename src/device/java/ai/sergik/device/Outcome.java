package ai.sergik.device;

import java.util.function.Consumer;

/**
 * What became of a piece of work with Live (a clip read or written, a control applied): its value, or one line
 * saying why it failed.
 */
interface Outcome<T> {
  void done(T value);

  void failed(String reason);

  /** The outcome that gives the value to {@code done} and the reason to {@code failed}. */
  static <T> Outcome<T> of(Consumer<? super T> done, Consumer<String> failed) {
    return new Outcome<T>() {
      @Override
      public void done(T value) {
        done.accept(value);
      }

      @Override
      public void failed(String reason) {
        failed.accept(reason);
      }
    };
  }
}
