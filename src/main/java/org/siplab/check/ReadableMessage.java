package org.siplab.check;

import org.siplab.codec.Diagnostic;

/**
 * MSG-001: every datagram is a SIP message the codec reads without an error. The grammar of
 * section 25 is the protocol's form; each error the codec reports names the rule and the section
 * it breaks, and the finding repeats it. The other rules judge what could be read of the message.
 */
final class ReadableMessage implements Rule {

  private static final RuleInfo INFO = new RuleInfo("MSG-001",
      "Every message follows the SIP grammar", Severity.ERROR, "RFC 3261 sections 7 and 25",
      "Both types of messages consist of a start-line, one or more header fields, an empty line"
          + " indicating the end of the header fields, and an optional message-body. ... The"
          + " start-line, each message-header line, and the empty line MUST be terminated by a"
          + " carriage-return line-feed sequence (CRLF).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (s.repeatsOriginal()) {
        continue;
      }
      if (s.parse() == null) {
        report.at(s, s.from() + " sent a datagram the trace records without its text.");
      } else if (!s.parse().isValid()) {
        report.at(s, s.from() + " sent a message the codec cannot read without errors: "
            + firstError(s) + ".");
      }
    }
  }

  private static String firstError(Sent s) {
    if (s.parse().errors().isEmpty()) {
      return "its start line cannot be read";
    }
    Diagnostic d = s.parse().errors().get(0);
    return d.message() + " (line " + d.line() + ", column " + d.column() + ", " + d.rfc() + ")";
  }
}
