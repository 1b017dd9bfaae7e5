package org.siplab.scenario.run;

import java.util.function.Consumer;
import org.siplab.dialog.TimerService;
import org.siplab.sim.ScheduledEvent;
import org.siplab.sim.Scheduler;

/**
 * The timers of one element on the simulation's clock; each set, firing and cancellation goes into
 * the trace, and a firing becomes the cause of what its action does (like chan_sip's
 * {@code ast_sched_add} and {@code ast_sched_del}, recorded).
 */
final class RecordingTimers implements TimerService {

  private final String element;
  private final Scheduler scheduler;
  private final Recorder recorder;
  private final Consumer<ScheduledEvent> keepsTheRunGoing;

  /**
   * @param keepsTheRunGoing told of each one-shot timer of a call ({@link #startForCall}: an
   *     answer delay, a CANCEL after a delay, a give-up timer), which the run waits for
   */
  RecordingTimers(String element, Scheduler scheduler, Recorder recorder,
      Consumer<ScheduledEvent> keepsTheRunGoing) {
    this.element = element;
    this.scheduler = scheduler;
    this.recorder = recorder;
    this.keepsTheRunGoing = keepsTheRunGoing;
  }

  private static final class Timer implements Handle {
    final String callId;
    final String owner;
    final String name;
    final long durationUs;
    ScheduledEvent event;

    Timer(String callId, String owner, String name, long durationUs) {
      this.callId = callId;
      this.owner = owner;
      this.name = name;
      this.durationUs = durationUs;
    }

    @Override
    public boolean isPending() {
      return event != null && event.isPending();
    }
  }

  @Override
  public Handle start(String owner, String name, long delayUs, Runnable action) {
    // Not startForCall: a timer of no call (a registration refresh, a binding's expiry, Timer C)
    // is not one the run waits for.
    return schedule(null, owner, name, delayUs, action);
  }

  @Override
  public Handle startForCall(String callId, String owner, String name, long delayUs,
      Runnable action) {
    Timer t = schedule(callId, owner, name, delayUs, action);
    keepsTheRunGoing.accept(t.event);
    return t;
  }

  @Override
  public Handle startRepeatingForCall(String callId, String owner, String name, long delayUs,
      Runnable action) {
    return schedule(callId, owner, name, delayUs, action);
  }

  private Timer schedule(String callId, String owner, String name, long delayUs,
      Runnable action) {
    Timer t = new Timer(callId, owner, name, delayUs);
    long setBy = recorder.timer(element, callId, owner, name, "set", delayUs);
    t.event = scheduler.schedule(delayUs, () -> {
      recorder.elementTimerFired(setBy, element, callId, owner, name, delayUs);
      action.run();
    });
    return t;
  }

  @Override
  public void cancel(Handle handle) {
    Timer t = (Timer) handle;
    if (t.event != null && scheduler.cancel(t.event)) {
      recorder.timer(element, t.callId, t.owner, t.name, "cancelled", t.durationUs);
    }
  }

  @Override
  public long nowUs() {
    return scheduler.nowUs();
  }
}
