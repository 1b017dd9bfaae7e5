package org.siplab.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.siplab.message.HeaderName;
import org.siplab.spelling.EditDistance;

/**
 * What each known header is for, in a sentence, and the RFC section that defines it. The parser
 * cites the section in its diagnostics; {@code siplab lint} prints the sentence for a learner.
 */
public final class HeaderCatalog {

  /** A header's section and purpose. */
  public record Entry(String rfc, String purpose) {}

  private static final Map<HeaderName, Entry> ENTRIES = new LinkedHashMap<>();
  private static final String[] RFC_BY_ORDINAL = new String[HeaderName.knownCount()];

  static {
    add(HeaderName.VIA, "20.42",
        "the path the request took so far; responses retrace it, top Via first,"
        + " and the top branch identifies the transaction");
    add(HeaderName.FROM, "20.20",
        "the logical sender (address-of-record) of the request; its tag is"
        + " one half of the dialog identifier");
    add(HeaderName.TO, "20.39",
        "the logical recipient; the UAS adds a tag in its responses, the other"
        + " half of the dialog identifier");
    add(HeaderName.CALL_ID, "20.8",
        "groups all the messages of one call or registration; with the tags"
        + " it identifies a dialog");
    add(HeaderName.CSEQ, "20.16",
        "a sequence number and the method: orders requests within a dialog"
        + " and ties each response to its request");
    add(HeaderName.CONTACT, "20.10",
        "where the sender can be reached directly (its current address),"
        + " as opposed to its address-of-record");
    add(HeaderName.MAX_FORWARDS, "20.22",
        "how many more hops the request may take; each proxy takes one"
        + " off, and at zero it answers 483");
    add(HeaderName.ROUTE, "20.34", "the proxies the request must still visit");
    add(HeaderName.RECORD_ROUTE, "20.30",
        "proxies that want to stay on the path of later requests in"
        + " the dialog");
    add(HeaderName.CONTENT_LENGTH, "20.14", "the size of the body in bytes; over UDP it frames the"
        + " message inside the datagram");
    add(HeaderName.CONTENT_TYPE, "20.15", "the media type of the body, such as application/sdp");
    add(HeaderName.EXPIRES, "20.19",
        "how long, in seconds, a registration or invitation stays valid");
    add(HeaderName.MIN_EXPIRES, "20.23", "the shortest registration interval the registrar accepts"
        + " (sent with 423)");
    add(HeaderName.DATE, "20.17", "when the message was sent, always in GMT");
    add(HeaderName.RETRY_AFTER, "20.33", "how many seconds to wait before trying again");
    add(HeaderName.WARNING, "20.43", "extra information about a response, with a three-digit code");
    add(HeaderName.WWW_AUTHENTICATE, "20.44", "a registrar's or UAS's digest challenge (with 401)");
    add(HeaderName.PROXY_AUTHENTICATE, "20.27", "a proxy's digest challenge (with 407)");
    add(HeaderName.AUTHORIZATION, "20.7", "the UA's digest credentials answering a 401 challenge");
    add(HeaderName.PROXY_AUTHORIZATION, "20.28", "the UA's digest credentials answering a 407"
        + " challenge");
    add(HeaderName.ALLOW, "20.5", "the methods the sender supports");
    add(HeaderName.REQUIRE, "20.32", "extensions the UAS must support to handle the request");
    add(HeaderName.PROXY_REQUIRE, "20.29", "extensions each proxy must support");
    add(HeaderName.SUPPORTED, "20.37", "extensions the sender supports");
    add(HeaderName.UNSUPPORTED, "20.40", "the extensions (from Require) the UAS does not support"
        + " (with 420)");
    add(HeaderName.ACCEPT, "20.1", "the body types the sender accepts");
    add(HeaderName.ACCEPT_ENCODING, "20.2", "the content codings the sender accepts");
    add(HeaderName.ACCEPT_LANGUAGE, "20.3", "the languages the sender prefers");
    add(HeaderName.ALERT_INFO, "20.4", "an alternative ring tone");
    add(HeaderName.AUTHENTICATION_INFO, "20.6",
        "mutual authentication data after a successful digest");
    add(HeaderName.CALL_INFO, "20.9", "more information about the caller or callee");
    add(HeaderName.CONTENT_DISPOSITION, "20.11",
        "how to interpret the body (session, render, ...)");
    add(HeaderName.CONTENT_ENCODING, "20.12", "codings applied to the body");
    add(HeaderName.CONTENT_LANGUAGE, "20.13", "the language of the body");
    add(HeaderName.ERROR_INFO, "20.18", "a pointer to more information about an error");
    add(HeaderName.IN_REPLY_TO, "20.21", "the Call-IDs this call returns");
    add(HeaderName.MIME_VERSION, "20.24", "the MIME version of the body");
    add(HeaderName.ORGANIZATION, "20.25", "the organization of the sender");
    add(HeaderName.PRIORITY, "20.26", "the urgency of the request as the caller sees it");
    add(HeaderName.REPLY_TO, "20.31", "where a reply should go, if not to From");
    add(HeaderName.SERVER, "20.35", "the software of the UAS that answered");
    add(HeaderName.SUBJECT, "20.36", "a summary of the call");
    add(HeaderName.TIMESTAMP, "20.38", "when the UAC sent the request, for round-trip estimates");
    add(HeaderName.USER_AGENT, "20.41", "the software of the UAC");
    extension(HeaderName.EVENT, "RFC 6665 section 8.2.1", "the event package a SUBSCRIBE or"
        + " NOTIFY is about");
    extension(HeaderName.ALLOW_EVENTS, "RFC 6665 section 8.2.2", "the event packages the sender"
        + " supports");
    extension(HeaderName.REFER_TO, "RFC 3515 section 2.1", "the URI a REFER asks the recipient to"
        + " contact (call transfer)");
    extension(HeaderName.REFERRED_BY, "RFC 3892 section 3",
        "who asked for this request by a REFER");
    extension(HeaderName.SESSION_EXPIRES, "RFC 4028 section 4", "how long the session lasts unless"
        + " refreshed");
    extension(HeaderName.ACCEPT_CONTACT, "RFC 3841 section 9.2", "caller preferences for which"
        + " contacts to reach");
    extension(HeaderName.REJECT_CONTACT, "RFC 3841 section 9.2", "caller preferences for which"
        + " contacts not to reach");
    extension(HeaderName.REQUEST_DISPOSITION, "RFC 3841 section 9.1", "caller preferences for how a"
        + " proxy handles the request (fork, recurse...)");
    extension(HeaderName.IDENTITY, "RFC 8224 section 4", "a signature over the caller's identity");
  }

  private static void extension(HeaderName name, String rfc, String purpose) {
    ENTRIES.put(name, new Entry(rfc, purpose));
    RFC_BY_ORDINAL[name.ordinal()] = rfc;
  }

  private HeaderCatalog() {}

  private static void add(HeaderName name, String section, String purpose) {
    Entry e = new Entry("RFC 3261 section " + section, purpose);
    ENTRIES.put(name, e);
    RFC_BY_ORDINAL[name.ordinal()] = e.rfc();
  }

  /** The entry for a header, or {@code null} for a header siplab does not know. */
  public static Entry lookup(HeaderName name) {
    return ENTRIES.get(name);
  }

  /**
   * The catalog's header that {@code written}, a name siplab does not know, reads as a slip for
   * ({@code Form} for From, {@code Max-Forward} for Max-Forwards), if one does.
   */
  public static Optional<HeaderName> slipFor(String written) {
    for (HeaderName name : ENTRIES.keySet()) {
      if (EditDistance.isSlipFor(written, name.canonical())) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The section defining a header, or the general header rules (section 7.3) for others. */
  public static String rfcOf(HeaderName name) {
    String rfc = name.isKnown() ? RFC_BY_ORDINAL[name.ordinal()] : null;
    return rfc == null ? "RFC 3261 section 7.3" : rfc;
  }
}
