package org.siplab.check;

import java.util.HashMap;
import java.util.Map;

/**
 * TAG-003: a UAS keeps one To tag for a request: the request's own when it had one (a request in
 * a dialog), else the tag it chose, on every response to it above 100, retransmissions included.
 * A changed tag makes the UAC see a second dialog. Different UASs reached by forking have different
 * tags, legally: each is judged on its own responses.
 */
final class StableToTag implements Rule {

  private static final RuleInfo INFO = new RuleInfo("TAG-003",
      "A UAS uses one To tag for all responses to a request", Severity.ERROR,
      "RFC 3261 section 8.2.6.2",
      "If a request contained a To tag in the request, the To header field in the response MUST"
          + " equal that of the request. ... The same tag MUST be used for all responses to that"
          + " request, both final and provisional (again excepting the 100 (Trying)).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    Map<Integer, Sent> firstTagged = new HashMap<>();
    for (Sent s : trace.sends()) {
      if (!s.isResponse() || s.status() <= 100 || s.toTag() == null || !trace.isOrigin(s)) {
        continue;
      }
      Sent request = trace.hops().requestOf(s);
      if (request == null) {
        continue;
      }
      if (request.toTag() != null) {
        if (!request.toTag().equals(s.toTag())) {
          report.at(s, s.from() + " answered " + request.label() + ", which carried To tag "
              + Words.quoted(request.toTag()) + ", with To tag " + Words.quoted(s.toTag()) + ".");
        }
        continue;
      }
      Sent earlier = firstTagged.putIfAbsent(request.index(), s);
      if (earlier != null && earlier.from().equals(s.from())
          && !earlier.toTag().equals(s.toTag())) {
        report.at(s, s.from() + " answered " + request.label() + " with To tag "
            + Words.quoted(s.toTag()) + " after using " + Words.quoted(earlier.toTag())
            + " on its " + earlier.label() + " to the same request (event " + earlier.seq()
            + ").");
      }
    }
  }
}
