package org.siplab.transaction;

import java.util.List;
import org.siplab.codec.Diagnostic;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;
import org.siplab.message.Via;
import org.siplab.message.Warning;

/**
 * The 400 (Bad Request) the transport sends back for a request that does not parse, with a
 * Warning that says why, so that a learner sees the reason on the wire.
 *
 * <p>RFC 3261 section 21.4.1: 400 means "The request could not be understood due to malformed
 * syntax. The Reason-Phrase SHOULD identify the syntax problem in more detail"; section 20.43
 * gives warn-code 399 ("Miscellaneous warning") for free text; RFC 4475 asks an element that
 * receives a malformed request to answer 400 where it can rather than drop it.
 */
final class BadRequest {

  private BadRequest() {}

  /**
   * Whether a response can be built at all: it needs the request's Via (to go back), From, To,
   * Call-ID and CSeq (section 8.2.6.2); and an ACK is never answered (section 17).
   *
   * @param method the request's method, or the CSeq's when the Request-Line could not be read
   */
  static boolean canAnswer(Method method, List<HeaderField> fields) {
    return !method.equals(Method.ACK)
        && HeaderField.firstValue(fields, HeaderName.VIA) instanceof Via
        && HeaderField.firstValue(fields, HeaderName.FROM) instanceof NameAddress
        && HeaderField.firstValue(fields, HeaderName.TO) instanceof NameAddress
        && HeaderField.firstValue(fields, HeaderName.CALL_ID) instanceof Text
        && HeaderField.firstValue(fields, HeaderName.CSEQ) instanceof CSeq;
  }

  /**
   * The 400 for a request with these header fields, whose top Via the transport has already
   * marked with received and rport; {@link #canAnswer} must hold. Section 8.2.6.2: the UAS "MUST
   * add a tag to the To header field" when the request had none; as a stateless answer it derives
   * the tag from the request (section 8.2.7: the same request gets the same tag), never from
   * randomness.
   *
   * @param warnAgent the host of this transport's sent-by (section 20.43: warn-agent = hostport)
   */
  static SipResponse build(List<HeaderField> fields, Diagnostic firstError, String warnAgent) {
    SipResponse response = Responses.to(fields, 400);
    NameAddress to = (NameAddress) HeaderField.firstValue(fields, HeaderName.TO);
    if (to.tag() == null) {
      response = response.with(HeaderName.TO, to.withTag(statelessTag(fields)));
    }
    return response.append(HeaderName.WARNING,
        new Warning(Warning.MISCELLANEOUS, warnAgent, warningText(firstError)));
  }

  /**
   * {@code line:column: message (rfc)}, with control characters turned into spaces: a
   * quoted-string cannot carry CR or LF (section 25.1), and the diagnostic may quote raw input.
   */
  static String warningText(Diagnostic error) {
    String text = error.line() + ":" + error.column() + ": " + error.message()
        + " (" + error.rfc() + ")";
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      clean.append(c < 0x20 || c == 0x7f ? ' ' : c);
    }
    return clean.toString();
  }

  private static String statelessTag(List<HeaderField> fields) {
    NameAddress from = (NameAddress) HeaderField.firstValue(fields, HeaderName.FROM);
    Text callId = (Text) HeaderField.firstValue(fields, HeaderName.CALL_ID);
    Via top = (Via) HeaderField.firstValue(fields, HeaderName.VIA);
    String key = callId.value() + "|" + from.tag() + "|"
        + HeaderField.firstValue(fields, HeaderName.CSEQ) + "|" + top.branch();
    return "sl" + Integer.toHexString(key.hashCode());
  }
}
