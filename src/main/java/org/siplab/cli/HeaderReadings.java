package org.siplab.cli;

import java.util.ArrayList;
import java.util.List;
import org.siplab.codec.SipText;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Text;
import org.siplab.message.Via;

/**
 * The header values {@code lint --json} reports, read from a list of header fields rather than from
 * a message: after a start line that could not be read there is no message, but its fields were
 * still read (see {@code ParseResult#headers()}). Each view reads as the message's typed view of
 * the same name does: the first field that has a value, and a value left as text (its grammar
 * broke) counts as absent. A Call-ID is text whether its grammar matched or not, so it counts as
 * read only when it is one ({@link SipText#isCallId}).
 */
final class HeaderReadings {

  private final List<HeaderField> fields;

  HeaderReadings(List<HeaderField> fields) {
    this.fields = fields;
  }

  String callId() {
    Text t = first(HeaderName.CALL_ID, Text.class);
    return t == null || !SipText.isCallId(t.value()) ? null : t.value();
  }

  CSeq cseq() {
    return first(HeaderName.CSEQ, CSeq.class);
  }

  NameAddress from() {
    return first(HeaderName.FROM, NameAddress.class);
  }

  NameAddress to() {
    return first(HeaderName.TO, NameAddress.class);
  }

  /** Every Via value, across all Via fields, in order. */
  List<Via> vias() {
    List<Via> out = new ArrayList<>(2);
    for (HeaderField f : fields) {
      if (f.is(HeaderName.VIA)) {
        for (HeaderValue v : f.values()) {
          if (v instanceof Via via) {
            out.add(via);
          }
        }
      }
    }
    return out;
  }

  /** Content-Length as written, or -1 when absent or unreadable. */
  long contentLength() {
    Numeric n = first(HeaderName.CONTENT_LENGTH, Numeric.class);
    return n == null ? -1 : n.value();
  }

  private <T extends HeaderValue> T first(HeaderName name, Class<T> type) {
    HeaderValue v = HeaderField.firstValue(fields, name);
    return type.isInstance(v) ? type.cast(v) : null;
  }
}
