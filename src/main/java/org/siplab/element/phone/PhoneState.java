package org.siplab.element.phone;

/**
 * What a phone is doing, as expectations and {@code on:} triggers name it. While a call is in
 * progress the state is the call's; otherwise it is {@code ended} right after a call, until the
 * registration changes or the next call starts, and else {@code registered} or {@code idle}.
 */
public enum PhoneState {
  /** Not registered and not in a call. */
  IDLE("idle"),
  /** Registered (a REGISTER got a 2xx), not in a call. */
  REGISTERED("registered"),
  /** As the caller: the INVITE is sent and nothing but 100 Trying came back. */
  CALLING("calling"),
  /** As the caller: a provisional response above 100 (180, 183) came back. */
  EARLY("early"),
  /** As the callee: the phone is alerting its user. */
  RINGING("ringing"),
  /**
   * As the callee: its 2xx is sent, which confirms the dialog (RFC 3261 section 12.1.1), and the
   * ACK has not come yet; the 2xx is retransmitted until it does, and after 64*T1 without one
   * the session ends with BYE (section 13.3.1.4).
   */
  ANSWERED("answered"),
  /** In an established call. */
  IN_CALL("in-call"),
  /** In a call that this phone or its peer put on hold. */
  ON_HOLD("on-hold"),
  /** The last call ended (BYE, CANCEL, a refusal or a failure). */
  ENDED("ended");

  private final String label;

  PhoneState(String label) {
    this.label = label;
  }

  /** The state as a scenario file writes it: {@code in-call}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
