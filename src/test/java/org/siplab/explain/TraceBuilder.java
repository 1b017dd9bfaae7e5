package org.siplab.explain;

import java.util.List;
import org.siplab.codec.SipParser;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.RunSettings;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Builds a trace by hand, for the elements that the simulation does not have yet (proxy,
 * registrar, PBX) and for exact wording tests. Each method appends one event and returns its seq.
 */
final class TraceBuilder {

  private final Trace trace = new Trace("hand-built", 1);
  private long datagrams;

  TraceBuilder() {
    this(500_000);
  }

  TraceBuilder(long t1Us) {
    RunSettings.Link perfect = new RunSettings.Link(null, null, 10_000, 0, 0, 0, 0, 0, List.of());
    trace.settings(new RunSettings(1, t1Us, 4_000_000, 5_000_000, perfect, List.of(), List.of()));
  }

  TraceBuilder element(String name, String kind, String address) {
    trace.addElement(new ElementInfo(name, kind, address));
    return this;
  }

  /** An element whose transactions run on timers of its own, not the run's. */
  TraceBuilder element(String name, String kind, String address, ElementInfo.Timers timers) {
    trace.addElement(new ElementInfo(name, kind, address, timers));
    return this;
  }

  Trace trace() {
    return trace;
  }

  long script(long t, String element, String action) {
    return trace.append(seq -> new TraceEvent.Action(seq, t, 0, element, action, null)).seq();
  }

  long note(long t, long cause, String element, String action, String detail) {
    return trace.append(seq -> new TraceEvent.Action(seq, t, cause, element, action, detail))
        .seq();
  }

  long send(long t, long cause, String from, String to, String wire, String tx, String rtx) {
    long datagram = ++datagrams;
    SipMessage m = SipParser.parse(wire).message();
    String cseq = m.cseq() == null ? null : m.cseq().toString();
    return trace.append(seq -> new TraceEvent.Send(seq, t, cause, from, to, "192.0.2.9:5060",
        "192.0.2.8:5060", datagram, wire, m.callId(), cseq, tx, dialogKey(m), rtx)).seq();
  }

  long deliver(long t, long send) {
    TraceEvent.Send s = (TraceEvent.Send) trace.event(send);
    return trace.append(seq -> new TraceEvent.Deliver(seq, t, send, s.from(), s.to(),
        s.datagram(), false, s.callId(), s.cseq(), s.transaction(), s.dialog())).seq();
  }

  long deliverCopy(long t, long send) {
    TraceEvent.Send s = (TraceEvent.Send) trace.event(send);
    return trace.append(seq -> new TraceEvent.Deliver(seq, t, send, s.from(), s.to(),
        s.datagram(), true, s.callId(), s.cseq(), s.transaction(), s.dialog())).seq();
  }

  long drop(long t, long send, String reason, String fault) {
    TraceEvent.Send s = (TraceEvent.Send) trace.event(send);
    return trace.append(seq -> new TraceEvent.Drop(seq, t, send, s.from(), s.to(), s.datagram(),
        reason, fault, false, s.callId(), s.cseq(), s.transaction(), s.dialog())).seq();
  }

  long duplicate(long t, long send, String reason) {
    TraceEvent.Send s = (TraceEvent.Send) trace.event(send);
    return trace.append(seq -> new TraceEvent.Duplicate(seq, t, send, s.from(), s.to(),
        s.datagram(), reason, s.callId(), s.cseq(), s.transaction(), s.dialog())).seq();
  }

  long delay(long t, long send, long extraUs, String reason) {
    TraceEvent.Send s = (TraceEvent.Send) trace.event(send);
    return trace.append(seq -> new TraceEvent.Delay(seq, t, send, s.from(), s.to(), s.datagram(),
        extraUs, reason, s.callId(), s.cseq(), s.transaction(), s.dialog())).seq();
  }

  long timer(long t, long cause, String element, String owner, String timer, String action,
      long durationUs) {
    return trace.append(seq -> new TraceEvent.Timer(seq, t, cause, element, owner, timer, action,
        durationUs, null, null)).seq();
  }

  long transaction(long t, long cause, String element, String tx, String kind, String from,
      String to, String reason) {
    return trace.append(seq -> new TraceEvent.Transaction(seq, t, cause, element, tx, kind, from,
        to, reason, null, null)).seq();
  }

  long dialog(long t, long cause, String element, String key, String from, String to,
      long local, long remote, String target, String reason) {
    String callId = key.substring(0, key.indexOf(';'));
    return trace.append(seq -> new TraceEvent.Dialog(seq, t, cause, element, key, callId, from,
        to, local, remote, target, reason)).seq();
  }

  long binding(long t, long cause, String element, String aor, String contact, String action,
      long expiresUs) {
    return trace.append(seq -> new TraceEvent.Binding(seq, t, cause, element, aor, contact,
        action, expiresUs)).seq();
  }

  long media(long t, long cause, String element, String peer, String action) {
    return trace.append(seq -> new TraceEvent.Media(seq, t, cause, element, peer, action, "PCMU",
        "192.0.2.1:49170", "192.0.2.2:3456")).seq();
  }

  /** The dialog key the recorder gives a message with both tags: Call-ID and the sorted tags. */
  private static String dialogKey(SipMessage m) {
    NameAddress from = m.from();
    NameAddress to = m.to();
    if (m.callId() == null || from == null || to == null || !from.hasTag() || !to.hasTag()) {
      return null;
    }
    String a = from.tag().compareTo(to.tag()) <= 0 ? from.tag() : to.tag();
    String b = a.equals(from.tag()) ? to.tag() : from.tag();
    return m.callId() + ";" + a + ";" + b;
  }
}
