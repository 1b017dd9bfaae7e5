package org.siplab.codec;

import java.util.List;
import org.siplab.codec.StartLineParser.StartLine;
import org.siplab.message.AbsoluteUri;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;
import org.siplab.message.Text;
import org.siplab.message.Uri;

/**
 * The URI schemes of To, From, Contact, Reply-To, Route and Record-Route. The grammar allows any
 * URI in each, and RFC 4475 section 3.3.4 says a message with unknown schemes there "is
 * syntactically valid", so all of these are warnings, each at the URI it is about, in words that
 * fit its header and its message: the same {@code mailto:} is allowed in a REGISTER's Contact
 * (RFC 3261 section 10.2.1) and breaks a MUST in an INVITE's (section 8.1.1.8).
 *
 * <p>A SIPS URI among them is checked for its transport too (SipsTransport).
 *
 * <p>A valid message whose addresses are sip: URIs costs one type test a value; the words, and the
 * URI's place in the text, are worked out only for a URI that needs them.
 */
final class AddressSchemes {

  private static final String RFC4475 = "RFC 4475 section 3.3.4";

  private AddressSchemes() {}

  /**
   * @param start the start line, or null when it could not be read (the message's kind and
   *     method are then unknown, and the words say only what holds in any message)
   */
  static void check(StartLine start, List<HeaderField> fields, int[] starts,
      MessageValidator.First first, String text, Diagnostics d) {
    for (int i = 0; i < fields.size(); i++) {
      HeaderField f = fields.get(i);
      boolean route = f.is(HeaderName.ROUTE) || f.is(HeaderName.RECORD_ROUTE);
      if (!route && !f.is(HeaderName.TO) && !f.is(HeaderName.FROM) && !f.is(HeaderName.CONTACT)
          && !f.is(HeaderName.REPLY_TO)) {
        continue;
      }
      List<HeaderValue> values = f.values();
      for (int v = 0; v < values.size(); v++) {
        if (!(values.get(v) instanceof NameAddress na)) {
          continue;
        }
        String header = f.headerName().canonical();
        if (!(na.uri() instanceof SipUri sip)) {
          Note note = route ? routeNote(na.uri(), header)
              : noteFor(f.headerName(), na.uri(), start, fields, first);
          if (note != null) {
            d.warning(uriStart(text, starts[i], f.headerName(), v), note.message, "absoluteURI",
                note.rfc);
          }
        } else if (sip.secure()) {
          SipsTransport.check(sip, uriStart(text, starts[i], f.headerName(), v),
              "the " + header + " URI", text, d);
        }
      }
    }
  }

  private record Note(String message, String rfc) {}

  private static Note noteFor(HeaderName name, Uri uri, StartLine start, List<HeaderField> fields,
      MessageValidator.First first) {
    String has = "the " + name.canonical() + " URI has the scheme '" + uri.scheme() + "': ";
    if (name == HeaderName.CONTACT) {
      return contactNote(has, uri, start, fields, first);
    }
    if (name == HeaderName.TO && isRequest(start, Method.REGISTER)) {
      // Section 10.2: "This address-of-record MUST be a SIP URI or SIPS URI"; a tel: one too.
      return new Note(has + "in a REGISTER, To is the address-of-record, which must be a sip: or"
          + " sips: URI, so a registrar answers 400", "RFC 3261 section 10.2; " + RFC4475);
    }
    if (!(uri instanceof AbsoluteUri)) {
      return null;
    }
    if (name == HeaderName.TO) {
      return new Note(has + "the message is valid, as To may hold any URI, and a request is"
          + " routed by its Request-URI, not by To", "RFC 3261 section 8.1.1.2; " + RFC4475);
    }
    if (name == HeaderName.FROM) {
      return new Note(has + "the message is valid, as From may hold any URI, but it gives the"
          + " receiver no SIP address of the sender", "RFC 3261 section 8.1.1.3; " + RFC4475);
    }
    return new Note(has + "the message is valid, but no SIP request can be sent to it",
        "RFC 3261 section 20.31; " + RFC4475);
  }

  /**
   * A Contact's meaning depends on the message it is in (section 20.10). In a request or response
   * that makes a dialog it is the remote target, where the other side sends the requests of the
   * dialog, so it must be a SIP or SIPS URI (sections 8.1.1.8 and 12.1.1); a tel: URI breaks
   * that too. A REGISTER binds any URI (section 10.2.1 names tel and mailto).
   */
  private static Note contactNote(String has, Uri uri, StartLine start, List<HeaderField> fields,
      MessageValidator.First first) {
    if (isRequest(start, Method.INVITE)) {
      return new Note(has + "an INVITE's Contact must be a sip: or sips: URI, the remote target"
          + " to which the callee sends the requests of the dialog", "RFC 3261 section 8.1.1.8");
    }
    if (start != null && !start.isRequest() && start.status() > 100 && start.status() < 300
        && first.cseq >= 0 && fields.get(first.cseq).first() instanceof CSeq cseq
        && cseq.method().equals(Method.INVITE)) {
      return new Note(has + "the Contact of a response that makes a dialog must be a sip: or"
          + " sips: URI, the remote target to which the caller sends the requests of the dialog",
          "RFC 3261 section 12.1.1");
    }
    if (!(uri instanceof AbsoluteUri)) {
      return null;
    }
    if (isRequest(start, Method.REGISTER)) {
      return new Note(has + "a REGISTER may bind any URI to the address-of-record, so this is"
          + " allowed, but no SIP request can be delivered to this binding",
          "RFC 3261 section 10.2.1; " + RFC4475);
    }
    return new Note(has + "the message is valid, but no SIP request can be sent to it",
        "RFC 3261 section 20.10; " + RFC4475);
  }

  /**
   * A Route or Record-Route entry names a proxy to visit (sections 16.6, 20.30 and 20.34), and a
   * proxy is reached by a SIP or SIPS URI: the grammar allows any URI there, no element can route
   * by another.
   */
  private static Note routeNote(Uri uri, String header) {
    if (!(uri instanceof AbsoluteUri)) {
      return null;
    }
    return new Note("a " + header + " entry has the scheme '" + uri.scheme() + "': the proxies a"
        + " request visits are named by sip: or sips: URIs, so no element can route by it",
        "RFC 3261 sections 16.6, 20.30 and 20.34");
  }

  private static boolean isRequest(StartLine start, Method method) {
    return start != null && start.isRequest() && start.method().equals(method);
  }

  /**
   * Where the URI of value {@code index} of the field starting at {@code fieldStart} starts in
   * {@code text}: after the first '<' outside quotes of that value, or at its first character
   * when it is a bare addr-spec. The values are found as the parser split them (Text#listItemEnd);
   * the field ends at the first line break not followed by whitespace (section 7.3.1 folding).
   */
  static int uriStart(String text, int fieldStart, HeaderName name, int index) {
    int from = text.indexOf(':', fieldStart) + 1;
    int end = fieldEnd(text, from);
    int item = from;
    for (int k = 0; k < index; k++) {
      int itemEnd = Text.listItemEnd(name, text, item, end);
      if (itemEnd < 0 || itemEnd >= end) {
        return fieldStart;
      }
      item = itemEnd + 1;
    }
    int itemEnd = Text.listItemEnd(name, text, item, end);
    if (itemEnd < 0) {
      itemEnd = end;
    }
    while (item < itemEnd && Cursor.isWhitespace(text.charAt(item))) {
      item++;
    }
    boolean quoted = false;
    for (int i = item; i < itemEnd; i++) {
      char ch = text.charAt(i);
      if (quoted && ch == '\\') {
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == '<') {
        return i + 1;
      }
    }
    return item;
  }

  private static int fieldEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\n' && (i + 1 >= text.length()
          || text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\t')) {
        return text.charAt(i - 1) == '\r' ? i - 1 : i;
      }
      i++;
    }
    return text.length();
  }
}
