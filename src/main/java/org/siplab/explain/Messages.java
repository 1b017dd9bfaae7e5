package org.siplab.explain;

import org.siplab.message.CSeq;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Send;

/** How annotations name a message: {@code INVITE}, {@code 180 Ringing to INVITE}. */
final class Messages {

  private Messages() {}

  /** The message's name, or its start line when it could not be read. */
  static String label(Send send, SipMessage message) {
    if (message instanceof SipRequest r) {
      return r.method().name();
    }
    if (message instanceof SipResponse r) {
      CSeq cseq = r.cseq();
      String status = r.status() + " " + r.reason();
      return cseq == null ? status : status + " to " + cseq.method().name();
    }
    return "message \"" + send.firstLine() + "\"";
  }

  /** {@code CSeq 2 BYE}, or "no CSeq". */
  static String cseq(SipMessage message) {
    CSeq c = message.cseq();
    return c == null ? "no CSeq" : "CSeq " + c.number() + " " + c.method().name();
  }

  /** {@code dialog a/b}: the message's From and To tags, sorted as the trace's dialog keys are. */
  static String dialog(SipMessage message) {
    String from = tag(message.from());
    String to = tag(message.to());
    return from.compareTo(to) <= 0 ? "dialog " + from + "/" + to : "dialog " + to + "/" + from;
  }

  private static String tag(NameAddress party) {
    return party == null || !party.hasTag() ? "" : party.tag();
  }

  static boolean isRequest(SipMessage message, String method) {
    return message instanceof SipRequest r && r.method().name().equals(method);
  }

  /** Whether {@code message} is a response to a request of {@code method}. */
  static boolean answers(SipMessage message, String method) {
    return message instanceof SipResponse r && r.cseq() != null
        && r.cseq().method().name().equals(method);
  }
}
