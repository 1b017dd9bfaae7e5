package org.siplab.check;

import java.util.HashMap;
import java.util.Map;

/**
 * CSEQ-008: a user agent's REGISTERs with one Call-ID go up by one, so that the registrar can tell
 * a delayed REGISTER from a newer one (section 10.3 step 7 rejects the older).
 */
final class RegisterCseqIncrements implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CSEQ-008",
      "REGISTER CSeq goes up by one for each REGISTER with the same Call-ID", Severity.ERROR,
      "RFC 3261 section 10.2",
      "A UA MUST increment the CSeq value by one for each REGISTER request with the same"
          + " Call-ID.");

  private record Registration(String element, String callId) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    Map<Registration, Long> last = new HashMap<>();
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || !s.isMethod("REGISTER") || s.isRetransmission()
          || !trace.isUserAgent(s.from()) || s.cseq() == null || s.callId() == null) {
        continue;
      }
      Registration key = new Registration(s.from(), s.callId());
      Long previous = last.put(key, s.cseq().number());
      if (previous != null && s.cseq().number() != previous + 1) {
        report.at(s, s.from() + " sent REGISTER with CSeq " + s.cseq().number() + " after "
            + previous + " for Call-ID " + Words.quoted(s.callId())
            + "; the next REGISTER must carry " + (previous + 1) + ".");
      }
    }
  }
}
