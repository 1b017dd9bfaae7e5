package org.siplab.element.phone;

/** What a phone tells its {@link PhoneListener}s, as a scenario's {@code on:} triggers name it. */
public enum PhoneEvent {
  /** A REGISTER (not a query or an unregistration) got a 2xx. */
  REGISTERED("registered"),
  /** A REGISTER got a final error, timed out, or its challenge could not be answered. */
  REGISTRATION_FAILED("registration-failed"),
  /** An INVITE for a new call arrived and passed the checks of section 8.2. */
  INCOMING("incoming"),
  /** The phone alerts (as callee) or hears ringback (as caller: a 180 or 183 arrived). */
  RINGING("ringing"),
  /** The callee answered: a 2xx to this phone's INVITE arrived, or this phone sent one. */
  ANSWERED("answered"),
  /** The call is established: the ACK for the 2xx was sent (caller) or arrived (callee). */
  IN_CALL("in-call"),
  /** An established call ended: BYE sent or received, or the dialog was given up. */
  ENDED("ended"),
  /**
   * A call attempt ended before it was established: a final error, a timeout, a CANCEL (sent or
   * received), or a challenge it could not answer.
   */
  FAILED("failed");

  private final String label;

  PhoneEvent(String label) {
    this.label = label;
  }

  /** The event as a scenario file writes it: {@code registration-failed}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
