package org.siplab.transaction;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.Parameter;
import org.siplab.message.SipRequest;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;

/**
 * The marks the transport puts on a top Via: {@code received} and {@code rport} on a request that
 * arrives (section 18.2.1, RFC 3581 section 4), and an empty {@code rport} on a request it sends
 * (RFC 3581 section 3).
 */
final class ViaStamping {

  private ViaStamping() {}

  /**
   * Records where a request really came from, so that the response can go back there (section
   * 18.2.2). Returns the request itself when its top Via needs no mark.
   */
  static SipRequest markSource(SipRequest request, Endpoint source) {
    Via top = request.topVia();
    if (top == null) {
      return request;
    }
    Via marked = marked(top, source);
    return marked == top ? request : request.withFirstValue(HeaderName.VIA, marked);
  }

  /**
   * The same for a request's header fields alone (read after a Request-Line that could not be
   * read), so that the 400 the transport answers goes where section 18.2.2 sends a response.
   */
  static List<HeaderField> markSource(List<HeaderField> fields, Endpoint source) {
    for (int i = 0; i < fields.size(); i++) {
      HeaderField f = fields.get(i);
      if (f.is(HeaderName.VIA) && !f.values().isEmpty()) {
        if (!(f.values().get(0) instanceof Via top)) {
          return fields;
        }
        Via marked = marked(top, source);
        if (marked == top) {
          return fields;
        }
        List<HeaderValue> values = new ArrayList<>(f.values());
        values.set(0, marked);
        List<HeaderField> out = new ArrayList<>(fields);
        out.set(i, new HeaderField(f.name(), f.headerName(), values));
        return out;
      }
    }
    return fields;
  }

  /** {@code top} with the marks section 18.2.1 and RFC 3581 ask for, or {@code top} itself. */
  private static Via marked(Via top, Endpoint source) {
    if (asksForRport(top)) {
      // RFC 3581 section 4: the server "MUST insert a received parameter containing the source
      // IP address ... even if it is identical to the value of the sent-by component", and puts
      // the source port in rport, so that a client behind a NAT gets its response.
      return top.withRport(source.port()).withReceived(source.address());
    }
    if (!top.sentBy().address().equalsIgnoreCase(source.address())) {
      // 18.2.1: if the "sent-by" host "contains a domain name, or if it contains an IP address that
      // differs from the packet source address, the server MUST add a "received" parameter".
      return top.withReceived(source.address());
    }
    return top;
  }

  /** RFC 3581 section 3: a client asks for rport by adding the parameter without a value. */
  static SipRequest requestRport(SipRequest request) {
    Via top = request.topVia();
    if (top == null || top.hasRport()) {
      return request;
    }
    return request.withFirstValue(HeaderName.VIA, top.withParameter(Parameter.flag("rport")));
  }

  private static boolean asksForRport(Via via) {
    Parameter rport = via.parameters().find("rport");
    return rport != null && !rport.hasValue();
  }
}
