package org.siplab.explain;

/** How an annotation cites its source: {@code (RFC 3261 17.1.1.2)}, always at the end. */
final class Rfc {

  private Rfc() {}

  /** {@code " (RFC 3261 17.1.1.2)"}; several sections are joined with {@code ", "}. */
  static String cite(String... sections) {
    return " (RFC 3261 " + String.join(", ", sections) + ")";
  }

  /** A citation of RFC 6026, which added the Accepted state and Timers L and M. */
  static String cite6026(String section) {
    return " (RFC 6026 " + section + ")";
  }

  /** A citation of another RFC: {@code " (RFC 3264 8.4)"}. */
  static String citeOther(int rfc, String section) {
    return " (RFC " + rfc + " " + section + ")";
  }

  /** A citation of another RFC as a whole: {@code " (RFC 6086)"}. */
  static String citeOther(int rfc) {
    return " (RFC " + rfc + ")";
  }
}
