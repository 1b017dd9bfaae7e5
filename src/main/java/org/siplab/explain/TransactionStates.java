package org.siplab.explain;

import java.util.Map;
import java.util.TreeMap;

/**
 * What it means for each of the four transaction state machines (RFC 3261 figures 5 to 8, with RFC
 * 6026's Accepted state) to enter each state, and where the RFC draws the machine.
 */
final class TransactionStates {

  private static final Map<String, String> MEANINGS = new TreeMap<>();

  static {
    put("INVITE client", "Calling", "the INVITE is on its way; Timer A retransmits it and Timer B"
        + " limits the wait");
    put("INVITE client", "Proceeding", "a provisional response stops the INVITE's"
        + " retransmissions; the transaction now waits for a final response");
    put("INVITE client", "Completed", "a 300-699 final response arrived: the transaction ACKs it"
        + " itself and Timer D absorbs its retransmissions");
    put("INVITE client", "Accepted", "a 2xx arrived: the UA core sends the ACK, and Timer M keeps"
        + " the transaction to pass retransmitted 2xx responses up");
    put("non-INVITE client", "Trying", "the request is on its way; Timer E retransmits it and"
        + " Timer F limits the wait");
    put("non-INVITE client", "Proceeding", "a provisional response arrived; the request is still"
        + " retransmitted, now every T2");
    put("non-INVITE client", "Completed", "a final response arrived: Timer K absorbs its"
        + " retransmissions");
    put("INVITE server", "Proceeding", "the INVITE went up to the TU; a retransmitted INVITE gets"
        + " the latest provisional response again");
    put("INVITE server", "Completed", "a 300-699 final response was sent: Timer G retransmits it"
        + " until the ACK arrives and Timer H limits the wait");
    put("INVITE server", "Confirmed", "the ACK arrived: Timer I absorbs retransmitted ACKs");
    put("INVITE server", "Accepted", "a 2xx was sent: the UA core retransmits it until the ACK"
        + " arrives, and Timer L absorbs retransmitted INVITEs");
    put("non-INVITE server", "Trying", "the request went up to the TU; retransmissions of it are"
        + " discarded until there is a response to repeat");
    put("non-INVITE server", "Proceeding", "a provisional response was sent; a retransmitted"
        + " request gets it again");
    put("non-INVITE server", "Completed", "a final response was sent: Timer J keeps the"
        + " transaction to answer retransmissions of the request with it");
  }

  private TransactionStates() {}

  private static void put(String kind, String state, String meaning) {
    MEANINGS.put(kind + "/" + state, meaning);
  }

  /** What entering {@code state} means for a transaction of {@code kind}. */
  static String meaning(String kind, String state, String reason) {
    if ("Terminated".equals(state) && reason != null && reason.startsWith("TU gave up")) {
      return "the TU destroyed the transaction, which had no final response 64*T1 after its"
          + " CANCEL, as section 9.1 says it should; no figure draws this edge";
    }
    if ("Terminated".equals(state)) {
      boolean timeout = reason != null && (reason.startsWith("Timer B")
          || reason.startsWith("Timer F") || reason.startsWith("Timer H"));
      return timeout ? "the transaction timed out and is gone; its TU is told"
          : "the transaction is over and is forgotten";
    }
    return MEANINGS.getOrDefault(kind + "/" + state, "the machine is in state " + state);
  }

  /** The section and figure that draw the machine; RFC 6026 for an edge of Accepted. */
  static String citation(String kind, String fromState, String toState) {
    boolean accepted = "Accepted".equals(fromState) || "Accepted".equals(toState);
    if (kind.equals("INVITE client")) {
      return accepted ? Rfc.cite6026("8.4") : Rfc.cite("17.1.1.2", "figure 5");
    }
    if (kind.equals("non-INVITE client")) {
      return Rfc.cite("17.1.2.2", "figure 6");
    }
    if (kind.equals("INVITE server")) {
      return accepted ? Rfc.cite6026("8.7") : Rfc.cite("17.2.1", "figure 7");
    }
    if (kind.equals("non-INVITE server")) {
      return Rfc.cite("17.2.2", "figure 8");
    }
    return Rfc.cite("17");
  }
}
