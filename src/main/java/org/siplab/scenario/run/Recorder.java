package org.siplab.scenario.run;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.DialogObserver;
import org.siplab.element.ElementEvents;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.sim.Datagram;
import org.siplab.sim.DatagramEvent;
import org.siplab.sim.FateCause;
import org.siplab.sim.NetworkObserver;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.DiscardedDatagram;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.TransactionId;
import org.siplab.transaction.TransactionKind;
import org.siplab.transaction.TransactionObserver;
import org.siplab.transaction.TransactionState;

/**
 * Turns what every layer reports into the run's {@link Trace}, and keeps the cause of each event:
 * the run loop's every step begins with a datagram arriving, a timer firing or a script action,
 * and whatever happens synchronously after it was caused by it.
 */
public final class Recorder
    implements NetworkObserver, TransactionObserver, DialogObserver, ElementEvents {

  private final Trace trace;
  private final java.util.function.LongSupplier clock;
  /**
   * Datagram id to its send event, whose seq causes and whose ids name the datagram's later
   * events; read-only lookups, never iterated.
   */
  private final Map<Long, TraceEvent.Send> sendOfDatagram = new HashMap<>();
  private final CallIds calls = new CallIds();
  private long cause = TraceEvent.NO_CAUSE;
  private Outgoing outgoing;
  /** The seq of the event that set each running transaction timer: it causes the firing. */
  private final Map<String, Long> timerSetBy = new HashMap<>();

  /** What a transport announced right before the network's send. */
  private record Outgoing(SipMessage message, TransactionId transaction, String retransmittedBy) {}

  public Recorder(Trace trace, java.util.function.LongSupplier clock) {
    this.trace = trace;
    this.clock = clock;
  }

  public Trace trace() {
    return trace;
  }

  /** The seq of the event that caused what is happening now. */
  public long cause() {
    return cause;
  }

  /** Records a script action at a fixed time; what it makes happen is caused by it. */
  public long action(String element, String action, String detail) {
    return action(TraceEvent.NO_CAUSE, element, action, detail);
  }

  /**
   * Records a script action that an element's event triggered ({@code on:}): its cause is
   * {@code triggeredBy}, the event that made the element's event happen; what the action makes
   * happen is caused by it.
   */
  public long action(long triggeredBy, String element, String action, String detail) {
    long now = clock.getAsLong();
    TraceEvent.Action a = trace.append(seq -> new TraceEvent.Action(seq, now, triggeredBy,
        element, action, detail));
    cause = a.seq();
    return cause;
  }

  // ---- the network ---------------------------------------------------------------------------

  @Override
  public void onDatagramEvent(DatagramEvent event) {
    long now = event.timeUs();
    Datagram d = event.datagram();
    if (event instanceof DatagramEvent.Sent) {
      recordSend(d, now);
    } else {
      recordFate(event, d, now, sendOfDatagram.get(d.id()));
    }
  }

  /**
   * A datagram's deliver, drop, duplicate or delay: caused by its send, and carrying the send's
   * Call-ID, CSeq, transaction and dialog. The kernel knows no SIP, so it is here, where the send
   * was recorded, that the datagram's events get their ids.
   */
  private void recordFate(DatagramEvent event, Datagram d, long now, TraceEvent.Send s) {
    long send = s == null ? TraceEvent.NO_CAUSE : s.seq();
    String callId = s == null ? null : s.callId();
    String cseq = s == null ? null : s.cseq();
    String tx = s == null ? null : s.transaction();
    String dialog = s == null ? null : s.dialog();
    if (event instanceof DatagramEvent.Delivered delivered) {
      TraceEvent.Deliver e = trace.append(seq -> new TraceEvent.Deliver(seq, now, send,
          d.fromHost(), toName(d), d.id(), delivered.copy(), callId, cseq, tx, dialog));
      cause = e.seq();
    } else if (event instanceof DatagramEvent.Dropped dropped) {
      String fault = dropped.cause() instanceof FateCause.FaultHit hit ? hit.description() : null;
      trace.append(seq -> new TraceEvent.Drop(seq, now, send, d.fromHost(), toName(d), d.id(),
          dropped.cause().describe(), fault, dropped.copy(), callId, cseq, tx, dialog));
    } else if (event instanceof DatagramEvent.Duplicated dup) {
      trace.append(seq -> new TraceEvent.Duplicate(seq, now, send, d.fromHost(), toName(d),
          d.id(), dup.cause().describe(), callId, cseq, tx, dialog));
    } else if (event instanceof DatagramEvent.Delayed delayed) {
      trace.append(seq -> new TraceEvent.Delay(seq, now, send, d.fromHost(), toName(d), d.id(),
          delayed.extraDelayUs(), delayed.cause().describe(), callId, cseq, tx, dialog));
    }
  }

  private void recordSend(Datagram d, long now) {
    Outgoing o = outgoing;
    outgoing = null;
    SipMessage m = o == null ? null : o.message();
    String callId = m == null ? null : m.callId();
    String cseq = m == null || m.cseq() == null ? null : m.cseq().toString();
    String transaction = o == null || o.transaction() == null ? null : o.transaction().toString();
    String dialog = m == null ? null : DialogId.keyOf(m);
    String retransmittedBy = o == null ? null : o.retransmittedBy();
    long sendCause = cause;
    TraceEvent.Send e = trace.append(seq -> new TraceEvent.Send(seq, now, sendCause, d.fromHost(),
        toName(d), d.from().toString(), d.to().toString(), d.id(),
        d.readPayload(bytes -> new String(bytes, StandardCharsets.UTF_8)), callId, cseq,
        transaction, dialog, retransmittedBy));
    sendOfDatagram.put(d.id(), e);
  }

  private static String toName(Datagram d) {
    return d.toHost().isEmpty() ? d.to().toString() : d.toHost();
  }

  // ---- the transaction layer --------------------------------------------------------------

  @Override
  public void beforeSend(String element, SipMessage message, TransactionId transaction,
      String retransmittedBy) {
    outgoing = new Outgoing(message, transaction, retransmittedBy);
  }

  @Override
  public void created(String element, TransactionId transaction, SipRequest request) {
    calls.transaction(element, transaction, request);
  }

  @Override
  public void stateChanged(String element, TransactionId transaction, TransactionKind kind,
      TransactionState from, TransactionState to, String reason) {
    long c = cause;
    long now = clock.getAsLong();
    CallIds.Ids ids = calls.ofTransaction(element, transaction);
    trace.append(seq -> new TraceEvent.Transaction(seq, now, c, element, transaction.toString(),
        kind.label(), from == null ? null : from.label(), to.label(), reason, ids.callId(),
        ids.dialog()));
  }

  @Override
  public void timerSet(String element, TransactionId transaction, TimerName timer,
      long durationUs) {
    long set = timerEvent(cause, element, transaction.toString(), timer.label(), "set",
        durationUs);
    timerSetBy.put(timerKey(element, transaction.toString(), timer.label()), set);
  }

  @Override
  public void timerFired(String element, TransactionId transaction, TimerName timer,
      long durationUs) {
    Long set = timerSetBy.remove(timerKey(element, transaction.toString(), timer.label()));
    cause = timerEvent(set == null ? cause : set, element, transaction.toString(), timer.label(),
        "fired", durationUs);
  }

  private static String timerKey(String element, String owner, String timer) {
    return element + "\n" + owner + "\n" + timer;
  }

  @Override
  public void timerCancelled(String element, TransactionId transaction, TimerName timer,
      long durationUs) {
    timerSetBy.remove(timerKey(element, transaction.toString(), timer.label()));
    timerEvent(cause, element, transaction.toString(), timer.label(), "cancelled", durationUs);
  }

  /**
   * Records a timer event of an element, caused by what is happening now; returns its seq.
   *
   * @param callId the call the element said the timer belongs to, or null
   */
  long timer(String element, String callId, String owner, String name, String action,
      long durationUs) {
    return timerEvent(cause, element, callId, owner, name, action, durationUs);
  }

  private long timerEvent(long c, String element, String owner, String name, String action,
      long durationUs) {
    return timerEvent(c, element, null, owner, name, action, durationUs);
  }

  /**
   * Records a timer event; its Call-ID and dialog are those of its owner when the owner is a
   * transaction or dialog of the element (transaction timers A-M, a proxy's Timer C, a 2xx
   * retransmission), else the Call-ID the element gave, if any.
   */
  private long timerEvent(long c, String element, String callId, String owner, String name,
      String action, long durationUs) {
    long now = clock.getAsLong();
    CallIds.Ids known = calls.ofOwner(element, owner);
    CallIds.Ids ids = known.callId() == null ? new CallIds.Ids(callId, null) : known;
    return trace.append(seq -> new TraceEvent.Timer(seq, now, c, element, owner, name, action,
        durationUs, ids.callId(), ids.dialog())).seq();
  }

  /**
   * A timer of an element or UA core fired; the event that set it (seq {@code setBy}) caused the
   * firing, and the firing causes what follows.
   */
  void elementTimerFired(long setBy, String element, String callId, String owner, String name,
      long durationUs) {
    cause = timerEvent(setBy, element, callId, owner, name, "fired", durationUs);
  }

  @Override
  public void discarded(String element, DiscardedDatagram discarded) {
    String first = discarded.diagnostics().isEmpty() ? ""
        : "; " + discarded.diagnostics().get(0);
    note(element, discarded.answered() ? "answered 400" : "discarded",
        discarded.reason() + first);
  }

  // ---- dialogs and elements ---------------------------------------------------------------

  @Override
  public void dialogChanged(String element, Dialog before, Dialog after, String reason) {
    calls.dialog(element, after.id().key(), after.id().callId());
    long c = cause;
    long now = clock.getAsLong();
    trace.append(seq -> new TraceEvent.Dialog(seq, now, c, element, after.id().key(),
        after.id().callId(), before == null ? null : label(before), label(after),
        after.localCseq(), after.remoteCseq(),
        after.remoteTarget() == null ? null : after.remoteTarget().toString(), reason));
  }

  private static String label(Dialog d) {
    return d.state().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void binding(String element, String aor, String contact, String action,
      long expiresUs) {
    long c = cause;
    long now = clock.getAsLong();
    trace.append(seq -> new TraceEvent.Binding(seq, now, c, element, aor, contact, action,
        expiresUs));
  }

  @Override
  public void media(String element, String peer, String action, String codec, String localRtp,
      String remoteRtp) {
    long c = cause;
    long now = clock.getAsLong();
    trace.append(seq -> new TraceEvent.Media(seq, now, c, element, peer, action, codec, localRtp,
        remoteRtp));
  }

  @Override
  public void state(String element, String from, String to) {
    note(element, "state", from + " -> " + to);
  }

  @Override
  public void note(String element, String action, String detail) {
    long c = cause;
    long now = clock.getAsLong();
    trace.append(seq -> new TraceEvent.Action(seq, now, c, element, action, detail));
  }
}
