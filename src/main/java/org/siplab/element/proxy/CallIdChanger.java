package org.siplab.element.proxy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.dialog.IdSource;
import org.siplab.message.HeaderName;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;

/**
 * The {@link Misbehaviour#CHANGE_CALL_ID} switch: every Call-ID the proxy forwards is swapped for
 * its partner, a new one for a Call-ID seen first, and the original for one the proxy made up, so
 * that the call still works end to end while every forwarded message breaks the rule that a proxy
 * forwards a copy (sections 16.6 step 1 and 16.7 step 9).
 */
final class CallIdChanger {

  private final IdSource ids;
  private final Map<String, String> partners = new LinkedHashMap<>();

  CallIdChanger(IdSource ids) {
    this.ids = ids;
  }

  SipRequest swap(SipRequest request) {
    return request.callId() == null ? request
        : request.with(HeaderName.CALL_ID, new Text(partnerOf(request.callId())));
  }

  SipResponse swap(SipResponse response) {
    return response.callId() == null ? response
        : response.with(HeaderName.CALL_ID, new Text(partnerOf(response.callId())));
  }

  private String partnerOf(String callId) {
    String partner = partners.get(callId);
    if (partner == null) {
      partner = ids.callId();
      partners.put(callId, partner);
      partners.put(partner, callId);
    }
    return partner;
  }
}
