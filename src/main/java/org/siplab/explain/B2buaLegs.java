package org.siplab.explain;

import java.util.Objects;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;

/**
 * A B2BUA's two call legs (RFC 3261 section 6: it "receives a request and processes it as a user
 * agent server (UAS)" and "acts as a user agent client (UAC) and generates requests"). Each leg is
 * a dialog of its own. Which leg a message belongs to is read from its tags, not its Call-ID: a
 * B2BUA that reuses the caller's Call-ID on its second leg still makes a second dialog.
 */
final class B2buaLegs {

  private B2buaLegs() {}

  /**
   * Whether {@code m}, sent by a B2BUA, is on another leg than {@code cause}, the message that made
   * it: another Call-ID, or tags that share nothing (one dialog's messages always share a tag).
   */
  static boolean otherLeg(SipMessage m, SipMessage cause) {
    if (m == null || cause == null || cause.callId() == null) {
      return false;
    }
    if (!Objects.equals(m.callId(), cause.callId())) {
      return true;
    }
    String from = Identity.tag(m.from());
    String to = Identity.tag(m.to());
    String causeFrom = Identity.tag(cause.from());
    String causeTo = Identity.tag(cause.to());
    return !shares(from, causeFrom, causeTo) && !shares(to, causeFrom, causeTo);
  }

  private static boolean shares(String tag, String a, String b) {
    return tag != null && (tag.equals(a) || tag.equals(b));
  }

  /** The INVITE of the second leg, with its Call-ID as the wire shows it against the first's. */
  static Explanation secondLeg(Outgoing o, SipRequest r) {
    String callerCallId = o.causeMessage().callId();
    String callId = Objects.equals(r.callId(), callerCallId)
        ? "but with the caller's own Call-ID " + r.callId() + ": the second leg is a new dialog,"
            + " which would normally get a Call-ID of its own (section 8.1.1.4), so the two legs"
            + " now look like one call (a teaching point the checker notes as CALLID-005)"
        : "with its own Call-ID " + r.callId() + ", not a copy of the caller's (Call-ID "
            + callerCallId + ")";
    return new Explanation(o.from() + ", a B2BUA, places the second call leg to " + o.to()
        + o.on() + ": a new INVITE, " + Identity.fromTag(r) + ", " + Messages.cseq(r) + ", "
        + callId + Rfc.cite("6", "8.1.1.4") + ".", Note.PROXY_VERSUS_B2BUA);
  }
}
