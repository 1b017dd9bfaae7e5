package org.siplab.element.pbx;

import java.util.ArrayList;
import java.util.List;
import org.siplab.dialog.UserAgentCore;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.message.Warning;
import org.siplab.transaction.ServerTransaction;

/**
 * The responses the PBX sends on one leg for what happened on the other. Each is a response of
 * the PBX's own to the request it received (section 8.2.6: its Via, From, Call-ID and CSeq, and
 * the PBX's To tag for that leg); only the status, the reason phrase, the session description
 * and a few end-to-end headers come from the other leg.
 */
final class Relay {

  /** Headers a caller may need from the callee's failure: where else to try, and when. */
  private static final List<HeaderName> CARRIED = List.of(HeaderName.RETRY_AFTER,
      HeaderName.WARNING);

  /**
   * 503 Service Unavailable, which the PBX never passes to a caller. Section 21.5.4: a client
   * receiving it "SHOULD NOT forward any other requests to that server" for the Retry-After, so
   * a caller told 503 by the PBX would take the whole PBX for down, when only one callee is. A
   * proxy has the same rule (section 16.7 step 6: it "SHOULD NOT forward it upstream unless it
   * can determine that any subsequent requests it might proxy will also generate a 503", and
   * "SHOULD generate a 500 response" instead); the PBX, placing each leg itself, answers 500.
   */
  static final int UNAVAILABLE = 503;

  private Relay() {}

  /** {@code from}'s status, reason phrase and body, as the PBX's response to {@code tx}. */
  static SipResponse response(UserAgentCore core, ServerTransaction tx, SipResponse from) {
    SipResponse own = core.responseTo(tx, from.status()).build();
    SipResponse out = new SipResponse(from.status(), from.reason(), SipMessage.SIP_2_0,
        own.headers(), new byte[0]);
    if (from.bodyLength() > 0 && from.contentType() != null) {
      out = out.withBody(from.contentType(), from.body());
    }
    return out;
  }

  /**
   * A final failure of the callee for the caller. A 3xx keeps its Contact (where to try), any
   * failure its Retry-After and Warning. A 401 or 407 asked the PBX for credentials it cannot
   * pass on (the WWW-Authenticate names the callee's realm, and RFC 3261 section 22.2 says a 401
   * MUST carry one), so the caller gets 403 Forbidden instead. A 503 says that the callee is
   * overloaded, not the PBX, so the caller gets 500 instead (see {@link #UNAVAILABLE}).
   */
  static SipResponse failure(UserAgentCore core, ServerTransaction tx, SipResponse from) {
    if (from.status() == 401 || from.status() == 407) {
      return status(core, tx, 403, "the callee asked the PBX for credentials (" + from.status()
          + ")");
    }
    if (from.status() == UNAVAILABLE) {
      return status(core, tx, 500, "the callee answered 503 Service Unavailable");
    }
    SipResponse out = response(core, tx, from);
    for (HeaderField field : from.headers()) {
      boolean redirect = from.statusClass() == 3 && field.is(HeaderName.CONTACT);
      if (redirect || CARRIED.stream().anyMatch(field::is)) {
        out = out.withHeaders(append(out.headers(), field));
      }
    }
    return out;
  }

  /** A response of the PBX's own, with its reason in a Warning (section 20.43, code 399). */
  static SipResponse status(UserAgentCore core, ServerTransaction tx, int status, String why) {
    String host = core.layer().transport().sentBy().host();
    return core.responseTo(tx, status)
        .header(HeaderName.WARNING, new Warning(Warning.MISCELLANEOUS, host, why)).build();
  }

  /** The response with the PBX's Allow header added (section 20.5). */
  static SipResponse withAllow(SipResponse response) {
    return response.withHeaders(append(response.headers(), HeaderField.of(HeaderName.ALLOW,
        Pbx.ALLOW)));
  }

  private static List<HeaderField> append(List<HeaderField> headers, HeaderField field) {
    List<HeaderField> out = new ArrayList<>(headers);
    out.add(field);
    return out;
  }
}
