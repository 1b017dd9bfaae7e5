package org.siplab.check;

import java.util.HashMap;
import java.util.Map;

/**
 * CALLID-001: the Call-ID is part of the dialog's identity (section 12), so every message of the
 * dialog carries it. Two facts catch a user agent that changes it: a response carries the Call-ID
 * of the request it answers (section 8.2.6.2), and a request in a dialog, known by its two tags,
 * carries the Call-ID of the request that created the dialog. A proxy's copy is judged by
 * CALLID-004 instead.
 */
final class DialogCallId implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CALLID-001",
      "Every message of a dialog carries the dialog's Call-ID", Severity.ERROR,
      "RFC 3261 section 8.1.1.4",
      "It MUST be the same for all requests and responses sent by either UA in a dialog.");

  /** A dialog's two tags, in either order. */
  private record Tags(String a, String b) {
    static Tags of(String x, String y) {
      return x.compareTo(y) <= 0 ? new Tags(x, y) : new Tags(y, x);
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    Map<Tags, Sent> dialogs = new HashMap<>();
    for (Sent s : trace.sends()) {
      if (s.isRetransmission() || s.callId() == null) {
        continue;
      }
      if (s.isResponse()) {
        checkResponse(trace, report, s, dialogs);
      } else if (s.isRequest() && s.fromTag() != null && s.toTag() != null) {
        Sent creator = dialogs.putIfAbsent(Tags.of(s.fromTag(), s.toTag()), s);
        if (creator != null && !creator.callId().equals(s.callId()) && trace.isOrigin(s)) {
          report.at(s, s.from() + " sent " + s.label() + " with Call-ID "
              + Words.quoted(s.callId()) + " in the dialog of tags " + Words.quoted(s.fromTag())
              + " and " + Words.quoted(s.toTag()) + ", whose Call-ID is "
              + Words.quoted(creator.callId()) + " (event " + creator.seq() + ").");
        }
      }
    }
  }

  /**
   * A response with a To tag to a request without one names a dialog (or an attempt at one): the
   * request's Call-ID is the dialog's.
   */
  private static void checkResponse(TraceView trace, Report report, Sent response,
      Map<Tags, Sent> dialogs) {
    Sent request = trace.hops().requestOf(response);
    if (request == null || request.callId() == null) {
      return;
    }
    if (trace.isOrigin(response) && !request.callId().equals(response.callId())) {
      report.at(response, response.from() + " answered " + request.label() + " with Call-ID "
          + Words.quoted(response.callId()) + " where the request (event " + request.seq()
          + ") had " + Words.quoted(request.callId()) + ".");
    }
    if (request.toTag() == null && request.fromTag() != null && response.toTag() != null) {
      dialogs.putIfAbsent(Tags.of(request.fromTag(), response.toTag()), request);
    }
  }
}
