package org.siplab.element.proxy;

import org.siplab.element.MisbehaviourSwitch;

/**
 * A deliberate RFC violation a scenario can switch on, so that a student sees what the rule
 * checker says when a proxy breaks a rule. Each names the rule of {@code org.siplab.check.Catalog}
 * that catches it.
 */
public enum Misbehaviour implements MisbehaviourSwitch {

  /** Forwards requests with the Max-Forwards they arrived with (breaks section 16.6 step 3). */
  NO_MAX_FORWARDS_DECREMENT("no-max-forwards-decrement", "MAXFWD-001"),

  /**
   * Leaves its own Via on top of the responses it forwards (breaks section 16.7 step 3). The kept
   * Via is marked with the next element's address as {@code received} and {@code rport}, so the
   * response still reaches that element, whose transport then discards it (section 18.1.2): the
   * top Via is not its own.
   */
  KEEP_VIA("keep-via", "VIA-005"),

  /**
   * Forwards requests without a Via of its own (breaks section 16.6 step 8). Responses then go
   * straight to the element below, past the proxy, which sends its copies statelessly and treats
   * each branch as timed out after 64*T1.
   */
  NO_VIA("no-via", "VIA-004"),

  /**
   * Gives the requests it forwards another Call-ID, and the responses and requests coming back
   * the original one (breaks sections 16.6 step 1 and 16.7 step 9: a proxy forwards a copy).
   */
  CHANGE_CALL_ID("change-call-id", "CALLID-004"),

  /**
   * Answers 480 (Temporarily Unavailable) when every branch of a request timed out, where section
   * 16.7 step 6 says "If there are no final responses in the context, the proxy MUST send a 408
   * (Request Timeout) response". RFC 3665 section 3.10 publishes this flow with a 480.
   */
  TIMEOUT_480("timeout-480", "PROXY-001");

  private final String key;
  private final String rule;

  Misbehaviour(String key, String rule) {
    this.key = key;
    this.rule = rule;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String rule() {
    return rule;
  }

  /** The misbehaviour for a scenario word. */
  public static Misbehaviour fromKey(String key) {
    return MisbehaviourSwitch.fromKey(values(), key, "proxy");
  }
}
