package org.siplab.trace;

/**
 * One entry of a run's trace. Every event has a sequence number (its position, from 1), the virtual
 * time it happened, and its cause: the seq of the event that made it happen (the datagram
 * delivered, the timer fired, the script action), or {@link #NO_CAUSE}.
 *
 * <p>The JSON form (see {@link TraceJson}) names each kind by {@link #type()}; the names are part
 * of siplab's contract (DESIGN.md).
 */
public sealed interface TraceEvent {

  long NO_CAUSE = 0;

  long seq();

  long timeUs();

  long cause();

  /** The JSON {@code type}: send, deliver, drop, duplicate, delay, timer, transaction, ... */
  String type();

  /**
   * A datagram leaves an element: one per transmission, retransmissions included (DESIGN.md).
   *
   * @param from the sending element's name
   * @param to the receiving element's name, or the address when no element has it
   * @param datagram the network's id of the datagram, which deliver, drop and duplicate refer to
   * @param message the exact wire text
   * @param transaction the transaction id (branch and method) or null
   * @param dialog the dialog id or null
   * @param retransmittedBy the timer that caused a retransmission (A, E, G or "2xx"), else null
   */
  record Send(long seq, long timeUs, long cause, String from, String to, String fromAddress,
      String toAddress, long datagram, String message, String callId, String cseq,
      String transaction, String dialog, String retransmittedBy) implements TraceEvent {
    @Override
    public String type() {
      return "send";
    }

    /** The message's start line: the arrow's label in a ladder. */
    public String firstLine() {
      int cr = message.indexOf('\r');
      int lf = message.indexOf('\n');
      int end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      return end < 0 ? message : message.substring(0, end);
    }

    public boolean isRetransmission() {
      return retransmittedBy != null;
    }
  }

  /**
   * A datagram (or its duplicate copy) reached the element it was sent to. Cause: the send.
   *
   * <p>{@code callId, cseq, transaction, dialog} are those of the datagram's {@link Send}, so each
   * event about a datagram names the call, request and transaction it belongs to without a look-up
   * (null when the send had none, or in a trace.json written before these fields existed).
   */
  record Deliver(long seq, long timeUs, long cause, String from, String to, long datagram,
      boolean copy, String callId, String cseq, String transaction, String dialog)
      implements TraceEvent {
    @Override
    public String type() {
      return "deliver";
    }
  }

  /**
   * A datagram was lost: random loss, a partition, a targeted fault, nobody listening. The ids are
   * those of its {@link Send}, as for {@link Deliver}.
   */
  record Drop(long seq, long timeUs, long cause, String from, String to, long datagram,
      String reason, String fault, boolean copy, String callId, String cseq, String transaction,
      String dialog) implements TraceEvent {
    @Override
    public String type() {
      return "drop";
    }
  }

  /** A datagram will be delivered twice. The ids are those of its {@link Send}. */
  record Duplicate(long seq, long timeUs, long cause, String from, String to, long datagram,
      String reason, String callId, String cseq, String transaction, String dialog)
      implements TraceEvent {
    @Override
    public String type() {
      return "duplicate";
    }
  }

  /**
   * A datagram was held back beyond its link's delay (reordering or a targeted fault). The ids are
   * those of its {@link Send}.
   */
  record Delay(long seq, long timeUs, long cause, String from, String to, long datagram,
      long extraUs, String reason, String callId, String cseq, String transaction, String dialog)
      implements TraceEvent {
    @Override
    public String type() {
      return "delay";
    }
  }

  /**
   * A timer was set, fired or cancelled.
   *
   * @param owner the transaction or dialog id the timer belongs to, or what else an element's
   *     timer belongs to ("registration", a binding's AOR, a phone's "call 1"), or null
   * @param timer the RFC name (A ... M) or the element's name for it ("registration refresh")
   * @param action "set", "fired" or "cancelled"
   * @param durationUs how long it was set for
   * @param callId the Call-ID of the transaction or dialog that owns the timer, or of the call an
   *     element said the timer belongs to (a phone's answer delay or re-INVITE after a 491). Null
   *     for a timer of no one call: a registration's refresh, a binding's expiry (a binding
   *     outlives the REGISTERs that refresh it), a proxy's wait on a target that has no Via
   * @param dialog the dialog id when the owner is a dialog, or a transaction whose request was
   *     sent inside one (see {@link Transaction#dialog()}); else null
   */
  record Timer(long seq, long timeUs, long cause, String element, String owner, String timer,
      String action, long durationUs, String callId, String dialog) implements TraceEvent {
    @Override
    public String type() {
      return "timer";
    }
  }

  /**
   * A transaction changed state (RFC 3261 section 17, RFC 6026).
   *
   * @param kind INVITE client, INVITE server, non-INVITE client or non-INVITE server
   * @param fromState the state before, or null when the transaction is created
   * @param reason what moved it, in words ("received 180 Ringing", "Timer B fired")
   * @param callId the Call-ID of the request that created the transaction
   * @param dialog the dialog id when that request was sent inside a dialog (it carries both the
   *     From and the To tag, section 12.2), else null. A dialog-creating request (an initial
   *     INVITE) has no To tag: the dialog only comes into being with a response, and a forked
   *     INVITE can create several (sections 12.1 and 13.2.2.4), so its transaction belongs to no
   *     single dialog and its events carry none
   */
  record Transaction(long seq, long timeUs, long cause, String element, String transaction,
      String kind, String fromState, String toState, String reason, String callId,
      String dialog) implements TraceEvent {
    @Override
    public String type() {
      return "transaction";
    }
  }

  /**
   * A dialog was created, confirmed or terminated, or its CSeq bookkeeping changed (section 12).
   */
  record Dialog(long seq, long timeUs, long cause, String element, String dialog, String callId,
      String fromState, String toState, long localCseq, long remoteCseq, String remoteTarget,
      String reason) implements TraceEvent {
    @Override
    public String type() {
      return "dialog";
    }
  }

  /**
   * A registrar binding changed (section 10.3).
   *
   * @param action "added", "refreshed", "removed" (an expiration of 0), "cleared" ({@code
   *     Contact: *}), "replaced" (by another Contact, where an account has one address) or
   *     "expired"
   * @param expiresUs when the binding expires, in virtual time (0 when removed)
   */
  record Binding(long seq, long timeUs, long cause, String element, String aor, String contact,
      String action, long expiresUs) implements TraceEvent {
    @Override
    public String type() {
      return "binding";
    }
  }

  /** A media session started or ended between two phones (not simulated packet by packet). */
  record Media(long seq, long timeUs, long cause, String element, String peer, String action,
      String codec, String localRtp, String remoteRtp) implements TraceEvent {
    @Override
    public String type() {
      return "media";
    }
  }

  /** A scripted action, or a decision an element made that the messages alone do not show. */
  record Action(long seq, long timeUs, long cause, String element, String action, String detail)
      implements TraceEvent {
    @Override
    public String type() {
      return "action";
    }
  }
}
