package org.siplab.element.phone;

import java.util.List;
import java.util.Optional;
import org.siplab.dialog.Inspection;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.MediaType;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Token;
import org.siplab.transaction.ServerTransaction;

/**
 * The checks a UAS makes before it acts on a request, in the order of RFC 3261 section 8.2: the
 * method (8.2.1), the Request-URI's scheme and user (8.2.2.1), the extensions the request requires
 * (8.2.2.3), and the body (8.2.3), in the two stages the UA core asks for ({@link Inspection}):
 * a merged request (8.2.2.2), checked between them, is the core's to answer. Each refusal is a
 * response that says what the phone does support.
 *
 * <p>In the chan_sip study, {@code handle_request} answers 405 Method Not Allowed to any method it
 * has no branch for; here that is the first check.
 */
final class Screening {

  private final PhoneKit kit;

  Screening(PhoneKit kit) {
    this.kit = kit;
  }

  /** The refusal of the request at this stage of the checks, or empty when the phone can go on. */
  Optional<SipResponse> refusal(ServerTransaction transaction, Inspection stage) {
    return stage == Inspection.METHOD_AND_ADDRESS ? methodOrAddress(transaction)
        : extensionsOrBody(transaction);
  }

  private Optional<SipResponse> methodOrAddress(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    if (!Capabilities.handles(request.method())) {
      return Optional.of(unsupportedMethod(transaction));
    }
    String scheme = request.requestUri().scheme();
    if (!Capabilities.understands(scheme)) {
      // Section 8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD
      // reject the request with a 416 (Unsupported URI Scheme) response."
      kit.reporter().note("refuses", request.method() + " is for a " + scheme + " URI, a scheme"
          + " this phone does not understand: 416 (section 8.2.2.1)");
      return Optional.of(kit.responseTo(transaction, 416).build());
    }
    if (request.requestUri() instanceof SipUri target && !kit.identity().isAddressedBy(target)) {
      // Section 8.2.2.1: "If the Request-URI does not identify an address that the UAS is
      // willing to accept requests for, it SHOULD reject the request with a 404 (Not Found)".
      kit.reporter().note("refuses", request.method() + " is for " + target + ", not this"
          + " phone's user: 404 (section 8.2.2.1)");
      return Optional.of(kit.responseTo(transaction, 404).build());
    }
    return Optional.empty();
  }

  private Optional<SipResponse> extensionsOrBody(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    // Section 8.2.2.3: "If a UAS does not understand an option-tag listed in a Require header
    // field, it MUST respond by generating a response with status code 420 (Bad Extension). The
    // UAS MUST add an Unsupported header field". The phone supports no extension.
    List<String> required = request.require();
    if (!required.isEmpty()) {
      kit.reporter().note("refuses", request.method() + " requires " + required
          + ", which this phone does not support: 420 (section 8.2.2.3)");
      return Optional.of(kit.responseTo(transaction, 420)
          .header(HeaderName.UNSUPPORTED, required.stream().map(Token::new).toList()).build());
    }
    return unsupportedBody(transaction);
  }

  /**
   * Section 8.2.1: "If the UAS recognizes but does not support the method of a request, it MUST
   * generate a 405 (Method Not Allowed) response. ... The UAS MUST also add an Allow header
   * field". A method it does not even recognize gets 501 (Not Implemented, section 21.5.2), with
   * an Allow too.
   */
  private SipResponse unsupportedMethod(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    int status = Capabilities.recognizes(request.method()) ? 405 : 501;
    kit.reporter().note("refuses", "this phone does not handle " + request.method() + ": "
        + status + " with Allow (section " + (status == 405 ? "8.2.1" : "21.5.2") + ")");
    return kit.responseTo(transaction, status)
        .header(HeaderName.ALLOW, Capabilities.allow()).build();
  }

  /**
   * Section 8.2.3: a body whose type, encoding or language the UAS does not understand makes it
   * "reject the request with a 415 (Unsupported Media Type) response. The response MUST contain an
   * Accept header field listing the types of all bodies it understands", and "If the request
   * contained content with languages not understood by the UAS, the response MUST contain an
   * Accept-Language header field indicating the languages understood by the UAS" (and
   * Accept-Encoding for an encoding).
   */
  private Optional<SipResponse> unsupportedBody(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    if (request.bodyLength() == 0) {
      return Optional.empty();
    }
    MediaType type = request.contentType();
    List<String> encodings = request.values(HeaderName.CONTENT_ENCODING, Token.class).stream()
        .map(Token::value).filter(e -> !e.equalsIgnoreCase("identity")).toList();
    List<String> languages = request.values(HeaderName.CONTENT_LANGUAGE, Token.class).stream()
        .map(Token::value).filter(l -> !Capabilities.understandsLanguage(l)).toList();
    if (type != null && Capabilities.accepts(type) && encodings.isEmpty()
        && languages.isEmpty()) {
      return Optional.empty();
    }
    String what = type == null ? "a body without Content-Type"
        : !Capabilities.accepts(type) ? "a body of type " + type.essence()
        : !encodings.isEmpty() ? "a body encoded " + encodings
        : "a body in language " + languages;
    boolean unknownType = type == null || !Capabilities.accepts(type);
    if (unknownType && isOptional(request)) {
      // Section 8.2.3 rejects a body it does not understand only when "that body part is not
      // optional (as indicated by the Content-Disposition header field)"; section 20.11: the
      // handling parameter "describes how the UAS should react if it receives a message body
      // whose content type or disposition type it does not understand".
      kit.reporter().note("passes over", request.method() + " carries " + what + ", marked"
          + " handling=optional: the phone goes on without it (sections 8.2.3, 20.11)");
      return Optional.empty();
    }
    kit.reporter().note("refuses", request.method() + " carries " + what
        + ", which this phone does not understand: 415 (section 8.2.3)");
    SipResponse.Builder refusal = kit.responseTo(transaction, 415)
        .header(HeaderName.ACCEPT, Capabilities.TYPES);
    if (!encodings.isEmpty()) {
      refusal.header(HeaderName.ACCEPT_ENCODING, Capabilities.ENCODINGS);
    }
    if (!languages.isEmpty()) {
      refusal.header(HeaderName.ACCEPT_LANGUAGE, Capabilities.LANGUAGES);
    }
    return Optional.of(refusal.build());
  }

  /**
   * Whether the Content-Disposition marks the body optional. Section 20.11 and RFC 3204: {@code
   * Content-Disposition = disp-type *( SEMI disp-param )}, {@code handling-param = "handling"
   * EQUAL ( "optional" / "required" / other-handling )}, tokens that compare without regard to
   * case; "If the handling parameter is missing, the value "required" SHOULD be assumed."
   */
  private static boolean isOptional(SipRequest request) {
    HeaderValue disposition = request.first(HeaderName.CONTENT_DISPOSITION);
    if (disposition == null) {
      return false;
    }
    String[] parts = disposition.text().split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param.length == 2 && param[0].strip().equalsIgnoreCase("handling")) {
        return param[1].strip().equalsIgnoreCase("optional");
      }
    }
    return false;
  }
}
