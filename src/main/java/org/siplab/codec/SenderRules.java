package org.siplab.codec;

import java.util.List;
import org.siplab.codec.StartLineParser.StartLine;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;

/**
 * What RFC 3261 asks of the sender of a request or response that the grammar cannot see: a To tag
 * in a response, a Contact in an INVITE and in its 2xx, no user part in a REGISTER's Request-URI,
 * no Require in a CANCEL, and the header that a 401, 405, 407, 420 or 423 exists to carry. A
 * message that breaks one still parses and is still processed by its receiver, so each is a
 * warning: it names the element that broke the rule.
 */
final class SenderRules {

  /**
   * The header a response of some status exists to carry, which RFC 3261 makes a MUST: without
   * it the response tells the UAC what went wrong but not what to do next.
   *
   * @param status the status code
   * @param header the header the response must carry
   * @param onlyFor the method of the request it answers when the RFC asks it of that one only,
   *     else null
   * @param rfc the section with the MUST
   * @param why what the warning says after naming the status and header
   */
  private record Required(int status, HeaderName header, Method onlyFor, String rfc,
      String why) {}

  private static final List<Required> RULES = List.of(
      // Section 22.2: "The WWW-Authenticate response-header field MUST be included in 401
      // (Unauthorized) response messages."; section 20.44: it "contains an authentication
      // challenge".
      new Required(401, HeaderName.WWW_AUTHENTICATE, null, "RFC 3261 section 22.2",
          "the challenge the UAC answers with its credentials in Authorization; without it the"
              + " UAC cannot retry"),
      // Section 21.4.6: "The response MUST include an Allow header field containing a list of
      // valid methods for the indicated address."
      new Required(405, HeaderName.ALLOW, null, "RFC 3261 section 21.4.6",
          "the list of the methods this address does allow"),
      // Section 22.3: "The proxy MUST populate the 407 (Proxy Authentication Required) message
      // with a Proxy-Authenticate header field value applicable to the proxy for the requested
      // resource."; section 20.27: it "contains an authentication challenge".
      new Required(407, HeaderName.PROXY_AUTHENTICATE, null, "RFC 3261 section 22.3",
          "the proxy's challenge, which the UAC answers with its credentials in"
              + " Proxy-Authorization; without it the UAC cannot retry"),
      // Section 8.2.2.3: "The UAS MUST add an Unsupported header field, and list in it those
      // options it does not understand amongst those in the Require header field of the
      // request." Section 16.3 step 5 asks the same of a proxy for Proxy-Require.
      new Required(420, HeaderName.UNSUPPORTED, null, "RFC 3261 section 8.2.2.3",
          "the option tags of Require or Proxy-Require that were not understood, so that the"
              + " UAC can retry without them"),
      // Section 10.3 step 7: a registrar may reject a registration with 423 (Interval Too
      // Brief); "This response MUST contain a Min-Expires header field that states the minimum
      // expiration interval the registrar is willing to honor." RFC 3261 asks it of the
      // registrar only (21.4.17 and 20.23 only refer to 10.3), so other 423s are not checked.
      new Required(423, HeaderName.MIN_EXPIRES, Method.REGISTER, "RFC 3261 section 10.3",
          "the shortest expiration the registrar accepts, with which the UAC registers again"));

  private SenderRules() {}

  static void check(StartLine start, List<HeaderField> fields, MessageValidator.First first,
      int[] starts, Diagnostics d) {
    if (start.isRequest()) {
      Method method = start.method();
      if (method.equals(Method.INVITE)) {
        inviteContact(start, fields, first, starts, d);
      } else if (method.equals(Method.REGISTER)) {
        registerUri(start, d);
      } else if (method.equals(Method.CANCEL)) {
        cancelRequire(fields, starts, d);
      }
    } else {
      toTag(start, fields, first, starts, d);
      answerContact(start, fields, first, starts, d);
      statusHeader(start.status(), cseqMethod(fields, first), fields, d);
    }
  }

  /** The method in the CSeq of a response, or null when it has none that parsed. */
  private static Method cseqMethod(List<HeaderField> fields, MessageValidator.First first) {
    return first.cseq >= 0 && fields.get(first.cseq).first() instanceof CSeq cseq
        ? cseq.method() : null;
  }

  /**
   * Section 8.1.1.8: "The Contact header field MUST be present and contain exactly one SIP or SIPS
   * URI in any request that can result in the establishment of a dialog", which an INVITE is; and
   * "If the Request-URI or top Route header field value contains a SIPS URI, the Contact header
   * field MUST contain a SIPS URI as well."
   */
  private static void inviteContact(StartLine start, List<HeaderField> fields,
      MessageValidator.First first, int[] starts, Diagnostics d) {
    if (first.contact < 0) {
      d.warning(0, "an INVITE must carry a Contact header with the address where the caller"
          + " takes the requests of the dialog (its remote target for the callee); this one has"
          + " none", "Contact", "RFC 3261 section 8.1.1.8");
    } else if (first.wildcard >= 0) {
      d.warning(starts[first.wildcard], "an INVITE's Contact must be one SIP or SIPS URI, the"
          + " caller's remote target; '*' (every binding) belongs only in a REGISTER that removes"
          + " them", "Contact", "RFC 3261 section 8.1.1.8 and 10.2.2");
    } else if (first.secondContact >= 0 || fields.get(first.contact).values().size() > 1) {
      int at = first.secondContact >= 0 ? first.secondContact : first.contact;
      d.warning(starts[at], "an INVITE's Contact must hold exactly one URI, the one remote target"
          + " of the dialog; this one has more", "Contact", "RFC 3261 section 8.1.1.8");
    } else if (fields.get(first.contact).first() instanceof NameAddress contact
        && contact.uri() instanceof SipUri uri && !uri.secure()) {
      String secure = secureTarget(start, fields);
      if (secure != null) {
        d.warning(starts[first.contact], "the " + secure + " is a sips: URI, so the Contact must"
            + " be one too, or the dialog's later requests would come back unsecured; this one is"
            + " " + uri.scheme() + ":", "Contact", "RFC 3261 section 8.1.1.8");
      }
    }
  }

  /** "Request-URI" or "top Route" when that is a SIPS URI, else null (section 8.1.1.8). */
  private static String secureTarget(StartLine start, List<HeaderField> fields) {
    if (start.requestUri() instanceof SipUri uri && uri.secure()) {
      return "Request-URI";
    }
    for (HeaderField f : fields) {
      if (f.is(HeaderName.ROUTE)) {
        return f.first() instanceof NameAddress route && route.uri() instanceof SipUri uri
            && uri.secure() ? "top Route" : null;
      }
    }
    return null;
  }

  /**
   * Section 10.2: the Request-URI of a REGISTER "names the domain of the location service" and
   * "The "userinfo" and "@" components of the SIP URI MUST NOT be present"; the user goes in To.
   */
  private static void registerUri(StartLine start, Diagnostics d) {
    if (start.requestUri() instanceof SipUri uri && uri.user() != null) {
      d.warning("REGISTER ".length(), "a REGISTER's Request-URI names the registrar's domain"
          + " only, as in " + uri.scheme() + ":" + uri.host() + "; the user ('" + uri.user()
          + "@') belongs in To, the address of record", "Request-URI", "RFC 3261 section 10.2");
    }
  }

  /** Section 9.1: "The CANCEL request MUST NOT contain any Require or Proxy-Require". */
  private static void cancelRequire(List<HeaderField> fields, int[] starts, Diagnostics d) {
    for (int i = 0; i < fields.size(); i++) {
      HeaderField f = fields.get(i);
      if (f.is(HeaderName.REQUIRE) || f.is(HeaderName.PROXY_REQUIRE)) {
        d.warning(starts[i], "a CANCEL must not carry " + f.headerName().canonical() + ": it is"
            + " answered by each hop whatever it supports, and an extension it demanded could"
            + " only get it refused", f.headerName().canonical(), "RFC 3261 section 9.1");
      }
    }
  }

  /**
   * Section 8.2.6.2: "the UAS MUST add a tag to the To header field in the response (with the
   * exception of the 100 (Trying) response, in which a tag MAY be present)".
   */
  private static void toTag(StartLine start, List<HeaderField> fields,
      MessageValidator.First first, int[] starts, Diagnostics d) {
    if (start.status() > 100 && first.to >= 0
        && fields.get(first.to).first() instanceof NameAddress to && !to.hasTag()) {
      d.warning(starts[first.to], "a response other than 100 Trying must carry a tag in To, which"
          + " the UAS that answers adds; without it the response makes no dialog and cannot be"
          + " told apart from another branch's", "To", "RFC 3261 section 8.2.6.2");
    }
  }

  /**
   * Section 12.1.1: a UAS answering a request that makes a dialog "MUST add a Contact header field
   * to the response"; for a 2xx to an INVITE, the caller sends its ACK and later requests there,
   * so "The URI provided in the Contact header field MUST be a SIP or SIPS URI", not '*'.
   */
  private static void answerContact(StartLine start, List<HeaderField> fields,
      MessageValidator.First first, int[] starts, Diagnostics d) {
    if (start.status() < 200 || start.status() >= 300 || first.cseq < 0
        || !(fields.get(first.cseq).first() instanceof CSeq cseq)
        || !cseq.method().equals(Method.INVITE)) {
      return;
    }
    if (first.contact < 0) {
      d.warning(0, "a 2xx to an INVITE must carry a Contact header with the callee's address,"
          + " where the ACK and the dialog's later requests go; this one has none", "Contact",
          "RFC 3261 section 12.1.1");
    } else if (first.wildcard >= 0) {
      d.warning(starts[first.wildcard], "a 2xx to an INVITE must give the callee's SIP or SIPS"
          + " URI in Contact, where the ACK and the dialog's later requests go; '*' belongs only"
          + " in a REGISTER that removes every binding", "Contact",
          "RFC 3261 section 12.1.1 and 10.2.2");
    }
  }

  /**
   * Warns when a response with {@code status} to a request of {@code method} (null when unknown)
   * lacks the header its status requires: a warning at the status line, as there is no header to
   * point at.
   */
  private static void statusHeader(int status, Method method, List<HeaderField> fields,
      Diagnostics d) {
    for (Required rule : RULES) {
      if (rule.status() != status || rule.onlyFor() != null && !rule.onlyFor().equals(method)
          || fields.stream().anyMatch(f -> f.is(rule.header()))) {
        continue;
      }
      String name = rule.header().canonical();
      d.warning(0, "a " + status + " must carry " + name + ": " + rule.why() + "; this one has"
          + " none", name, rule.rfc());
    }
  }
}
