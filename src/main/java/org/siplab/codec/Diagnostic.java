package org.siplab.codec;

import java.util.Objects;

/**
 * One problem found in a message: where it is, what is wrong in words a student understands, and
 * the RFC section that makes it a problem. Lines and columns count from 1; columns count characters
 * of the decoded line (so a UTF-8 display name counts one column a character, not a byte).
 *
 * @param severity {@link Severity#ERROR} makes the message invalid; a warning is legal but
 *     suspicious
 * @param offset the byte offset in the datagram, from 0
 * @param rule the grammar rule or check that failed, such as {@code Request-Line} or {@code CSeq}
 * @param rfc the section that states the rule, such as {@code RFC 3261 section 8.1.1.5}
 */
public record Diagnostic(
    Severity severity, int line, int column, int offset, String message, String rule, String rfc) {

  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return this == ERROR ? "error" : "warning";
    }
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(rfc, "rfc");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code 3:14: error: message (RFC 3261 section 20.16)}. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + severity.label() + ": " + message + " (" + rfc + ")";
  }
}
