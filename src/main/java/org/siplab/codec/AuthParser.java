package org.siplab.codec;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.Challenge;
import org.siplab.message.Credentials;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;

/**
 * Challenges and credentials, RFC 3261 sections 20.7, 20.27, 20.28, 20.44 and 25.1:
 *
 * <pre>
 * challenge   = ("Digest" LWS digest-cln *(COMMA digest-cln)) / other-challenge
 * credentials = ("Digest" LWS digest-response) / other-response
 * auth-param  = auth-param-name EQUAL ( token / quoted-string )
 * request-digest = LDQUOT 32LHEX RDQUOT
 * nonce-count = "nc" EQUAL 8LHEX
 * </pre>
 *
 * Both are a scheme and a comma-separated list of parameters; what the digest parameters mean is
 * {@code org.siplab.auth}'s business.
 */
final class AuthParser {

  private AuthParser() {}

  static Challenge challenge(Cursor c, String rule, String rfc) {
    String scheme = scheme(c, rule, rfc);
    return new Challenge(scheme, params(c, rule, rfc, false));
  }

  static Credentials credentials(Cursor c, String rule, String rfc) {
    String scheme = scheme(c, rule, rfc);
    Parameters params = params(c, rule, rfc, scheme.equalsIgnoreCase("Digest"));
    return new Credentials(scheme, params);
  }

  private static String scheme(Cursor c, String rule, String rfc) {
    c.sws();
    String scheme = c.token("the authentication scheme (Digest)", rule, rfc, "Digest");
    if (!c.lws()) {
      throw c.fail("expected whitespace after the scheme '" + scheme + "'" + c.foundText(), rule,
          rfc);
    }
    return scheme;
  }

  private static Parameters params(Cursor c, String rule, String rfc, boolean digestResponse) {
    List<Parameter> list = new ArrayList<>(8);
    do {
      c.sws();
      int at = c.pos;
      String name = Names.intern(c.token("a parameter name", rule, rfc));
      c.separator('=', rule, rfc);
      Parameter p = c.peek() == '"'
          ? Parameter.quoted(name, c.quotedString(rule, rfc))
          : Parameter.of(name, c.token("the parameter's value", rule, rfc));
      if (digestResponse) {
        checkDigestResponse(c, at, p, rule);
      }
      list.add(p);
      HeaderValueParser.checkListSize(c, list.size(), rule, rfc);
      c.sws();
      if (c.pos < c.end && c.peek() != ',') {
        throw c.fail("expected ',' between auth parameters" + c.foundText(), rule,
            "RFC 3261 section 25.1 (auth-param)");
      }
    } while (c.trySeparator(','));
    c.expectEnd("the last auth parameter", rule, rfc);
    return Parameters.of(list);
  }

  /**
   * {@code request-digest = LDQUOT 32LHEX RDQUOT} for MD5; RFC 8760 section 2.4 allows 64 hex
   * digits for SHA-256 (and SHA-512/256). {@code nc = 8LHEX}.
   */
  private static void checkDigestResponse(Cursor c, int at, Parameter p, String rule) {
    if (p.named("response")) {
      String v = p.value();
      String why = !p.quoted() ? "this one is not in quotes"
          : isLowerHex(v.toLowerCase(java.util.Locale.ROOT)) && !isLowerHex(v)
              ? "this one has upper-case letters"
          : !isLowerHex(v) ? "this one has a character that is not a hex digit"
          : v.length() != 32 && v.length() != 64 ? "this one has " + v.length() + " characters"
          : null;
      if (why != null) {
        // LHEX = DIGIT / %x61-66: lower-case only, so the part that is wrong is named.
        throw c.failAt(at, "the digest response must be 32 lower-case hex digits in quotes (64 for"
            + " SHA-256); " + why, rule, "RFC 3261 section 25.1 (request-digest)");
      }
    } else if (p.named("nc")) {
      // nc-value = 8LHEX (section 25.1, RFC 2617 section 3.2.2), LHEX = DIGIT / %x61-66: the hex
      // letters are lower case, as in request-digest, so 0000000A is not a nonce count.
      if (p.quoted() || p.value().length() != 8 || !isLowerHex(p.value())) {
        throw c.failAt(at, "nc (the nonce count) must be exactly 8 lower-case hex digits, unquoted,"
            + " as in nc=0000000a", rule, "RFC 3261 section 25.1 (nonce-count)");
      }
    }
  }

  private static boolean isLowerHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
