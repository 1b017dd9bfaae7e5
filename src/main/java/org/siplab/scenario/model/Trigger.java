package org.siplab.scenario.model;

/** When a script step fires: at a virtual time, or after an element reports an event. */
public sealed interface Trigger {

  /** {@code at: 2s}: at this virtual time from the start of the run. */
  record At(Duration time) implements Trigger {}

  /**
   * {@code on: bob.incoming, after: 1s}: each time {@code element} reports {@code event}, {@code
   * after} later.
   */
  record On(String element, String event, Duration after) implements Trigger {}
}
