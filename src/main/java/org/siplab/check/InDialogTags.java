package org.siplab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * TAG-004: once a user agent has a confirmed dialog (it sent, or received, a 2xx with a To tag to
 * an INVITE), its requests with that Call-ID are requests in the dialog and carry both tags: its
 * own (local) tag in From and the other side's (remote) tag in To. A UAC whose INVITE forked into
 * several dialogs may use any of their remote tags. A CANCEL is not a request in the dialog (it
 * copies the INVITE's To, section 9.1), nor is the ACK of a non-2xx.
 */
final class InDialogTags implements Rule {

  private static final RuleInfo INFO = new RuleInfo("TAG-004",
      "Requests in a dialog carry the dialog's two tags", Severity.ERROR,
      "RFC 3261 section 12.2.1.1",
      "The tag in the To header field of the request MUST be set to the remote tag of the"
          + " dialog ID. ... The tag in the From header field of the request MUST be set to the"
          + " local tag of the dialog ID.");

  /** A confirmed dialog of one user agent, from the moment it knew of it. */
  private record Confirmed(String element, String callId, String localTag, String remoteTag,
      long sinceSeq) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    List<Confirmed> dialogs = confirmedDialogs(trace);
    for (Sent s : trace.sends()) {
      if (!inDialogCandidate(trace, s)) {
        continue;
      }
      List<Confirmed> mine = new ArrayList<>();
      for (Confirmed d : dialogs) {
        if (d.element().equals(s.from()) && d.callId().equals(s.callId())
            && d.sinceSeq() < s.seq()) {
          mine.add(d);
        }
      }
      if (!mine.isEmpty() && mine.stream().noneMatch(d -> matches(d, s))) {
        Confirmed d = mine.get(0);
        report.at(s, s.from() + " sent " + s.label() + " with From tag "
            + Words.quoted(s.fromTag()) + " and To tag " + Words.quoted(s.toTag())
            + " in its dialog with Call-ID " + Words.quoted(s.callId()) + ", whose tags are "
            + Words.quoted(d.localTag()) + " (its own) and " + Words.quoted(d.remoteTag()) + ".");
      }
    }
  }

  private static boolean matches(Confirmed d, Sent s) {
    return d.localTag().equals(s.fromTag()) && d.remoteTag().equals(s.toTag());
  }

  private static boolean inDialogCandidate(TraceView trace, Sent s) {
    return s.isRequest() && !s.isRetransmission() && trace.isUserAgent(s.from())
        && s.callId() != null && !s.isMethod("CANCEL")
        && !(s.isMethod("ACK") && trace.hops().inviteOfNonSuccessAck(s) != null);
  }

  /** Every 2xx to an INVITE: a dialog for the UAS that sent it and for the UAC it reached. */
  private static List<Confirmed> confirmedDialogs(TraceView trace) {
    List<Confirmed> out = new ArrayList<>();
    for (Sent s : trace.sends()) {
      if (s.status() < 200 || s.status() >= 300 || !s.isMethod("INVITE")
          || s.fromTag() == null || s.toTag() == null || s.callId() == null) {
        continue;
      }
      if (trace.isUserAgent(s.from()) && trace.isOrigin(s)) {
        out.add(new Confirmed(s.from(), s.callId(), s.toTag(), s.fromTag(), s.seq()));
      }
      if (trace.isUserAgent(s.to()) && s.arrival() >= 0) {
        out.add(new Confirmed(s.to(), s.callId(), s.fromTag(), s.toTag(), s.arrival()));
      }
    }
    return out;
  }
}
