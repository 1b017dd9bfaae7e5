package org.siplab.codec;

import java.util.List;
import org.siplab.message.HeaderField;
import org.siplab.message.SipMessage;

/**
 * What the parser made of a datagram. A message is valid when no diagnostic is an error. Even an
 * invalid message is built as far as it could be read (a header whose value broke the grammar is
 * kept as text), so that {@code siplab lint} can show every field; {@link #message()} is
 * {@code null} only when not even the start line could be read.
 *
 * @param headers the header fields as read: the message's own when there is a message; when the
 *     start line could not be read, the fields after it, each read by its own grammar (empty when
 *     the text after the start line does not look like header fields)
 */
public record ParseResult(SipMessage message, List<Diagnostic> diagnostics,
    List<HeaderField> headers) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
    headers = message != null ? message.headers() : List.copyOf(headers);
  }

  /** A result whose fields, if any, are the message's. */
  public ParseResult(SipMessage message, List<Diagnostic> diagnostics) {
    this(message, diagnostics, List.of());
  }

  public boolean isValid() {
    if (message == null) {
      return false;
    }
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return false;
      }
    }
    return true;
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /**
   * The message when valid; throws with the first error otherwise (for tests and trusted input).
   */
  public SipMessage orThrow() {
    if (!isValid()) {
      throw new IllegalArgumentException(
          "not a valid SIP message: " + (errors().isEmpty() ? "empty" : errors().get(0)));
    }
    return message;
  }
}
