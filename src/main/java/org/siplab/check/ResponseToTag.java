package org.siplab.check;


/**
 * TAG-002: the element that makes a response above 100 (a UAS, or a proxy answering on its own)
 * puts a To tag in it: the request's when it had one, else a new one, the UAS's half of the dialog
 * identity. A 100 Trying may lack it (section 17.2.1 even prefers that).
 */
final class ResponseToTag implements Rule {

  private static final RuleInfo INFO = new RuleInfo("TAG-002",
      "A UAS puts a To tag in every response above 100", Severity.ERROR,
      "RFC 3261 section 8.2.6.2",
      "However, if the To header field in the request did not contain a tag, the URI in the To"
          + " header field in the response MUST equal the URI in the To header field;"
          + " additionally, the UAS MUST add a tag to the To header field in the response (with"
          + " the exception of the 100 (Trying) response, in which a tag MAY be present).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (s.isResponse() && !s.isRetransmission() && s.status() > 100 && trace.isOrigin(s)
          && s.addressesRead() && s.toTag() == null) {
        report.at(s, s.from() + " answered " + s.method() + " with " + s.label()
            + " without a To tag.");
      }
    }
  }
}
