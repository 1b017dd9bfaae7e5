package org.siplab.message;

import java.util.Objects;

/**
 * One warning-value (RFC 3261 section 20.43):
 *
 * <pre>
 * warning-value = warn-code SP warn-agent SP warn-text
 * warn-code     = 3DIGIT
 * </pre>
 *
 * siplab puts parser diagnostics in a 399 Warning of its 400 responses, so a learner sees why.
 *
 * <p>The grammar allows any three digits, 000 to 999. Only 3xx codes are defined (section 20.43)
 * and may be registered (section 27.2), but a message with another code is still well-formed, so
 * the model holds it and the parser only warns about it.
 *
 * <p>The third part is {@code warnText}, the RFC's name for it: {@link #text()} is every header
 * value's printed form ({@code 399 host "text"}), as for any other {@link HeaderValue}.
 */
public record Warning(int code, String agent, String warnText) implements HeaderValue {

  /** Section 20.43: 399 is "Miscellaneous warning". */
  public static final int MISCELLANEOUS = 399;

  public Warning {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(warnText, "warnText");
    if (code < 0 || code > 999) {
      throw new IllegalArgumentException(
          "a warn-code is three digits, 000 to 999 (RFC 3261 section 25.1): " + code);
    }
    Quoting.requireQuotable(warnText, "a warn-text");
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(codeText()).append(' ').append(agent).append(' ');
    Quoting.appendQuoted(out, warnText);
  }

  /** The warn-code as written: {@code warn-code = 3DIGIT}, so 99 is 099. */
  public String codeText() {
    return code < 10 ? "00" + code : code < 100 ? "0" + code : Integer.toString(code);
  }

  @Override
  public String toString() {
    return text();
  }
}
