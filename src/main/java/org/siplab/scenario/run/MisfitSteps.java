package org.siplab.scenario.run;

import java.util.List;
import org.siplab.element.phone.PhoneState;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;

/**
 * The script steps that found their phone in a call they cannot act on (an answer while the phone
 * talks, a hold while its call still rings, a cancel of a call already answered), tallied as the
 * run goes and given back as notes. The phone only notes such a step in the trace ("nothing to
 * answer", "cannot hold"), where a writer who timed the step wrong does not look. So does a
 * second cancel or hangup while the first CANCEL waits or is not answered yet (section 9.1: one
 * CANCEL an INVITE). A step that found no call at all is {@link IdleSteps}'s.
 */
final class MisfitSteps {

  /**
   * How a phone's trace notes a cancel or hangup while the CANCEL of its call is under way (the
   * phone's {@code OutgoingInvite}).
   */
  static final String ALREADY_CANCELLING = "already cancelling";

  private final Scenario scenario;
  private final StepTallies tallies = new StepTallies();

  MisfitSteps(Scenario scenario) {
    this.scenario = scenario;
  }

  /** {@code step} did nothing at {@code nowUs}, for the reason {@code why}. */
  void found(ScriptStep step, long nowUs, String why) {
    tallies.found(step, nowUs, why);
  }

  /** The notes, one a step, in the order of the script. */
  List<RunResult.MisfitStep> notes() {
    return tallies.notes(scenario.script(), (step, t) -> new RunResult.MisfitStep(
        step.position(), step.action().toString(), t.times(), t.firstUs(), t.detail()));
  }

  /**
   * Why {@code action} of phone {@code name} did nothing in {@code state}, a state with a call,
   * and what step does what the writer wanted: {@code alice was in an established call (it was
   * in-call): answer takes a call that rings ...}.
   */
  static String why(String name, String action, PhoneState state) {
    String was = was(name, state) + " (it was " + state + ")";
    String step = name + "." + action;
    return switch (action) {
      case "answer", "decline", "busy" -> was + ": " + step + " " + refuses(action)
          + afterRinging(name, action, state);
      case "cancel" -> was + cancelHint(name, state);
      default -> was + ": " + step + (action.equals("info")
          ? " sends an INFO, which this phone does only in an established call"
          : " sends a re-INVITE, and RFC 3261 section 14.1 says \"a UAC MUST NOT initiate a new"
              + " INVITE transaction within a dialog while another INVITE transaction is in"
              + " progress in either direction\", and the call's first INVITE was still in"
              + " progress")
          + "; time the step after the answer, or write it { on: " + name + ".in-call, do: "
          + step + " }";
    };
  }

  /**
   * Why a cancel or hangup of phone {@code name} did nothing while its call's CANCEL was under way,
   * {@code pending} being where the phone says that CANCEL stands.
   */
  static String alreadyCancelling(String name, PhoneState state, String pending) {
    return name + " had already cancelled its call (it was " + state + "): " + pending
        + "; a second CANCEL would change nothing";
  }

  private static String was(String name, PhoneState state) {
    return switch (state) {
      case CALLING, EARLY -> name + " was placing a call, not receiving one";
      case RINGING -> name + " was being called, and the call was not established yet";
      case ANSWERED -> name + " had answered a call, and the call was not established yet";
      case IN_CALL -> name + " was in an established call";
      case ON_HOLD -> name + " was in an established call, on hold";
      default -> name + " had a call";
    };
  }

  private static String refuses(String action) {
    return action.equals("answer") ? "answers a call that rings at this phone"
        : "refuses a call that rings at this phone (" + (action.equals("busy") ? "486" : "603")
            + ")";
  }

  private static String afterRinging(String name, String action, PhoneState state) {
    return switch (state) {
      case CALLING, EARLY -> ", and " + name + " was the caller: the called phone "
          + (action.equals("answer") ? "answers (its answer: setting, or its own answer step)"
              : "refuses") + "; to give up the call, " + name + ".cancel";
      case ANSWERED -> ", and " + name + " had answered it already (its answer: setting, or an"
          + " earlier step): its 200 was waiting for the ACK";
      default -> ", and " + name + "'s call had been answered; to end it, " + name + ".hangup"
          + " (BYE)" + (action.equals("answer") ? "; to hold it, " + name + ".hold" : "");
    };
  }

  private static String cancelHint(String name, PhoneState state) {
    if (state == PhoneState.RINGING) {
      return ": " + name + ".cancel withdraws an INVITE this phone sent, and " + name + " was"
          + " the called phone; to refuse the call, " + name + ".decline or " + name + ".busy";
    }
    if (state == PhoneState.ANSWERED) {
      return ": " + name + ".cancel withdraws an INVITE this phone sent, and " + name + " was"
          + " the called phone, which had answered; to end the call, " + name + ".hangup (its"
          + " BYE waits for the ACK, RFC 3261 section 15)";
    }
    return ": a CANCEL withdraws only an INVITE that has no final response yet (RFC 3261"
        + " section 9.1), and " + name + "'s call had been answered; to end it, " + name
        + ".hangup (BYE)";
  }
}
