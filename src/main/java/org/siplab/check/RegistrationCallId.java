package org.siplab.check;

import java.util.HashMap;
import java.util.Map;

/**
 * CALLID-002: a user agent keeps one Call-ID for its registrations with a registrar (named by
 * the REGISTER's Request-URI), because the registrar orders REGISTERs by CSeq only within a
 * Call-ID: with a new Call-ID it "could not detect whether a delayed REGISTER request might have
 * arrived out of order".
 */
final class RegistrationCallId implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CALLID-002",
      "A UA's REGISTERs to one registrar keep one Call-ID", Severity.WARNING,
      "RFC 3261 sections 10.2 and 8.1.1.4",
      "All registrations from a UAC SHOULD use the same Call-ID header field value for"
          + " registrations sent to a particular registrar.");

  private record Registrar(String element, String requestUri) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    Map<Registrar, Sent> first = new HashMap<>();
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || !s.isMethod("REGISTER") || s.isRetransmission()
          || !trace.isUserAgent(s.from()) || s.callId() == null) {
        continue;
      }
      String uri = Words.uri(s.request().requestUri());
      Sent earlier = first.putIfAbsent(new Registrar(s.from(), uri), s);
      if (earlier != null && !earlier.callId().equals(s.callId())) {
        report.at(s, s.from() + " sent REGISTER to " + uri + " with Call-ID "
            + Words.quoted(s.callId()) + " where its first REGISTER there (event "
            + earlier.seq() + ") used " + Words.quoted(earlier.callId()) + ".");
      }
    }
  }
}
