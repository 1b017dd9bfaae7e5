package org.siplab.scenario.run;

import java.util.Optional;
import org.siplab.element.Element;
import org.siplab.element.LocationService;
import org.siplab.scenario.model.Action;

/**
 * How the runner drives one element: performs its script actions, subscribes to its events for
 * {@code on:} steps, reads its state and, for a registrar or PBX, its bindings. One adapter a kind
 * maps the scenario's words onto the element's methods.
 */
interface ElementAdapter {

  Element element();

  /** Carries out a script action addressed to this element. */
  void perform(Action action);

  /** Calls {@code listener} each time the element reports {@code event} (a phone's "incoming"). */
  void on(String event, Runnable listener);

  /** The element's state in the scenario's words ("in-call"). */
  default String state() {
    return element().state();
  }

  /**
   * The element's state when {@code action} is one that acts on a call (hangup, answer, hold...)
   * and the element has no call for it to act on, so that it will do nothing; else empty. The
   * runner tells the scenario's writer, who otherwise sees it only as a line of the trace.
   */
  default Optional<String> noCallFor(Action action) {
    return Optional.empty();
  }

  /**
   * Why {@code action}, just performed, did nothing although the element had a call: it was not
   * a call the action can act on (an answer while talking, a hold while ringing), and the element
   * only noted that in the trace. Empty when it did something, or found no call at all ({@link
   * #noCallFor} tells that).
   */
  default Optional<String> misfitFor(Action action) {
    return Optional.empty();
  }

  /**
   * Why {@code action}, just performed, ended before the element sent anything: a call or a
   * MESSAGE to a domain no element serves, a REGISTER with no registrar to send it to, a call
   * while the phone's line is busy with another. The element only records it in the trace, and
   * the run goes on as if the step had never been written; the runner tells the scenario's
   * writer. Empty when something was sent or the action is of another kind.
   */
  default Optional<String> failedAtOnce(Action action) {
    return Optional.empty();
  }

  /** The location service, for a bindings expectation. */
  default Optional<LocationService> locationService() {
    return Optional.empty();
  }
}
