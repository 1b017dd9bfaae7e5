package org.siplab.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.siplab.codec.SipParser;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.RunSettings;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Deliver;
import org.siplab.trace.TraceEvent.Dialog;
import org.siplab.trace.TraceEvent.Send;
import org.siplab.trace.TraceEvent.Timer;

/**
 * What the annotator looks up in a trace while it explains one event: the event a seq names, an
 * element's kind, each send's parsed message, and the links a reader of the ladder follows by eye
 * (a transaction's first message, a timer's setting, a dialog's previous state, the request a
 * response answers). Built in one pass; its maps are only looked up, never iterated, so nothing
 * here depends on hash order.
 */
final class TraceIndex {

  /** RFC 3261's defaults, for a trace that recorded no settings. */
  private static final TimerValues DEFAULT_TIMERS =
      new TimerValues(500_000, 4_000_000, 5_000_000);

  private final Trace trace;
  private final TimerValues timers;
  private final Map<String, TimerValues> ownTimers = new HashMap<>();
  private final Map<String, String> kinds = new HashMap<>();
  private final Map<Long, SipMessage> parsed = new HashMap<>();
  private final Map<Long, Send> sendOfDatagram = new HashMap<>();
  private final Map<String, Send> firstClientSend = new HashMap<>();
  private final Map<String, Deliver> firstServerDelivery = new HashMap<>();
  private final Map<String, Send> firstSameText = new HashMap<>();
  private final Map<Long, Long> timerSetOf = new HashMap<>();
  private final Map<Long, List<TraceEvent>> effects = new HashMap<>();
  private final Map<String, List<Deliver>> deliveriesTo = new HashMap<>();
  private final Map<String, List<Dialog>> dialogEvents = new HashMap<>();
  private Map<String, Send> firstOfCallId;

  /** Whether the trace was made from a packet capture, where causes and arrivals are not seen. */
  boolean isCapture() {
    return trace.isCapture();
  }

  TraceIndex(Trace trace) {
    this.trace = trace;
    RunSettings settings = trace.settings();
    this.timers = settings == null ? DEFAULT_TIMERS
        : new TimerValues(settings.t1Us(), settings.t2Us(), settings.t4Us());
    for (ElementInfo e : trace.elements()) {
      kinds.put(e.name(), e.kind());
      if (e.timers() != null) {
        ownTimers.put(e.name(), new TimerValues(e.timers().t1Us(), e.timers().t2Us(),
            e.timers().t4Us(), e.name(), timers));
      }
    }
    Map<String, Long> lastTimerSet = new HashMap<>();
    for (TraceEvent e : trace.events()) {
      effects.computeIfAbsent(e.cause(), k -> new ArrayList<>()).add(e);
      if (e instanceof Send s) {
        indexSend(s);
      } else if (e instanceof Deliver d) {
        indexDelivery(d);
      } else if (e instanceof Timer t) {
        indexTimer(t, lastTimerSet);
      } else if (e instanceof Dialog d) {
        dialogEvents.computeIfAbsent(d.element() + "\n" + d.dialog(), k -> new ArrayList<>())
            .add(d);
      }
    }
  }

  private void indexSend(Send s) {
    sendOfDatagram.put(s.datagram(), s);
    firstSameText.putIfAbsent(s.from() + "\n" + s.message(), s);
    if (s.transaction() != null && !s.isRetransmission() && startsTransaction(s)) {
      firstClientSend.putIfAbsent(s.from() + "\n" + s.transaction(), s);
    }
  }

  private void indexDelivery(Deliver d) {
    deliveriesTo.computeIfAbsent(d.to(), k -> new ArrayList<>()).add(d);
    Send s = sendOfDatagram.get(d.datagram());
    if (s != null && s.transaction() != null && startsTransaction(s)) {
      firstServerDelivery.putIfAbsent(d.to() + "\n" + s.transaction(), d);
    }
  }

  private void indexTimer(Timer t, Map<String, Long> lastTimerSet) {
    String key = t.element() + "\n" + t.owner() + "\n" + t.timer();
    if (t.action().equals("set")) {
      lastTimerSet.put(key, t.seq());
    } else if (lastTimerSet.containsKey(key)) {
      timerSetOf.put(t.seq(), lastTimerSet.get(key));
    }
  }

  /** Whether {@code s} is the request its transaction id names (not an ACK or a response). */
  private static boolean startsTransaction(Send s) {
    String tx = s.transaction();
    String method = tx.substring(tx.lastIndexOf('/') + 1);
    return s.message().startsWith(method + " ");
  }

  Trace trace() {
    return trace;
  }

  /**
   * The timers {@code element}'s transactions run on: its own when the trace records them (a phone
   * switched to half-t1), else the run's, as in a trace written before elements recorded theirs.
   */
  TimerValues timers(String element) {
    return ownTimers.getOrDefault(element, timers);
  }

  /** The event with this seq, or null for {@link TraceEvent#NO_CAUSE} or a seq out of range. */
  TraceEvent event(long seq) {
    if (seq < 1 || seq > trace.events().size()) {
      return null;
    }
    return trace.event(seq);
  }

  /** The element's kind (phone, proxy, registrar, redirect, pbx), or "" when it is not listed. */
  String kindOf(String element) {
    return kinds.getOrDefault(element, "");
  }

  /** The send's wire text as a message, or null when it could not be read at all. */
  SipMessage message(Send send) {
    return parsed.computeIfAbsent(send.seq(), seq -> SipParser.parse(send.message()).message());
  }

  /** The send of the datagram a deliver, drop, duplicate or delay is about, or null. */
  Send sendOf(long datagram) {
    return sendOfDatagram.get(datagram);
  }

  /** The first time {@code element} sent the request of client transaction {@code tx}, or null. */
  Send firstClientSend(String element, String tx) {
    return firstClientSend.get(element + "\n" + tx);
  }

  /** The delivery that created server transaction {@code tx} at {@code element}, or null. */
  Deliver firstServerDelivery(String element, String tx) {
    return firstServerDelivery.get(element + "\n" + tx);
  }

  /** The first send of the same bytes by the same element (the send itself if it is the first). */
  Send firstSameText(Send send) {
    return firstSameText.get(send.from() + "\n" + send.message());
  }

  /** The seq of the set event of a fired or cancelled timer, or 0 when the trace has none. */
  long timerSet(Timer timer) {
    return timerSetOf.getOrDefault(timer.seq(), TraceEvent.NO_CAUSE);
  }

  /** The element's previous event about the same dialog, or null when this one created it. */
  Dialog previousDialog(Dialog dialog) {
    return dialogBefore(dialog.element(), dialog.dialog(), dialog.seq());
  }

  /** The element's latest event about dialog {@code key} before {@code seq}, or null. */
  Dialog dialogBefore(String element, String key, long seq) {
    List<Dialog> events = dialogEvents.getOrDefault(element + "\n" + key, List.of());
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).seq() < seq) {
        return events.get(i);
      }
    }
    return null;
  }

  /** The events whose cause is {@code seq}, in order. */
  List<TraceEvent> effects(long seq) {
    return effects.getOrDefault(seq, List.of());
  }

  /**
   * The delivery of the request that {@code response} answers: the latest request delivered to the
   * responder before it with the same top Via branch and CSeq (RFC 3261 8.2.6.2: a response copies
   * both). Null when none is in the trace.
   */
  Deliver requestAnswered(Send response, SipResponse message) {
    Via top = message.topVia();
    if (top == null || message.cseq() == null) {
      return null;
    }
    List<Deliver> arrived = deliveriesTo.getOrDefault(response.from(), List.of());
    for (int i = arrived.size() - 1; i >= 0; i--) {
      Deliver d = arrived.get(i);
      if (d.seq() < response.seq() && isRequestOf(d, top, message)) {
        return d;
      }
    }
    return null;
  }

  private boolean isRequestOf(Deliver d, Via top, SipResponse response) {
    Send s = sendOf(d.datagram());
    SipMessage m = s == null ? null : message(s);
    return m instanceof SipRequest r && r.topVia() != null
        && sameBranch(r.topVia(), top) && response.cseq().equals(r.cseq());
  }

  /** The messages delivered to {@code element} before {@code seq}, latest first. */
  List<Deliver> deliveredBefore(String element, long seq) {
    List<Deliver> out = new ArrayList<>();
    List<Deliver> arrived = deliveriesTo.getOrDefault(element, List.of());
    for (int i = arrived.size() - 1; i >= 0; i--) {
      if (arrived.get(i).seq() < seq) {
        out.add(arrived.get(i));
      }
    }
    return out;
  }

  /** The message a delivery carried, or null. */
  SipMessage messageOf(Deliver d) {
    Send s = sendOf(d.datagram());
    return s == null ? null : message(s);
  }

  /**
   * The first send in the whole trace whose message carries {@code callId}, or null. Built on first
   * use, so that a trace whose annotations never ask pays nothing.
   */
  Send firstWithCallId(String callId) {
    if (firstOfCallId == null) {
      firstOfCallId = new HashMap<>();
      for (TraceEvent e : trace.events()) {
        if (e instanceof Send s && message(s) != null && message(s).callId() != null) {
          firstOfCallId.putIfAbsent(message(s).callId(), s);
        }
      }
    }
    return callId == null ? null : firstOfCallId.get(callId);
  }

  /**
   * The latest request {@code element} sent before {@code seq} with this method and a top Via of
   * this branch and sent-by: the INVITE a CANCEL or an ACK for a failure belongs to (RFC 3261 9.1,
   * 17.1.1.3: both take the INVITE's branch). Null when there is none.
   */
  Send sentWithBranch(String element, Via via, String method, long seq) {
    for (long i = seq - 1; i >= 1 && via != null; i--) {
      if (trace.event(i) instanceof Send s && s.from().equals(element)
          && message(s) instanceof SipRequest r && r.method().name().equals(method)
          && r.topVia() != null && sameBranch(r.topVia(), via)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The latest request delivered to {@code response}'s sender before it with the response's top
   * Via branch, whatever its CSeq: the request a response with a spoiled CSeq answers. Null when
   * none is in the trace.
   */
  Deliver requestByBranch(Send response, SipResponse message) {
    Via top = message.topVia();
    List<Deliver> arrived = deliveriesTo.getOrDefault(response.from(), List.of());
    for (int i = arrived.size() - 1; i >= 0 && top != null; i--) {
      Deliver d = arrived.get(i);
      if (d.seq() < response.seq() && messageOf(d) instanceof SipRequest r && r.topVia() != null
          && sameBranch(r.topVia(), top)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The To tag of the latest response {@code response}'s sender sent before it, after {@code since}
   * (the request's arrival), with the same top Via branch: its earlier response to the same
   * request. Null when there is none or it had no To tag.
   */
  String earlierResponseToTag(Send response, SipResponse message, long since) {
    Via top = message.topVia();
    for (long i = response.seq() - 1; i > since && top != null; i--) {
      if (trace.event(i) instanceof Send s && s.from().equals(response.from())
          && message(s) instanceof SipResponse r && r.topVia() != null
          && sameBranch(r.topVia(), top) && r.status() > 100) {
        return r.to() != null && r.to().hasTag() ? r.to().tag() : null;
      }
    }
    return null;
  }

  /**
   * The final response to {@code method} that {@code element} sent before {@code seq} with this
   * top Via branch and sent-by, or null: whether the INVITE a CANCEL names was answered already.
   */
  SipResponse finalSentBefore(String element, Via via, String method, long seq) {
    for (long i = seq - 1; i >= 1 && via != null; i--) {
      if (trace.event(i) instanceof Send s && s.from().equals(element)
          && message(s) instanceof SipResponse r && r.isFinal() && r.cseq() != null
          && r.cseq().method().name().equals(method) && r.topVia() != null
          && sameBranch(r.topVia(), via)) {
        return r;
      }
    }
    return null;
  }

  static boolean sameBranch(Via a, Via b) {
    return a.branch() != null && a.branch().equals(b.branch()) && a.sentBy().equals(b.sentBy());
  }
}
