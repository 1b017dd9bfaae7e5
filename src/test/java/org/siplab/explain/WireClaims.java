package org.siplab.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.codec.SipParser;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Deliver;
import org.siplab.trace.TraceEvent.Send;

/**
 * The claims a send's annotation makes about its message, by the phrases the annotator uses for
 * them, each checked against the wire text: Call-IDs said to be the same, new or changed; From and
 * To tags said to be there or not; CSeq numbers quoted for the message or for the message it is
 * compared with; who forwards and who answers; what is a retransmission.
 */
final class WireClaims {

  private static final Pattern SAME_CALL_ID = Pattern.compile("same Call-ID (\\S+) as");
  private static final Pattern NEW_CALL_ID = Pattern.compile("a new Call-ID (\\S+?)[,;]");
  private static final Pattern CHANGED_CALL_ID =
      Pattern.compile("the Call-ID changed from (\\S+) to (\\S+?),");
  private static final Pattern FROM_TAG = Pattern.compile("(?<!the )From tag ([^\\s,;)]+)");
  private static final Pattern CHANGED_FROM_TAG =
      Pattern.compile("the From tag changed from (\\S+) to ([^\\s,;]+)");
  private static final Pattern TO_TAG = Pattern.compile("its To tag ([^\\s,;)]+)");
  private static final Pattern CSEQ = Pattern.compile("CSeq (\\d+) ([A-Z]+)\\b");
  private static final Pattern COMPARED_CSEQ =
      Pattern.compile("\\(seq (\\d+)\\) has CSeq number (\\d+)");
  private static final Pattern FORWARDS =
      Pattern.compile("forwards the .*? delivered at seq (\\d+)");
  /** "retransmits the INVITE to bob", not the 2xx rule "retransmits the 2xx until the ACK". */
  private static final Pattern RETRANSMITS = Pattern.compile(" retransmits the (?!2xx until)");
  private static final Pattern FIRST_SENT = Pattern.compile("again \\(first sent at seq (\\d+)\\)");

  private final Trace trace;
  private final Map<Long, String> annotations;
  private final List<String> problems = new ArrayList<>();
  private final Map<Long, SipMessage> parsed = new HashMap<>();
  private final Map<Long, Send> sendOfDatagram = new HashMap<>();

  private WireClaims(Trace trace, Map<Long, String> annotations) {
    this.trace = trace;
    this.annotations = annotations;
  }

  /** Every claim of every send's annotation that the wire contradicts, described; empty if none. */
  static List<String> contradictions(Trace trace) {
    WireClaims claims = new WireClaims(trace, Annotator.annotate(trace));
    for (TraceEvent e : trace.events()) {
      if (e instanceof Send s) {
        claims.sendOfDatagram.put(s.datagram(), s);
      }
    }
    for (TraceEvent e : trace.events()) {
      if (e instanceof Send s && claims.message(s) != null) {
        claims.check(s, claims.message(s), claims.annotations.get(s.seq()));
      }
    }
    return claims.problems;
  }

  private void check(Send s, SipMessage m, String text) {
    for (Matcher x = SAME_CALL_ID.matcher(text); x.find(); ) {
      expect(s, text, x.group(1).equals(m.callId()), "same Call-ID " + x.group(1));
    }
    for (Matcher x = NEW_CALL_ID.matcher(text); x.find(); ) {
      expect(s, text, x.group(1).equals(m.callId()) && firstWith(m.callId()) == s.seq(),
          "a new Call-ID " + x.group(1));
    }
    for (Matcher x = CHANGED_CALL_ID.matcher(text); x.find(); ) {
      expect(s, text, x.group(2).equals(m.callId()) && !x.group(1).equals(x.group(2)),
          "Call-ID changed to " + x.group(2));
    }
    tags(s, m, text);
    for (Matcher x = CSEQ.matcher(text); x.find(); ) {
      boolean ofThisMethod = m.cseq() != null && x.group(2).equals(m.cseq().method().name());
      expect(s, text, !ofThisMethod || Long.parseLong(x.group(1)) == m.cseq().number(),
          "CSeq " + x.group(1) + " " + x.group(2) + " is the message's");
    }
    for (Matcher x = COMPARED_CSEQ.matcher(text); x.find(); ) {
      SipMessage other = messageAt(Long.parseLong(x.group(1)));
      expect(s, text, other != null && other.cseq() != null
          && other.cseq().number() == Long.parseLong(x.group(2)),
          "seq " + x.group(1) + " has CSeq number " + x.group(2));
    }
    roles(s, m, text);
  }

  private void tags(Send s, SipMessage m, String text) {
    for (Matcher x = FROM_TAG.matcher(text); x.find(); ) {
      expect(s, text, x.group(1).equals(orNone(tag(m.from()))), "From tag " + x.group(1));
    }
    for (Matcher x = CHANGED_FROM_TAG.matcher(text); x.find(); ) {
      expect(s, text, x.group(2).equals(orNone(tag(m.from()))), "From tag now " + x.group(2));
    }
    if (text.contains("no From tag")) {
      expect(s, text, tag(m.from()) == null, "no From tag");
    }
    for (Matcher x = TO_TAG.matcher(text); x.find(); ) {
      expect(s, text, x.group(1).equals(tag(m.to())), "To tag " + x.group(1));
    }
    if (text.contains("carries no To tag")) {
      expect(s, text, tag(m.to()) == null, "no To tag");
    }
  }

  private void roles(Send s, SipMessage m, String text) {
    String kind = kindOf(s.from());
    for (Matcher x = FORWARDS.matcher(text); x.find(); ) {
      TraceEvent d = trace.event(Long.parseLong(x.group(1)));
      expect(s, text, kind.equals("proxy") && d instanceof Deliver del
          && del.to().equals(s.from()), "forwards what was delivered to it");
    }
    if (m instanceof SipResponse r && text.startsWith(s.from() + " answers ")) {
      expect(s, text, !relayed(s, r), "answers a request itself (not a relay)");
    }
    if (text.contains("the UA core retransmits")) {
      expect(s, text, !kind.equals("proxy"), "a UA core retransmits");
    }
    if (RETRANSMITS.matcher(text).find()) {
      expect(s, text, s.isRetransmission(), "a retransmission");
    }
    for (Matcher x = FIRST_SENT.matcher(text); x.find(); ) {
      TraceEvent first = trace.event(Long.parseLong(x.group(1)));
      expect(s, text, first instanceof Send f && f.message().equals(s.message()),
          "the same bytes as seq " + x.group(1));
    }
  }

  /**
   * Whether a response the element sends is a copy of one delivered to it before: same status,
   * Call-ID and CSeq, and the copy's Vias among the received one's.
   */
  private boolean relayed(Send s, SipResponse r) {
    for (TraceEvent e : trace.events()) {
      if (e.seq() >= s.seq()) {
        break;
      }
      if (e instanceof Deliver d && d.to().equals(s.from())
          && messageOf(d) instanceof SipResponse got && got.status() == r.status()
          && Objects.equals(got.callId(), r.callId()) && Objects.equals(got.cseq(), r.cseq())
          && got.vias().size() >= r.vias().size() && !r.vias().isEmpty()
          && got.vias().get(got.vias().size() - 1).branch() != null
          && got.vias().get(got.vias().size() - 1).branch()
              .equals(r.vias().get(r.vias().size() - 1).branch())
          && got.vias().size() > 1) {
        return true;
      }
    }
    return false;
  }

  private void expect(Send s, String text, boolean holds, String claim) {
    if (!holds) {
      problems.add("seq " + s.seq() + " claims \"" + claim + "\" but the wire says otherwise:\n  "
          + text + "\n  " + s.message().replace("\r\n", "\n  "));
    }
  }

  private long firstWith(String callId) {
    for (TraceEvent e : trace.events()) {
      if (e instanceof Send s && message(s) != null && callId.equals(message(s).callId())) {
        return s.seq();
      }
    }
    return -1;
  }

  private SipMessage messageAt(long seq) {
    return trace.event(seq) instanceof Send s ? message(s) : null;
  }

  private SipMessage messageOf(Deliver d) {
    Send s = sendOfDatagram.get(d.datagram());
    return s == null ? null : message(s);
  }

  private String kindOf(String element) {
    for (ElementInfo e : trace.elements()) {
      if (e.name().equals(element)) {
        return e.kind();
      }
    }
    return "";
  }

  private SipMessage message(Send s) {
    return parsed.computeIfAbsent(s.seq(), seq -> SipParser.parse(s.message()).message());
  }

  private static String tag(NameAddress party) {
    return party == null || !party.hasTag() ? null : party.tag();
  }

  private static String orNone(String tag) {
    return tag == null ? "none" : tag;
  }
}
