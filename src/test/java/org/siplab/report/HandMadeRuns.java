package org.siplab.report;

import org.siplab.trace.ElementInfo;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Traces written event by event, for what the two-UA lab cannot make yet: a registrar's bindings
 * and a media session between two phones.
 */
final class HandMadeRuns {

  private HandMadeRuns() {}

  /** Alice registers, calls bob, media flows, she hangs up, and her binding is removed. */
  static Trace registerAndTalk() {
    Trace t = new Trace("register and talk", 9);
    t.addElement(new ElementInfo("alice", "phone", "192.0.2.1:5060"));
    t.addElement(new ElementInfo("registrar", "registrar", "192.0.2.9:5060"));
    t.addElement(new ElementInfo("bob", "phone", "192.0.2.2:5060"));
    send(t, 0, "alice", "registrar", "REGISTER sip:example.com SIP/2.0");
    t.append(seq -> new TraceEvent.Binding(seq, 10_000, seq - 1, "registrar",
        "sip:alice@example.com", "sip:alice@192.0.2.1:5060", "added", 3_600_010_000L));
    send(t, 10_000, "registrar", "alice", "SIP/2.0 200 OK");
    send(t, 1_000_000, "alice", "bob", "INVITE sip:bob@192.0.2.2 SIP/2.0");
    t.append(seq -> new TraceEvent.Media(seq, 1_010_000, seq - 1, "bob", "alice", "start", "PCMU",
        "192.0.2.2:4000", "192.0.2.1:4000"));
    send(t, 1_010_000, "bob", "alice", "SIP/2.0 200 OK");
    t.append(seq -> new TraceEvent.Media(seq, 1_020_000, seq - 1, "alice", "bob", "start", "PCMU",
        "192.0.2.1:4000", "192.0.2.2:4000"));
    send(t, 5_000_000, "alice", "bob", "BYE sip:bob@192.0.2.2 SIP/2.0");
    t.append(seq -> new TraceEvent.Media(seq, 5_000_000, seq - 1, "alice", "bob", "end", "PCMU",
        "192.0.2.1:4000", "192.0.2.2:4000"));
    send(t, 6_000_000, "alice", "registrar", "REGISTER sip:example.com SIP/2.0");
    t.append(seq -> new TraceEvent.Binding(seq, 6_010_000, seq - 1, "registrar",
        "sip:alice@example.com", "sip:alice@192.0.2.1:5060", "removed", 0));
    send(t, 6_010_000, "registrar", "alice", "SIP/2.0 200 OK");
    return t;
  }

  private static void send(Trace t, long timeUs, String from, String to, String line) {
    long datagram = t.nextSeq();
    t.append(seq -> new TraceEvent.Send(seq, timeUs, 0, from, to, "", "", datagram,
        line + "\r\nContent-Length: 0\r\n\r\n", null, null, null, null, null));
  }
}
