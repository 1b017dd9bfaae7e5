package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;

/**
 * TX-001: a CANCEL, and the ACK a client transaction sends for a non-2xx final response, are
 * requests of the INVITE's own hop: the server matches them to it (sections 9.2 and 17.2.3), and
 * so they copy its top Via, Request-URI, Call-ID and From, tags included, and a CANCEL its To as
 * well (the ACK's To is the response's, with the tag the UAS added). CSEQ-005 judges their CSeq
 * number. Compared as parsed values: a URI by its form, From and To by URI and tag (a display name
 * is not what identifies a party). One sent with a branch of its own is paired with the latest
 * INVITE of its Call-ID on its hop; an ACK so paired only when that INVITE had a non-2xx final
 * response and no 2xx, since an ACK for a 2xx is a transaction of its own. One with more than one
 * Via is not so paired: the CANCEL a client constructs and the ACK a client transaction constructs
 * have a single Via (sections 9.1 and 17.1.1.3), so more is a request forwarded by a proxy, such
 * as a stray ACK that matched no transaction and went on statelessly with a branch of the proxy's
 * own (sections 16.6 step 8, 16.11 and 17.2.3).
 */
final class CancelAckCopies implements Rule {

  private static final RuleInfo INFO = new RuleInfo("TX-001",
      "CANCEL and the ACK for a non-2xx copy their request's top Via, Request-URI, Call-ID, From"
          + " and To",
      Severity.ERROR, "RFC 3261 sections 9.1 and 17.1.1.3",
      "The Request-URI, Call-ID, To, the numeric part of CSeq, and From header fields in the"
          + " CANCEL request MUST be identical to those in the request being cancelled, including"
          + " tags. A CANCEL constructed by a client MUST have only a single Via header field value"
          + " matching the top Via value in the request being cancelled. ... The ACK request"
          + " constructed by the client transaction MUST contain values for the Call-ID, From, and"
          + " Request-URI that are equal to the values of those header fields in the request"
          + " passed to the transport by the client transaction (call this the \"original"
          + " request\"). The To header field in the ACK MUST equal the To header field in the"
          + " response being acknowledged ... The ACK MUST contain a single Via header field, and"
          + " this MUST be equal to the top Via header field of the original request");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || s.isRetransmission()) {
        continue;
      }
      boolean cancel = s.isMethod("CANCEL");
      if (!cancel && !s.isMethod("ACK")) {
        continue;
      }
      Sent target = trace.hops().requestOfHopByHop(s);
      boolean ownBranch = false;
      if (target == null) {
        target = ownBranchTarget(trace.hops(), s, cancel);
        ownBranch = target != null;
      }
      if (target == null || target.request() == null) {
        continue;
      }
      SipRequest mine = s.request();
      SipRequest theirs = target.request();
      List<String> differ = new ArrayList<>();
      if (ownBranch) {
        differ.add("top Via branch " + s.branch() + " where the " + target.method() + "'s is "
            + target.branch() + ", so the server cannot match it to the " + target.method());
      }
      if (!Objects.equals(mine.requestUri(), theirs.requestUri())) {
        differ.add("Request-URI " + mine.requestUri() + " where the " + target.method() + " has "
            + theirs.requestUri());
      }
      if (!Objects.equals(mine.callId(), theirs.callId())) {
        differ.add("Call-ID " + mine.callId() + " where it has " + theirs.callId());
      }
      if (!same(mine.from(), theirs.from())) {
        differ.add("From " + mine.from() + " where it has " + theirs.from());
      }
      if (cancel && !same(mine.to(), theirs.to())) {
        differ.add("To " + mine.to() + " where it has " + theirs.to());
      }
      Sent acknowledged = cancel ? null : trace.hops().finalResponseBefore(target, s.seq());
      if (acknowledged != null && acknowledged.response() != null
          && !same(mine.to(), acknowledged.response().to())) {
        differ.add("To " + mine.to() + " where the " + acknowledged.status() + " it acknowledges"
            + " (event " + acknowledged.seq() + ") has " + acknowledged.response().to());
      }
      if (!differ.isEmpty()) {
        report.at(s, s.from() + " sent " + s.label() + " for the " + target.label() + " (event "
            + target.seq() + ") with " + String.join("; ", differ) + ".");
      }
    }
  }

  /**
   * The INVITE of a CANCEL, or of an ACK for a non-2xx, sent with a branch of its own: the latest
   * INVITE of its Call-ID on its hop, and for an ACK only one with a non-2xx final response, and
   * only when no INVITE of that Call-ID on the hop had a 2xx before it (an ACK for a 2xx takes a
   * branch of its own, section 13.2.2.4), and only one with the INVITE's CSeq number. Null when
   * there is none, or when either has no branch (RFC 2543 matching, section 17.2.3, pairs those
   * by other fields), or when the request has more than one Via: a client constructs its CANCEL
   * or ACK with a single Via (sections 9.1 and 17.1.1.3), so one with more was forwarded, and its
   * new branch is the forwarding proxy's to choose (section 16.6 step 8), not a failed copy of the
   * INVITE's.
   */
  private static Sent ownBranchTarget(Hops hops, Sent s, boolean cancel) {
    if (s.vias().size() > 1) {
      return null;
    }
    Sent invite = hops.inviteOfCall(s);
    if (invite == null || s.branch() == null || invite.branch() == null) {
      return null;
    }
    if (cancel) {
      return invite;
    }
    if (s.cseq() == null || invite.cseq() == null
        || s.cseq().number() != invite.cseq().number()) {
      // The ACK of a client transaction carries its INVITE's number (17.1.1.3); one with
      // another number acknowledges a 2xx to another INVITE of the call (13.2.2.4), which may
      // have come back on another hop, through a proxy that does not record-route.
      return null;
    }
    Sent answered = hops.finalResponseBefore(invite, s.seq());
    if (answered == null || answered.status() < 300) {
      return null;
    }
    for (Sent sameCall : hops.invitesOfCall(s)) {
      for (Sent response : hops.responsesTo(sameCall)) {
        if (response.seq() < s.seq() && response.status() >= 200 && response.status() < 300) {
          return null;
        }
      }
    }
    return invite;
  }

  /** The same URI and tag (the display name is not what identifies the party). */
  private static boolean same(NameAddress a, NameAddress b) {
    return a == null || b == null || Objects.equals(a.uri(), b.uri())
        && Objects.equals(a.tag(), b.tag());
  }
}
