package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.siplab.check.Checker;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.FaultSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.scenario.model.TimerSpec;
import org.siplab.scenario.model.Trigger;
import org.siplab.sim.FaultAction;
import org.siplab.sim.FaultTally;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.NetworkSettings;
import org.siplab.sim.RunLimit;
import org.siplab.sim.RunOutcome;
import org.siplab.sim.TargetedFault;
import org.siplab.sim.VirtualClock;
import org.siplab.trace.Finding;
import org.siplab.transaction.TimerSettings;

/**
 * Runs a scenario: builds the network and its elements, schedules the script, runs the clock to
 * the scenario's horizon, checks the trace against the rule catalog and judges each expectation.
 */
public final class ScenarioRunner {

  /**
   * A run that takes more events than this before its horizon is a runaway (an element or timer
   * that never stops making events): the kernel stops it with {@link RunOutcome.Runaway} and the
   * run fails. The bundled 10,000-message run needs well under a tenth of it.
   */
  static final long MAX_EVENTS = 5_000_000;

  /**
   * A run goes on past its horizon at most this many times for steps still to come. An {@code
   * on:} step that its own action sets off again ({@code on: alice.failed, after: 1s, do:
   * alice.call bob} against a busy callee) always has a step to come, so each time the clock
   * reaches the horizon it would move on once more, for ever; its delay moves the clock, so the
   * standstill guard does not see it, and its trace fills memory long before the runaway limit of
   * events (the 1 s loop above filled a 6 GB heap). A chain of steps that ends needs one move
   * for each step whose delay reaches past the tail, a handful at most.
   */
  static final int MAX_HORIZON_MOVES = 10;

  /**
   * A run whose trace holds more events than this is a runaway too: the trace keeps every
   * message's text, and a loop fast enough to stay under the runaway limit of events (a phone
   * that registers again 5 ms after each 200, as the bundled long run does, kept going) would
   * still fill memory. The bundled 10,000-message run records about 116,000.
   */
  static final int MAX_TRACE_EVENTS = 200_000;

  /** The run is checked against {@link #MAX_TRACE_EVENTS} every so many kernel events. */
  private static final long CHECK_EVERY_EVENTS = 2_000;

  private final Scenario scenario;
  private final long seed;
  private final Simulation sim;
  private final Map<String, ElementAdapter> adapters = new LinkedHashMap<>();
  private final List<RunResult.ScriptProblem> problems = new ArrayList<>();
  private final IdleSteps idleSteps;
  private final MisfitSteps misfitSteps;
  private final UnsentSteps unsentSteps;
  /** The steps' trace events, which the notes below trace later events back to. */
  private final StepEvents stepEvents = new StepEvents();
  private final FailedRegistrations failedRegistrations;
  private final UnregisteredCallees unregisteredCallees;
  private final DeadEndContacts deadEndContacts;
  private final Expectations expectations;
  private final long maxEvents;
  private final int maxTraceEvents;

  private ScenarioRunner(Scenario scenario, long seed, long maxEvents, int maxTraceEvents) {
    this.scenario = scenario;
    this.seed = seed;
    this.maxEvents = maxEvents;
    this.maxTraceEvents = maxTraceEvents;
    this.sim = new Simulation(scenario.name(), seed, timers(scenario.timers()),
        NetworkWiring.profile(scenario.network().defaults()), maxEvents);
    this.expectations = new Expectations(sim, adapters);
    this.idleSteps = new IdleSteps(scenario);
    this.misfitSteps = new MisfitSteps(scenario);
    this.unsentSteps = new UnsentSteps(scenario);
    this.failedRegistrations = new FailedRegistrations(scenario, stepEvents);
    this.unregisteredCallees = new UnregisteredCallees(scenario, stepEvents);
    this.deadEndContacts = new DeadEndContacts(scenario, stepEvents);
  }

  /**
   * Runs {@code scenario} with {@code seed} (the scenario's own unless overridden).
   *
   * @throws SetupFailure when an element refuses the values it was given
   */
  public static RunResult run(Scenario scenario, long seed) {
    return run(scenario, seed, MAX_EVENTS);
  }

  /** As {@link #run(Scenario, long)}, calling the run a runaway after {@code maxEvents} events. */
  static RunResult run(Scenario scenario, long seed, long maxEvents) {
    return run(scenario, seed, maxEvents, MAX_TRACE_EVENTS);
  }

  /** As {@link #run(Scenario, long, long)}, with a runaway also past {@code maxTraceEvents}. */
  static RunResult run(Scenario scenario, long seed, long maxEvents, int maxTraceEvents) {
    return new ScenarioRunner(scenario, seed, maxEvents, maxTraceEvents).run();
  }

  private RunResult run() {
    try {
      adapters.putAll(ElementFactory.build(scenario, sim));
    } catch (IllegalArgumentException | IllegalStateException refused) {
      throw new SetupFailure("the elements cannot be built from this scenario: "
          + refused.getMessage(), refused);
    }
    NetworkWiring.apply(scenario.network(), sim.network());
    sim.start();
    for (ScriptStep step : scenario.script()) {
      schedule(step);
    }
    expectations.scheduleProbes(scenario.expectations());
    Ending ending = runToTheEnd();
    List<Finding> findings = Checker.check(sim.trace());
    return new RunResult(scenario, seed, sim.trace(), findings,
        expectations.judge(scenario.expectations(), findings), problems, ending.describe(),
        ending.runaway(), notes());
  }

  /**
   * The notes for the scenario's writer: faults that hit nothing, then links too slow, then
   * proxies whose Timer C is not above the RFC's 3 minutes, then steps that found no call to act
   * on, then steps that found a call they cannot act on, then steps that failed without sending
   * anything, then registrations that failed, then calls refused for want of a binding, then
   * calls that a redirect server's fixed table sent where no element is.
   */
  private List<RunResult.Note> notes() {
    List<RunResult.Note> notes = new ArrayList<>(idleFaults());
    notes.addAll(SlowLinks.of(scenario.network(), 64 * sim.timers().t1Us()));
    notes.addAll(ShortTimerCs.of(scenario));
    notes.addAll(idleSteps.notes());
    notes.addAll(misfitSteps.notes());
    notes.addAll(unsentSteps.notes());
    notes.addAll(failedRegistrations.notes(sim.trace()));
    notes.addAll(unregisteredCallees.notes(sim.trace()));
    notes.addAll(deadEndContacts.notes(sim.trace()));
    return notes;
  }

  /**
   * The scenario's faults that hit no message. NetworkWiring adds them to the network in the
   * scenario's order, so the network's tallies line up with the scenario's faults one for one.
   */
  private List<RunResult.IdleFault> idleFaults() {
    List<FaultSpec> specs = scenario.network().faults();
    List<FaultTally> tallies = sim.network().faultTallies();
    List<RunResult.IdleFault> idle = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      FaultSpec f = specs.get(i);
      if (tallies.get(i).hits() == 0) {
        String nth = f.nth().isPresent() ? ", nth: " + f.nth().getAsInt() : "";
        idle.add(new RunResult.IdleFault(f.position(), f.kind().name().toLowerCase(Locale.ROOT)
            + " " + f.pattern() + " from " + f.from() + " to " + f.to() + nth,
            tallies.get(i).matches()));
      }
    }
    return idle;
  }

  private static TimerSettings timers(TimerSpec t) {
    return new TimerSettings(t.t1().micros(), t.t2().micros(), t.t4().micros());
  }

  private void schedule(ScriptStep step) {
    if (step.trigger() instanceof Trigger.At at) {
      sim.at(at.time().micros(), step.action().element(), step.action().toString(),
          () -> perform(step));
    } else {
      Trigger.On on = (Trigger.On) step.trigger();
      adapters.get(on.element()).on(on.event(), () -> {
        // The element's event happens now, caused by what the recorder is handling: that is
        // also the cause of the step it triggers.
        long triggeredBy = sim.recorder().cause();
        sim.await(sim.scheduler().schedule(on.after().micros(), () -> {
          sim.recorder().action(triggeredBy, step.action().element(), step.action().toString(),
              "on " + on.element() + "." + on.event());
          perform(step);
        }));
      });
    }
  }

  private void perform(ScriptStep step) {
    // The recorder has just recorded the step's own event: what the step makes happen is caused
    // by it, which is how a later failure is traced back to the step.
    stepEvents.started(step, sim.recorder().cause());
    ElementAdapter adapter = adapters.get(step.action().element());
    adapter.noCallFor(step.action())
        .ifPresent(state -> idleSteps.found(step, sim.scheduler().nowUs(), state));
    try {
      adapter.perform(step.action());
      adapter.misfitFor(step.action())
          .ifPresent(why -> misfitSteps.found(step, sim.scheduler().nowUs(), why));
      adapter.failedAtOnce(step.action())
          .ifPresent(why -> unsentSteps.found(step, sim.scheduler().nowUs(), why));
    } catch (IllegalStateException | IllegalArgumentException e) {
      problems.add(new RunResult.ScriptProblem(step.position(),
          step.action() + ": " + e.getMessage()));
      sim.recorder().note(step.action().element(), "cannot", e.getMessage());
    }
  }

  /**
   * Runs the clock to the scenario's horizon ({@link #horizonUs}) and on past it while something
   * the run waits for is still to come: an {@code on: ... after:} step, a phone's answer delay or
   * another one-shot timer of a call ({@link Simulation#await}). Each time the clock reaches the
   * horizon with such an event pending, the horizon moves to the last of them plus the same tail,
   * so that the transactions they start run their course. What elements schedule for as long as
   * they live (registration refreshes, binding expiries, a ringing phone's provisional refresh,
   * a proxy's Timer C that the refresh keeps resetting) does not move it. The limit of
   * {@code maxEvents} counts the events of the whole run, however many times the horizon moved.
   */
  private Ending runToTheEnd() {
    long tail = tailUs();
    long horizon = horizonUs(tail);
    long events = 0;
    int moves = 0;
    while (true) {
      RunOutcome part = sim.run(new RunLimit(horizon,
          Math.min(CHECK_EVERY_EVENTS, maxEvents - events)));
      events += part.eventsRun();
      int pending = sim.scheduler().pendingCount();
      if (part instanceof RunOutcome.Runaway runaway) {
        return Ending.runaway(new RunOutcome.Runaway(runaway.timeUs(), events, pending,
            runaway.clockStuck()).describe());
      }
      if (part instanceof RunOutcome.EventLimitReached && events >= maxEvents) {
        return Ending.runaway(new RunOutcome.Runaway(part.timeUs(), events, pending).describe());
      }
      int recorded = sim.trace().events().size();
      if (recorded > maxTraceEvents) {
        return Ending.runaway("runaway: stopped at " + VirtualClock.format(part.timeUs())
            + " after " + events + " events, with " + recorded + " in the trace, more than"
            + " the " + maxTraceEvents + " siplab keeps in memory; something keeps making"
            + " messages (an 'on:' step that its own action sets off again, or elements"
            + " answering each other)");
      }
      if (part instanceof RunOutcome.EventLimitReached) {
        continue;
      }
      OptionalLong awaited = sim.lastAwaitedTimeUs();
      if (awaited.isEmpty()) {
        return new Ending(new RunOutcome.TimeReached(part.timeUs(), events, pending).describe(),
            false);
      }
      if (moves == MAX_HORIZON_MOVES) {
        return Ending.runaway("runaway: stopped at " + VirtualClock.format(part.timeUs())
            + " after " + events + " events: the run went on past its end "
            + MAX_HORIZON_MOVES + " times for steps still to come, and one is still to come at "
            + VirtualClock.format(awaited.getAsLong()) + "; an 'on:' step that its own action"
            + " sets off again never ends (such as on: alice.failed with do: alice.call against"
            + " a callee who is busy)");
      }
      moves++;
      horizon = awaited.getAsLong() + tail;
    }
  }

  /** How a run ended: the kernel's words, or siplab's, and whether it was a runaway. */
  private record Ending(String describe, boolean runaway) {
    static Ending runaway(String why) {
      return new Ending(why, true);
    }
  }

  /**
   * Where the run stops at first: the last scripted {@code at:} time and the last expectation's
   * time, plus the tail.
   */
  private long horizonUs(long tailUs) {
    long last = 0;
    for (ScriptStep step : scenario.script()) {
      if (step.trigger() instanceof Trigger.At at) {
        last = Math.max(last, at.time().micros());
      }
    }
    for (Expectation e : scenario.expectations()) {
      last = Math.max(last, Expectations.timeOf(e));
    }
    return last + tailUs;
  }

  /**
   * How long the run goes on after the last thing it waits for, so that a transaction started
   * then ends: the longest timer of a transaction, 64*T1 (Timers B, F, H, J, L, M; RFC 3261
   * section 17), Timer D (section 17.1.1.2: "at least 32 seconds for unreliable transports",
   * whatever T1 is), or T4 (Timers I and K), whichever is longest; then a second, or the slowest
   * link's delay there and back if that is longer, since a server transaction's timers start when
   * the request arrives and a client's Timer D or K when the response does. With RFC 3261's
   * defaults and links under half a second, that is 64*T1 = 32 s and a second.
   */
  private long tailUs() {
    TimerSettings t = sim.timers();
    long longest = Math.max(Math.max(t.timerB(), t.timerD()), Math.max(t.timerI(), t.timerK()));
    return longest + Math.max(1_000_000, 2 * slowestOneWayUs(sim.network().settings()));
  }

  /**
   * The longest one-way delay a datagram can meet: a link's delay, its jitter and its reordering
   * hold-back, and the largest extra delay of a fault.
   */
  static long slowestOneWayUs(NetworkSettings network) {
    long slowest = slowest(network.defaultProfile());
    for (NetworkSettings.LinkSetting link : network.links()) {
      slowest = Math.max(slowest, slowest(link.profile()));
    }
    long extra = 0;
    for (TargetedFault fault : network.faults()) {
      if (fault.action() instanceof FaultAction.Delay delay) {
        extra = Math.max(extra, delay.extraUs());
      }
    }
    return slowest + extra;
  }

  private static long slowest(LinkProfile link) {
    return link.delayUs() + link.jitterUs() + (link.reorderRatio() > 0 ? link.reorderDelayUs() : 0);
  }
}
