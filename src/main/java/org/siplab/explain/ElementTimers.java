package org.siplab.explain;

/**
 * The timers elements set for themselves, by the names they give them in the trace: a proxy's
 * Timer C, a phone's registration refresh, a registrar's binding expiry, a phone's answer delay.
 */
final class ElementTimers {

  /** An element's own timers take their values from the scenario or the messages, not from T1. */
  private static final TimerValues.Basis OWN = TimerValues.Basis.ELEMENT;

  private ElementTimers() {}

  /**
   * What the PBX's give-up timer does when it fires: its caller had its answer (487 to a
   * CANCEL, 480 at the ring timeout) before the PBX cancelled its own INVITE, so only the
   * outbound leg is left to give up. The timer has the phone's label; the owner's kind picks.
   */
  static final String PBX_GIVES_UP = "no final response came: the PBX destroys its INVITE client"
      + " transaction towards the callee and forgets the call, whose caller it had already"
      + " answered";

  static TimerCatalog.Info of(String label) {
    if (label.equals("Timer C")) {
      return new TimerCatalog.Info("Timer C", "gives up on this INVITE branch if no final response"
          + " comes in time", "no final response came on this branch in time: the proxy cancels"
          + " the branch or answers 408", "the branch got its final response",
          Rfc.cite("16.6 step 11", "16.8"), TimerValues.Basis.FIXED);
    }
    if (label.equals("registration refresh")) {
      return new TimerCatalog.Info("registration refresh timer", "registers again before the"
          + " binding expires", "the binding is about to expire, so the phone registers again",
          "the registration ended, so no refresh is needed", Rfc.cite("10.2.4"), OWN);
    }
    if (label.equals("registration expiry") || label.startsWith("expiry of ")) {
      String name = label.startsWith("expiry of ") ? "expiry timer of " + label.substring(10)
          : "registration expiry timer";
      return new TimerCatalog.Info(name, "removes the binding when it expires unless"
          + " it is refreshed", "the binding was not refreshed in time and expires",
          "the binding was refreshed or removed first", Rfc.cite("10.2.1.1", "10.3"), OWN);
    }
    if (label.equals("answer")) {
      return new TimerCatalog.Info("answer timer", "answers the ringing call after the scenario's"
          + " delay", "the phone answers now", "the call ended before it was answered",
          Rfc.cite("13.3.1"), OWN);
    }
    if (label.equals("provisional refresh")) {
      return new TimerCatalog.Info("provisional refresh timer", "sends the provisional response"
          + " again if the phone is still alerting a minute from now, so that no proxy cancels the"
          + " INVITE for a gap of 3 minutes between responses", "the phone is still alerting, so"
          + " it sends its provisional response again", "the phone answered, declined or was"
          + " cancelled, so no more provisional responses are needed", Rfc.cite("13.3.1.1"), OWN);
    }
    if (label.equals("cancel if unanswered")) {
      return new TimerCatalog.Info("cancel-if-unanswered timer", "cancels the INVITE if nobody"
          + " answers in time", "nobody answered in time, so the phone cancels the INVITE",
          "the call was answered or ended first", Rfc.cite("9.1"), OWN);
    }
    if (label.equals("give up 64*T1 after CANCEL")) {
      return new TimerCatalog.Info("give-up timer", "gives up on the cancelled INVITE if no final"
          + " response comes within 64*T1, since a 487 may never come (an RFC 2543 UAS sends"
          + " none)", "no final response came: the phone destroys its INVITE client"
          + " transaction and the call fails", "the INVITE got its final response",
          Rfc.cite("9.1"), OWN);
    }
    if (label.equals("ring timeout")) {
      return new TimerCatalog.Info("ring timeout", "gives up on the call if the callee has not"
          + " answered in time, as the timeout of the dialplan's Dial() does", "the callee did not"
          + " answer in time: the PBX cancels its INVITE and answers the caller 480 (408 if the"
          + " callee sent nothing back)", "the callee answered or the call ended first",
          Rfc.cite("9.1", "21.4.18"), OWN);
    }
    if (label.equals("re-INVITE after 491")) {
      return new TimerCatalog.Info("re-INVITE retry timer", "waits a random time before trying"
          + " again the re-INVITE that got 491", "the wait is over: the re-INVITE is tried again",
          "the call ended first", Rfc.cite("14.1"), OWN);
    }
    if (label.equals("retransmit after timeout")) {
      return new TimerCatalog.Info("\"" + label + "\" timer", "sends the timed-out request once"
          + " more, which a client transaction whose Timer B or F fired MUST NOT do: it is"
          + " terminated", "the misbehaving phone sends the timed-out request again",
          "the phone no longer needs it", Rfc.cite("17.1.1.2", "17.1.2.2"), OWN);
    }
    if (label.equals("no Via: no response")) {
      return new TimerCatalog.Info("\"" + label + "\" timer", "gives up on a branch whose copy"
          + " carried no Via of this proxy, since no response can come back to it",
          "the branch is treated as timed out", "a response came after all",
          Rfc.cite("16.6 step 8", "16.8"), OWN);
    }
    return new TimerCatalog.Info("\"" + label + "\" timer", "is a timer of the element itself",
        "the element acts on it", "the element no longer needs it", ActionSections.NO_RFC,
        OWN);
  }
}
