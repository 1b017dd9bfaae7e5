package org.siplab.element.phone;

import java.util.List;
import java.util.Locale;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;
import org.siplab.message.Token;

/**
 * What the phone supports, as its Allow, Accept and Supported header fields say (RFC 3261 sections
 * 20.5, 20.1 and 20.37, and section 11.2 for OPTIONS).
 */
final class Capabilities {

  /** The methods it handles. */
  static final List<Method> METHODS = List.of(Method.INVITE, Method.ACK, Method.CANCEL,
      Method.BYE, Method.OPTIONS, Method.INFO, Method.MESSAGE);

  /** The methods siplab knows of: the phone answers these 405 if it does not handle them. */
  private static final List<Method> RECOGNIZED = List.of(Method.INVITE, Method.ACK,
      Method.CANCEL, Method.BYE, Method.OPTIONS, Method.REGISTER, Method.INFO, Method.MESSAGE,
      Method.PRACK, Method.UPDATE, Method.SUBSCRIBE, Method.NOTIFY, Method.REFER, Method.PUBLISH);

  /** The body types it understands: SDP, text (MESSAGE) and DTMF relay (INFO). */
  static final List<MediaType> TYPES = List.of(MediaType.SDP, MediaType.TEXT_PLAIN,
      Bodies.DTMF_RELAY);

  /**
   * The Request-URI schemes it understands: sip and sips, the schemes of its AOR and Contact. Not
   * tel (RFC 3966): the phone has no telephone number, and siplab only carries tel URIs through,
   * so a tel URI cannot name this phone; a gateway or proxy maps a number to a SIP URI first.
   */
  static final List<String> SCHEMES = List.of("sip", "sips");

  /**
   * The languages of the bodies it understands, as its Accept-Language says: English. Text, as the
   * codec reads an Accept-Language value (a language range with its parameters, section 20.3), so
   * that a message the phone builds equals what it reads back.
   */
  static final List<Text> LANGUAGES = List.of(new Text("en"));

  /** The content codings it understands, as its Accept-Encoding says (section 20.2): none. */
  static final List<Text> ENCODINGS = List.of(new Text("identity"));

  private Capabilities() {}

  static List<Token> allow() {
    return METHODS.stream().map(m -> new Token(m.name())).toList();
  }

  /** No extension: the phone lists an empty Supported (section 20.37 allows it). */
  static List<Token> supported() {
    return List.of();
  }

  /**
   * Section 11.2: "Allow, Accept, Accept-Encoding, Accept-Language, and Supported header fields
   * SHOULD be present in a 200 (OK) response to an OPTIONS request".
   */
  static SipResponse.Builder advertise(SipResponse.Builder response) {
    return acceptable(response.header(HeaderName.ALLOW, allow()))
        .header(HeaderName.SUPPORTED, supported());
  }

  /** The body formats it accepts: Accept, Accept-Encoding and Accept-Language. */
  private static SipResponse.Builder acceptable(SipResponse.Builder response) {
    return response.header(HeaderName.ACCEPT, TYPES)
        .header(HeaderName.ACCEPT_ENCODING, ENCODINGS)
        .header(HeaderName.ACCEPT_LANGUAGE, LANGUAGES);
  }

  /**
   * A refusal of a call with what its status requires. Section 21.4.6: a 405 "MUST include an
   * Allow header field containing a list of valid methods for the indicated address", which for
   * a phone refusing calls are the methods it handles but INVITE. Section 21.4.13: with a 415
   * "The server MUST return a list of acceptable formats using the Accept, Accept-Encoding, or
   * Accept-Language header field". Any other status as it is.
   */
  static SipResponse.Builder withRequiredHeaders(SipResponse.Builder refusal, int status) {
    if (status == 405) {
      return refusal.header(HeaderName.ALLOW, METHODS.stream()
          .filter(m -> !m.equals(Method.INVITE)).map(m -> new Token(m.name())).toList());
    }
    if (status == 415) {
      return acceptable(refusal);
    }
    return refusal;
  }

  static boolean handles(Method method) {
    return METHODS.contains(method);
  }

  static boolean recognizes(Method method) {
    return RECOGNIZED.contains(method);
  }

  static boolean understands(String scheme) {
    return SCHEMES.contains(scheme);
  }

  /**
   * Whether a Content-Language tag is one it understands: a tag matches a language range that is
   * the tag itself or a prefix of it followed by "-" ({@code en} takes {@code en-GB}), as RFC
   * 2616 section 14.4, which section 20.3 refers to, matches them; case does not matter.
   */
  static boolean understandsLanguage(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    return LANGUAGES.stream().map(l -> l.value().toLowerCase(Locale.ROOT))
        .anyMatch(range -> lower.equals(range) || lower.startsWith(range + "-"));
  }

  static boolean accepts(MediaType type) {
    return TYPES.stream().anyMatch(type::sameTypeAs);
  }
}
