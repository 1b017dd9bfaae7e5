package org.siplab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.Uri;
import org.siplab.trace.TraceEvent.Send;

/**
 * What a request's wire text shows about its identity (Call-ID, tags, CSeq, branch), compared with
 * the message it must agree with. Each phrase states the values it is about, so that a claim such
 * as "same Call-ID" can be checked against the wire, and a value that breaks its rule is named as
 * broken, with the rule's section, instead of being described as the RFC wants it.
 */
final class Identity {

  private Identity() {}

  /**
   * {@code a new Call-ID abc@host} when no earlier message of the trace carries it (section
   * 8.1.1.4: a new call's Call-ID is new), else where it was first seen.
   */
  static String newCallId(SipMessage m, Send send, TraceIndex index) {
    if (m.callId() == null) {
      return "no Call-ID, although section 8.1.1.4 says every request MUST carry one";
    }
    Send first = index.firstWithCallId(m.callId());
    if (first == null || first.seq() >= send.seq()) {
      return "a new Call-ID " + m.callId();
    }
    return "Call-ID " + m.callId() + ", which is not new: the " + Messages.label(first,
        index.message(first)) + " sent at seq " + first.seq() + " already carried it";
  }

  /** {@code From tag 1928301774}, or the missing tag named as the break of 8.1.1.3 it is. */
  static String fromTag(SipMessage m) {
    return tag(m.from()) != null ? "From tag " + tag(m.from())
        : "no From tag, although section 8.1.1.3 says the From of a new request MUST carry one";
  }

  /**
   * The Call-ID and From tag of a retried request against the request it retries, whose values
   * {@code original} carries (a 401 or 407 echoes them): section 8.1.3.5 says the retry SHOULD
   * keep them. {@code where} names the original: {@code the challenged INVITE (seq 6)}.
   */
  static String kept(SipMessage retry, SipMessage original, String where) {
    List<String> parts = new ArrayList<>();
    if (Objects.equals(retry.callId(), original.callId())) {
      parts.add("same Call-ID " + retry.callId() + " as " + where);
    } else {
      parts.add("the Call-ID changed from " + original.callId() + " to " + retry.callId()
          + ", where section 8.1.3.5 says the retry SHOULD keep the Call-ID of " + where);
    }
    if (!Objects.equals(tag(retry.from()), tag(original.from()))) {
      parts.add("the From tag changed from " + orNone(tag(original.from())) + " to "
          + orNone(tag(retry.from())) + ", where section 8.1.3.5 says the From SHOULD stay");
    }
    return String.join("; ", parts);
  }

  /**
   * The values a CANCEL or an ACK for a failure copies from its INVITE (section 9.1: Request-URI,
   * Call-ID, To, the numeric part of CSeq and From MUST be identical; 17.1.1.3 the same for the
   * ACK), as one phrase: what agrees, then each value that does not, named as a break of
   * {@code section}.
   */
  static String copied(SipRequest r, SipRequest invite, long inviteSeq, String section) {
    List<String> same = new ArrayList<>();
    List<String> differ = new ArrayList<>();
    compare("Call-ID", r.callId(), invite.callId(), same, differ);
    compare("From tag", tag(r.from()), tag(invite.from()), same, differ);
    compare("Request-URI", uri(r.requestUri()), uri(invite.requestUri()), same, differ);
    same.add("branch " + r.topVia().branch());
    long number = r.cseq() == null ? -1 : r.cseq().number();
    long inviteNumber = invite.cseq() == null ? -1 : invite.cseq().number();
    String cseq = Messages.cseq(r);
    String text = "the " + String.join(", ", same) + " of the INVITE sent at seq " + inviteSeq;
    if (number == inviteNumber) {
      text += ", and its CSeq number (" + cseq + ")";
    } else {
      differ.add(cseq + " where the INVITE (seq " + inviteSeq + ") has CSeq number "
          + inviteNumber);
    }
    if (!differ.isEmpty()) {
      text += "; but " + String.join(", and ", differ) + ", although section " + section
          + " says these MUST be the INVITE's";
    }
    return text;
  }

  private static void compare(String name, String value, String expected, List<String> same,
      List<String> differ) {
    if (Objects.equals(value, expected)) {
      same.add(name + " " + orNone(value));
    } else {
      differ.add(name + " " + orNone(value) + " where the INVITE has " + orNone(expected));
    }
  }

  static String tag(NameAddress party) {
    return party == null || !party.hasTag() ? null : party.tag();
  }

  private static String orNone(String value) {
    return value == null ? "none" : value;
  }

  private static String uri(Uri uri) {
    if (uri == null) {
      return null;
    }
    return uri.text();
  }
}
