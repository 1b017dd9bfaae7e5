package org.siplab.message;

/**
 * A URI in a Request-URI or a name-addr: {@code SIP-URI / SIPS-URI / absoluteURI} (RFC 3261 section
 * 25.1). {@code tel} URIs (RFC 3966) are typed too, because phones put them in From and To; any
 * other scheme is kept as an {@link AbsoluteUri}.
 */
public sealed interface Uri permits SipUri, TelUri, AbsoluteUri {

  /** The scheme in lower case: {@code sip}, {@code sips}, {@code tel}, ... */
  String scheme();

  /** Appends the URI as it is printed on the wire. */
  void appendTo(PrintSink out);

  /** The URI as it is printed on the wire. */
  default String text() {
    PrintSink out = new PrintSink(48);
    appendTo(out);
    return out.toString();
  }
}
