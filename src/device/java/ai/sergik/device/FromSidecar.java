package ai.sergik.device;

import ai.sergik.osc.OscProtocol;

/**
 * What the sidecar says, on Max's main thread: connection state, notes (pushes and answers to prompts), errors,
 * and its requests of Live ({@code /ableton/set}, {@code /ableton/read}, rate-limited) and suggestions.
 */
final class FromSidecar implements SidecarLink.Listener {
  /** Controls from the sidecar ({@code /ableton/set}, {@code /ableton/read}) the device takes a second, and in a burst. */
  static final double CONTROLS_PER_SECOND = 20;

  static final double CONTROL_BURST = 40;

  /** Reached through the device, whose parts are made after the link that speaks to this. */
  private final DeviceCore core;

  private final Clock time;
  private final TokenBucket controls = new TokenBucket(CONTROLS_PER_SECOND, CONTROL_BURST);

  FromSidecar(DeviceCore core, Clock time) {
    this.core = core;
    this.time = time;
  }

  @Override
  public void status(boolean connected, String detail) {
    core.display().sidecarState(connected);
    core.display().status(detail);
  }

  @Override
  public void notes(int request, String json) {
    core.clips().pushed(request, json);
  }

  @Override
  public void error(int request, String message) {
    if (!core.suggestions().suggestionFailed(request, message)) {
      core.display().sidecarError(request, message);
    }
  }

  @Override
  public void result(int request, String json) {
    core.display().post("sergik: sidecar answered request " + request + ": " + json);
  }

  @Override
  public void request(String address, final int request, String json) {
    final SidecarLink link = core.bridge().link();
    if (link == null) {
      return;
    }
    Outcome<String> reply = Outcome.of(
        answer -> link.reply(request, answer), message -> link.replyError(request, message));
    if (OscProtocol.SUGGEST.equals(address)) {
      core.suggestions().suggestions(request, json);
    } else if (!controls.take(time.now())) {
      reply.failed("too many requests: the device takes at most " + (int) CONTROLS_PER_SECOND
          + " a second (bursts of " + (int) CONTROL_BURST + "); try again in a moment");
    } else if (OscProtocol.SET.equals(address)) {
      core.controller().control(json, reply);
    } else {
      core.clips().read(request, json, reply);
    }
  }
}
