package org.siplab.check;

import java.util.List;
import org.siplab.message.Parameters;
import org.siplab.message.Via;

/**
 * Compares Via values the way section 8.2.6.2 means "equal": the value the request carried, except
 * for the {@code received} and {@code rport} parameters, which the server that receives the request
 * adds to it (section 18.2.1, RFC 3581) before the response copies it back.
 */
public final class ViaValues {

  private ViaValues() {}

  public static boolean same(Via a, Via b) {
    return a.protocolName().equalsIgnoreCase(b.protocolName())
        && a.protocolVersion().equals(b.protocolVersion())
        && a.transport().equalsIgnoreCase(b.transport())
        && a.sentBy().sameHostAs(b.sentBy())
        && a.sentBy().port() == b.sentBy().port()
        && ownParameters(a).equals(ownParameters(b));
  }

  /** Whether the two lists hold the same values in the same order. */
  public static boolean same(List<Via> a, List<Via> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code list} minus its first value is {@code rest}. */
  public static boolean sameAfterTop(List<Via> list, List<Via> rest) {
    return !list.isEmpty() && same(list.subList(1, list.size()), rest);
  }

  /** The value for a sentence: {@code SIP/2.0/UDP host:5060;branch=z9hG4bK1}. */
  public static String text(Via via) {
    return via == null ? "none" : via.toString();
  }

  private static Parameters ownParameters(Via via) {
    return via.parameters().without("received").without("rport");
  }
}
