package org.siplab.transaction;

import java.util.List;
import java.util.function.Function;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/** Builds a response to a request as section 8.2.6 says, for the layer's own answers. */
public final class Responses {

  private Responses() {}

  /**
   * A response with {@code status} and the RFC's reason phrase. Section 8.2.6.2: "[t]he From field
   * of the response MUST equal the From header field of the request", and likewise Call-ID, CSeq
   * and the Via fields "in the same order"; the To is copied too, and section 8.2.6.1 copies any
   * Timestamp into a 100 (Trying). No To tag is added: the caller adds one where section 8.2.6.2
   * asks for it.
   */
  public static SipResponse to(SipRequest request, int status) {
    // The message's own index finds each field without a scan: this is on every transaction's path.
    return to(request.headers(), request::first, status);
  }

  /**
   * The same from a request's header fields alone: the transport answers 400 to a request whose
   * Request-Line could not be read from the fields read after it ({@link BadRequest}).
   */
  static SipResponse to(List<HeaderField> requestFields, int status) {
    return to(requestFields, name -> HeaderField.firstValue(requestFields, name), status);
  }

  private static SipResponse to(List<HeaderField> requestFields,
      Function<HeaderName, HeaderValue> first, int status) {
    SipResponse.Builder response = SipResponse.builder(status);
    for (HeaderField field : requestFields) {
      if (field.is(HeaderName.VIA)) {
        response.fields(List.of(field));
      }
    }
    copy(first, HeaderName.FROM, response);
    copy(first, HeaderName.TO, response);
    copy(first, HeaderName.CALL_ID, response);
    copy(first, HeaderName.CSEQ, response);
    if (status == 100) {
      copy(first, HeaderName.TIMESTAMP, response);
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

  private static void copy(Function<HeaderName, HeaderValue> first, HeaderName name,
      SipResponse.Builder response) {
    HeaderValue value = first.apply(name);
    if (value != null) {
      response.header(name, value);
    }
  }
}
