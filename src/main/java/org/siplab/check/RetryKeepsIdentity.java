package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;

/**
 * CALLID-003: a request retried with credentials after a 401 or 407 is the same request amended,
 * not a new one: it keeps the Call-ID, From and To (with their tags) and only takes the next CSeq.
 * The retry is the user agent's next request of the same method after the challenge arrived, when
 * it carries an Authorization or Proxy-Authorization header.
 */
final class RetryKeepsIdentity implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CALLID-003",
      "A retry after 401 or 407 keeps the Call-ID, From and To", Severity.WARNING,
      "RFC 3261 section 8.1.3.5",
      "This new request constitutes a new transaction and SHOULD have the same value of the"
          + " Call-ID, To, and From of the previous request, but the CSeq should contain a new"
          + " sequence number that is one higher than the previous.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    boolean[] judged = new boolean[trace.sends().size()];
    for (Sent challenge : trace.sends()) {
      if (challenge.status() != 401 && challenge.status() != 407 || challenge.arrival() < 0) {
        continue;
      }
      Sent request = trace.hops().requestOf(challenge);
      if (request == null || !request.from().equals(challenge.to())
          || !trace.isUserAgent(request.from()) || judged[request.index()]) {
        continue;
      }
      judged[request.index()] = true;
      Sent retry = retryOf(trace, request, challenge.arrival());
      if (retry != null) {
        List<String> changes = changes(request, retry);
        if (!changes.isEmpty()) {
          report.at(retry, retry.from() + " retried " + retry.label() + " after "
              + challenge.label() + " (event " + challenge.seq() + ") with "
              + String.join(" and ", changes) + ".");
        }
      }
    }
  }

  private static Sent retryOf(TraceView trace, Sent request, long after) {
    for (Sent s : trace.sends()) {
      if (s.seq() > after && s.isRequest() && !s.isRetransmission()
          && s.from().equals(request.from()) && s.isMethod(request.method())) {
        boolean credentials = s.message().has(HeaderName.AUTHORIZATION)
            || s.message().has(HeaderName.PROXY_AUTHORIZATION);
        return credentials ? s : null;
      }
    }
    return null;
  }

  private static List<String> changes(Sent before, Sent after) {
    List<String> out = new ArrayList<>();
    if (!Objects.equals(before.callId(), after.callId())) {
      out.add("Call-ID " + Words.quoted(after.callId()) + " instead of "
          + Words.quoted(before.callId()));
    }
    address(out, "From", before.message().from(), after.message().from());
    address(out, "To", before.message().to(), after.message().to());
    return out;
  }

  private static void address(List<String> out, String header, NameAddress before,
      NameAddress after) {
    if (before == null || after == null) {
      return;
    }
    if (!before.uri().equals(after.uri())) {
      out.add(header + " URI " + Words.uri(after) + " instead of " + Words.uri(before));
    }
    if (!Objects.equals(before.tag(), after.tag())) {
      out.add(header + " tag " + Words.quoted(after.tag()) + " instead of "
          + Words.quoted(before.tag()));
    }
  }
}
