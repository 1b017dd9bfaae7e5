package org.siplab.dialog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.message.SipResponse;
import org.siplab.transaction.TimerSettings;
import org.siplab.transaction.TransactionId;
import org.siplab.transaction.TransactionLayer;

/**
 * RFC 3261 section 13.3.1.4: "The 2xx response is passed to the transport with an interval that
 * starts at T1 seconds and doubles for each retransmission until it reaches T2 seconds [...].
 * Response retransmissions cease when an ACK request for the response is received." And: "If the
 * server retransmits the 2xx response for 64*T1 seconds without receiving an ACK, the dialog is
 * confirmed, but the session SHOULD be terminated. This is accomplished with a BYE, as described in
 * Section 15."
 *
 * <p>RFC 6026 lets the TU pass these retransmissions to the INVITE server transaction while it is
 * Accepted, which only hands them to the transport; siplab hands them to the transport itself,
 * which puts the same bytes on the wire and lets the trace mark each one as a retransmission.
 */
final class AnswerRetransmission {

  /** What to do when no ACK came within 64*T1. */
  interface GiveUp {
    void noAck(DialogId dialog, SipResponse answer);
  }

  /** @param transaction the INVITE server transaction the 2xx answers, named in the trace */
  private record Pending(SipResponse answer, TransactionId transaction, long startedUs,
      long intervalUs, TimerService.Handle timer) {}

  private final TransactionLayer layer;
  private final TimerService timers;
  private final TimerSettings settings;
  private final GiveUp giveUp;
  /**
   * The 2xx responses awaiting their ACK, by dialog and then by the CSeq number of the INVITE they
   * answer: a re-INVITE answered while an earlier 2xx still waits does not stop that one, whose
   * retransmissions "cease when an ACK request for the response is received" (13.3.1.4).
   */
  private final Map<DialogId, Map<Long, Pending>> pending = new LinkedHashMap<>();

  AnswerRetransmission(TransactionLayer layer, TimerService timers, TimerSettings settings,
      GiveUp giveUp) {
    this.layer = layer;
    this.timers = timers;
    this.settings = settings;
    this.giveUp = giveUp;
  }

  /** Starts retransmitting a 2xx just sent on the INVITE server transaction {@code transaction}. */
  void start(DialogId dialog, SipResponse answer, TransactionId transaction) {
    long cseq = answer.cseq().number();
    stop(dialog, cseq);
    schedule(dialog, cseq, new Pending(answer, transaction, timers.nowUs(), settings.t1Us(),
        null));
  }

  private void schedule(DialogId dialog, long cseq, Pending p) {
    TimerService.Handle handle = timers.start(dialog.key(), "2xx retransmit", p.intervalUs(),
        () -> fire(dialog, cseq));
    pending.computeIfAbsent(dialog, d -> new LinkedHashMap<>()).put(cseq, new Pending(p.answer(),
        p.transaction(), p.startedUs(), p.intervalUs(), handle));
  }

  private void fire(DialogId dialog, long cseq) {
    Pending p = pendingFor(dialog, cseq);
    if (p == null) {
      return;
    }
    long elapsed = timers.nowUs() - p.startedUs();
    if (elapsed >= 64 * settings.t1Us()) {
      stop(dialog);
      giveUp.noAck(dialog, p.answer());
      return;
    }
    // The copy answers the same INVITE, so the trace names its transaction, as for the first 2xx.
    layer.sendStateless(p.answer(), p.transaction(), "2xx");
    long next = Math.min(p.intervalUs() * 2, settings.t2Us());
    long untilGiveUp = 64 * settings.t1Us() - elapsed;
    schedule(dialog, cseq, new Pending(p.answer(), p.transaction(), p.startedUs(),
        Math.min(next, untilGiveUp), null));
  }

  private Pending pendingFor(DialogId dialog, long cseq) {
    Map<Long, Pending> byCseq = pending.get(dialog);
    return byCseq == null ? null : byCseq.get(cseq);
  }

  /** The dialog ended (or gave up): stop retransmitting every 2xx in it. */
  void stop(DialogId dialog) {
    Map<Long, Pending> byCseq = pending.remove(dialog);
    if (byCseq != null) {
      for (Pending p : byCseq.values()) {
        cancel(p);
      }
    }
  }

  /**
   * The ACK for the 2xx to the INVITE with CSeq number {@code cseq} arrived: stop retransmitting
   * that 2xx. Returns whether it was waiting.
   */
  boolean stop(DialogId dialog, long cseq) {
    Map<Long, Pending> byCseq = pending.get(dialog);
    Pending p = byCseq == null ? null : byCseq.remove(cseq);
    if (byCseq != null && byCseq.isEmpty()) {
      pending.remove(dialog);
    }
    cancel(p);
    return p != null;
  }

  private void cancel(Pending p) {
    if (p != null && p.timer() != null) {
      timers.cancel(p.timer());
    }
  }

  boolean isWaitingForAck(DialogId dialog) {
    return pending.containsKey(dialog);
  }
}
