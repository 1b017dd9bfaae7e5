package org.siplab.explain;

import java.util.Map;
import java.util.TreeMap;

/**
 * What each timer a trace can show is for, in words, with its RFC section: the transaction timers
 * A to M of RFC 3261 section 17 and RFC 6026, the 200 ms Trying timer, and the timers of the UA
 * core and the elements (2xx retransmission, Timer C, registration refresh and expiry).
 */
final class TimerCatalog {

  /**
   * One timer.
   *
   * @param name how a sentence names it: {@code Timer A}, {@code Trying timer}
   * @param purpose what it is set for, after "it"
   * @param onFire what its firing means
   * @param onCancel what its cancellation means
   * @param citation the RFC citation, with its leading space, or "" when none applies
   * @param basis what its value is made of, so that only an RFC timer's value is put in terms
   *     of T1, T2 and T4
   */
  record Info(String name, String purpose, String onFire, String onCancel, String citation,
      TimerValues.Basis basis) {

    /** {@code Timer A}, or {@code the Trying timer}. */
    String title() {
      return name.startsWith("Timer ") ? name : "the " + name;
    }
  }

  private static final Map<String, Info> RFC_TIMERS = new TreeMap<>();

  static {
    transaction("A", "retransmits the INVITE if no response arrives",
        "the INVITE client transaction retransmits because no provisional response has arrived",
        "a response arrived, so the INVITE is not retransmitted any more", "17.1.1.2",
        TimerValues.Basis.T1_DOUBLED);
    transaction("B", "gives up if no response arrives within 64*T1",
        "no response arrived within 64*T1: the INVITE client transaction times out and tells its"
            + " TU, which treats it as a 408", "a response arrived in time", "17.1.1.2",
        TimerValues.Basis.SIXTY_FOUR_T1);
    transaction("D", "keeps the transaction Completed to ACK retransmissions of the final response",
        "the INVITE client transaction has absorbed retransmitted final responses long enough and"
            + " ends", "the transaction ended first", "17.1.1.2", TimerValues.Basis.AT_LEAST_32_S);
    transaction("E", "retransmits the request if no final response arrives",
        "the non-INVITE client transaction retransmits because no final response has arrived",
        "a final response arrived, so the request is not retransmitted any more", "17.1.2.2",
        TimerValues.Basis.T1_DOUBLED_UP_TO_T2);
    transaction("F", "gives up if no final response arrives within 64*T1",
        "no final response arrived within 64*T1: the non-INVITE client transaction times out and"
            + " tells its TU", "a final response arrived in time", "17.1.2.2",
        TimerValues.Basis.SIXTY_FOUR_T1);
    transaction("G", "retransmits the final response until the ACK arrives",
        "the INVITE server transaction retransmits its final response because no ACK has arrived",
        "the ACK arrived, so the response is not retransmitted any more", "17.2.1",
        TimerValues.Basis.T1_DOUBLED_UP_TO_T2);
    transaction("H", "gives up waiting for the ACK after 64*T1",
        "no ACK arrived within 64*T1: the INVITE server transaction ends and tells its TU",
        "the ACK arrived in time", "17.2.1", TimerValues.Basis.SIXTY_FOUR_T1);
    transaction("I", "keeps the transaction Confirmed to absorb retransmitted ACKs",
        "the INVITE server transaction has absorbed ACK retransmissions long enough and ends",
        "the transaction ended first", "17.2.1", TimerValues.Basis.T4);
    transaction("J", "keeps the transaction Completed to answer retransmissions of the request",
        "the non-INVITE server transaction has answered retransmissions long enough and ends",
        "the transaction ended first", "17.2.2", TimerValues.Basis.SIXTY_FOUR_T1);
    transaction("K", "keeps the transaction Completed to absorb retransmitted responses",
        "the non-INVITE client transaction has absorbed retransmitted responses long enough and"
            + " ends", "the transaction ended first", "17.1.2.2", TimerValues.Basis.T4);
    RFC_TIMERS.put("L", new Info("Timer L", "keeps the transaction Accepted to absorb"
        + " retransmitted INVITEs while the UA core retransmits its 2xx",
        "the INVITE server transaction leaves Accepted and ends", "the transaction ended first",
        Rfc.cite6026("8.7"), TimerValues.Basis.SIXTY_FOUR_T1));
    RFC_TIMERS.put("M", new Info("Timer M", "keeps the transaction Accepted to pass"
        + " retransmitted 2xx responses up to the UA core, which ACKs each",
        "the INVITE client transaction leaves Accepted and ends", "the transaction ended first",
        Rfc.cite6026("8.4"), TimerValues.Basis.SIXTY_FOUR_T1));
    RFC_TIMERS.put("Trying", new Info("Trying timer",
        "sends 100 Trying if the TU has not answered within 200 ms",
        "the TU has not answered within 200 ms, so the INVITE server transaction sends 100 Trying"
            + " to stop the INVITE's retransmissions",
        "the TU answered within 200 ms, so no 100 Trying is needed", Rfc.cite("17.2.1"),
        TimerValues.Basis.FIXED));
  }

  private static final Info TWO_XX = new Info("2xx retransmission timer",
      "retransmits the 2xx until the ACK arrives, for at most 64*T1",
      "no ACK has arrived yet, so the UA core retransmits its 2xx",
      "the ACK arrived or the dialog ended, so the 2xx is not retransmitted any more",
      Rfc.cite("13.3.1.4"), TimerValues.Basis.T1_DOUBLED_UP_TO_T2);

  private TimerCatalog() {}

  private static void transaction(String letter, String purpose, String onFire, String onCancel,
      String section, TimerValues.Basis basis) {
    RFC_TIMERS.put(letter, new Info("Timer " + letter, purpose, onFire, onCancel,
        Rfc.cite(section), basis));
  }

  /** What the trace's timer {@code label} is, by its RFC letter or its element's name for it. */
  static Info of(String label) {
    Info rfc = RFC_TIMERS.get(label);
    if (rfc != null) {
      return rfc;
    }
    if (label.equals("2xx retransmit")) {
      return TWO_XX;
    }
    return ElementTimers.of(label);
  }

  /** {@code Timer A}, {@code the 2xx retransmission timer}. */
  static String title(String label) {
    return of(label).title();
  }
}
