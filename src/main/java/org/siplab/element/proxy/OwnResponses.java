package org.siplab.element.proxy;

import java.util.ArrayList;
import java.util.List;
import org.siplab.dialog.IdSource;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.Responses;

/**
 * The responses the proxy makes itself, as a user agent server (section 16.1: "When responding
 * directly to a request, the element is playing the role of a UAS and MUST behave as described in
 * Section 8.2").
 */
final class OwnResponses {

  private final IdSource ids;

  OwnResponses(IdSource ids) {
    this.ids = ids;
  }

  /**
   * A response built by section 8.2.6, with {@code fields} added. Section 8.2.6.2: "the UAS MUST
   * add a tag to the To header field in the response" when the request had none, except on a 100
   * (section 8.2.6.1 and 17.2.1 make that a SHOULD NOT).
   */
  SipResponse to(SipRequest request, int status, List<HeaderField> fields) {
    SipResponse response = Responses.to(request, status);
    if (status > 100 && request.to() != null && !request.to().hasTag()) {
      response = response.with(HeaderName.TO, request.to().withTag(ids.tag()));
    }
    for (HeaderField field : fields) {
      if (field.values().isEmpty()) {
        // A field with no value, such as an empty Supported (section 20.37 allows it), has no
        // value to append: it goes in whole.
        List<HeaderField> all = new ArrayList<>(response.headers());
        all.add(field);
        response = response.withHeaders(all);
      }
      for (HeaderValue value : field.values()) {
        response = response.append(field.headerName(), value);
      }
    }
    return response;
  }
}
