package org.siplab.check;

import org.siplab.message.CSeq;
import org.siplab.message.NameAddress;
import org.siplab.message.Uri;

/** How the rules' sentences write values: quoted, and "none" for a value that is absent. */
final class Words {

  private Words() {}

  /** {@code 'value'}, or {@code none}. */
  /** {@code A}, {@code A and B}, {@code A, B and C}. */
  static String list(java.util.Collection<String> items) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (String item : items) {
      out.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append(item);
      i++;
    }
    return out.toString();
  }

  static String quoted(String value) {
    return value == null ? "none" : "'" + value + "'";
  }

  /** {@code 1 INVITE}, or {@code none}. */
  static String cseq(CSeq cseq) {
    return cseq == null ? "none" : cseq.number() + " " + cseq.method().name();
  }

  static String uri(Uri uri) {
    return uri.text();
  }

  static String uri(NameAddress address) {
    return address == null ? "none" : uri(address.uri());
  }
}
