package org.siplab.element;

import java.util.List;
import org.siplab.message.HostPort;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;

/**
 * The To header field of a request sent to a target URI. Section 8.1.1.1 makes the To's URI the
 * start of the Request-URI, but Table 1 (section 19.1.1) marks the port, method, maddr, ttl,
 * transport and lr parameters and the headers "-" in a To: "not allowed". A call to
 * {@code sip:bob@example.com;transport=udp} keeps that Request-URI, and its To is
 * {@code <sip:bob@example.com>}; user=phone and the parameters siplab does not know are allowed
 * in a To ("o", other-param) and stay.
 */
public final class ToUri {

  /** The uri-parameters Table 1 does not allow in a To. */
  private static final List<String> NOT_IN_TO = List.of("method", "maddr", "ttl", "transport",
      "lr");

  private ToUri() {}

  /** The To for a request whose Request-URI is {@code target}. */
  public static NameAddress of(SipUri target) {
    SipUri uri = target.withoutHeaders().withHostPort(HostPort.of(target.host()));
    for (String name : NOT_IN_TO) {
      uri = uri.withoutParameter(name);
    }
    return NameAddress.of(uri);
  }
}
