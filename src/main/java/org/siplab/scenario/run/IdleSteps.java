package org.siplab.scenario.run;

import java.util.List;
import java.util.Optional;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.Argument;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.scenario.model.Trigger;

/**
 * The script steps that acted on a call their phone did not have (a hangup before the call, an
 * answer after the phone answered by itself), tallied as the run goes and given back as notes.
 * The phone only records such a step in the trace as "nothing to hang up", where a student who
 * wrote the step at the wrong time does not look.
 */
final class IdleSteps {

  private final Scenario scenario;
  private final StepTallies tallies = new StepTallies();

  IdleSteps(Scenario scenario) {
    this.scenario = scenario;
  }

  /** {@code step} is about to run at {@code nowUs} and will find its phone in {@code state}. */
  void found(ScriptStep step, long nowUs, String state) {
    tallies.found(step, nowUs, state);
  }

  /** The notes, one a step, in the order of the script. */
  List<RunResult.IdleStep> notes() {
    return tallies.notes(scenario.script(), (step, t) -> new RunResult.IdleStep(step.position(),
        step.action().toString(), t.times(), t.firstUs(), t.detail(), hint(step)));
  }

  /**
   * Why the phone had no call, as far as the script alone tells: no step places a call it takes
   * part in, or the first such step comes later. Empty when a call could have come before (it
   * failed, or was over) or when an {@code on:} step may place one at any time.
   */
  private String hint(ScriptStep step) {
    String element = step.action().element();
    if (!(step.trigger() instanceof Trigger.At at)) {
      return "";
    }
    List<ScriptStep> script = scenario.script();
    int index = script.indexOf(step);
    ScriptStep firstAfter = null;
    for (int i = 0; i < script.size(); i++) {
      ScriptStep other = script.get(i);
      if (!mayPlaceCallWith(other.action(), element)) {
        continue;
      }
      if (!(other.trigger() instanceof Trigger.At otherAt)) {
        return "";
      }
      int order = otherAt.time().compareTo(at.time());
      if (order < 0 || order == 0 && i < index) {
        return "";
      }
      if (firstAfter == null || otherAt.time().compareTo(timeOf(firstAfter)) < 0) {
        firstAfter = other;
      }
    }
    if (firstAfter == null) {
      return "no step of the script places a call that " + element + " takes part in";
    }
    String first = "it runs before the first call " + element + " can take part in ("
        + firstAfter.action() + " at " + timeOf(firstAfter) + ", line "
        + firstAfter.position().line() + ")";
    // The slip this catches most: the hangup written above the call, taken to run in file order.
    return firstAfter.position().compareTo(step.position()) < 0
        ? first + "; steps run at their at: times, whatever their order in the file" : first;
  }

  private static Duration timeOf(ScriptStep step) {
    return ((Trigger.At) step.trigger()).time();
  }

  /**
   * Whether {@code action} places a call that {@code element} may take part in: its own call, a
   * call to it by name, or a call to a SIP URI, which a proxy or PBX may lead to any phone.
   */
  private static boolean mayPlaceCallWith(Action action, String element) {
    if (!action.name().equals("call")) {
      return false;
    }
    if (action.element().equals(element)) {
      return true;
    }
    Optional<Argument> target = action.arguments().stream().findFirst();
    return target.isEmpty() || !(target.get() instanceof Argument.ElementTarget t)
        || t.element().equals(element);
  }
}
