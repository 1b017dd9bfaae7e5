package org.siplab.transaction;

import java.util.List;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/** Builds a response to a request as section 8.2.6 says, for the layer's own answers. */
public final class Responses {

  private Responses() {}

  /**
   * A response with {@code status} and the RFC's reason phrase. Section 8.2.6.2: "the From field
   * of the response MUST equal the From header field of the request", and likewise Call-ID, CSeq
   * and the Via fields "in the same order"; the To is copied too, and section 8.2.6.1 copies any
   * Timestamp into a 100 (Trying). No To tag is added: the caller adds one where section 8.2.6.2
   * asks for it.
   */
  public static SipResponse to(SipRequest request, int status) {
    return to(request.headers(), status);
  }

  /**
   * The same from a request's header fields alone: the transport answers 400 to a request whose
   * Request-Line could not be read from the fields read after it ({@link BadRequest}).
   */
  static SipResponse to(List<HeaderField> requestFields, int status) {
    SipResponse.Builder response = SipResponse.builder(status);
    for (HeaderField field : requestFields) {
      if (field.is(HeaderName.VIA)) {
        response.fields(List.of(field));
      }
    }
    copy(requestFields, HeaderName.FROM, response);
    copy(requestFields, HeaderName.TO, response);
    copy(requestFields, HeaderName.CALL_ID, response);
    copy(requestFields, HeaderName.CSEQ, response);
    if (status == 100) {
      copy(requestFields, HeaderName.TIMESTAMP, response);
    }
    return response.build();
  }

  /**
   * Section 17.2.1: the 100 (Trying) an INVITE server transaction sends on the TU's behalf, built
   * "according to the procedures in Section 8.2.6, except that the insertion of tags in the To
   * header field of the response ... is downgraded from MAY to SHOULD NOT".
   */
  public static SipResponse trying(SipRequest invite) {
    return to(invite, 100);
  }

  private static void copy(
      List<HeaderField> requestFields, HeaderName name, SipResponse.Builder response) {
    HeaderValue value = HeaderField.firstValue(requestFields, name);
    if (value != null) {
      response.header(name, value);
    }
  }
}
