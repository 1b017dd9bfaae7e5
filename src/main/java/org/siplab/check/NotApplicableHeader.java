package org.siplab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import org.siplab.message.HeaderField;

/**
 * HDR-001: a message carries no header field that RFC 3261's Tables 2 and 3 mark not applicable
 * to its method (and, for a response, to its status): a Contact in a BYE or in the 2xx to a BYE,
 * an Expires in an OPTIONS, a Supported in an ACK. The receiver must ignore such a field, so
 * nothing breaks at once, which is why it goes unnoticed. Judged for the six methods the tables
 * have columns for, on the message its sender made (a proxy's forwarded copy repeats the
 * original's fields, and the original is the one judged).
 */
final class NotApplicableHeader implements Rule {

  private static final RuleInfo INFO = new RuleInfo("HDR-001",
      "A header field the RFC marks not applicable is not sent", Severity.ERROR,
      "RFC 3261 section 20",
      "\"Not applicable\" means that the header field MUST NOT be present in a request. If one is"
          + " placed in a request by mistake, it MUST be ignored by the UAS receiving the request."
          + " Similarly, a header field labeled \"not applicable\" for a response means that the"
          + " UAS MUST NOT place the header field in the response, and the UAC MUST ignore the"
          + " header field in the response.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (s.message() == null || s.isRetransmission() || !trace.isOrigin(s)
          || s.method() == null || !Applicability.METHODS.contains(s.method())) {
        continue;
      }
      Set<String> fields = new LinkedHashSet<>();
      String where = null;
      for (HeaderField field : s.message().headers()) {
        String name = field.headerName().canonical();
        Applicability.Row row = s.isRequest()
            ? Applicability.forbiddenInRequest(name, s.method())
            : Applicability.forbiddenInResponse(name, s.status(), s.method());
        if (row != null && fields.add(name) && where == null) {
          where = s.isRequest() ? (s.isMethod("ACK") || s.isMethod("INVITE") ? "an " : "a ")
              + s.method() + " request" : responses(row.where()) + " to " + s.method();
        }
      }
      if (!fields.isEmpty()) {
        report.at(s, s.from() + " sent " + s.labelWithMethod() + " with "
            + (fields.size() == 1 ? "a " : "") + Words.list(fields)
            + (fields.size() == 1 ? " header field, which Tables 2 and 3 mark" : " header fields,"
            + " which Tables 2 and 3 mark") + " not applicable to " + where + ": the sender must"
            + " not put " + (fields.size() == 1 ? "it" : "them") + " there, and the receiver must"
            + " ignore " + (fields.size() == 1 ? "it." : "them."));
      }
    }
  }

  /** {@code a 2xx response}, {@code a response}, {@code a 2xx or 18x response}. */
  private static String responses(String where) {
    return where.isEmpty() || where.equals("r") || where.startsWith("c") ? "a response"
        : "a " + where.replace(",", " or ") + " response";
  }
}
