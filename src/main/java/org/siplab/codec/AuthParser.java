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

  static Challenge challenge(Cursor c, Diagnostics diags, String rule, String rfc) {
    String scheme = scheme(c, rule, rfc);
    boolean digest = scheme.equalsIgnoreCase("Digest");
    return new Challenge(scheme, params(c, diags, rule, rfc, false,
        digest ? CHALLENGE_FORMS : null));
  }

  static Credentials credentials(Cursor c, Diagnostics diags, String rule, String rfc) {
    String scheme = scheme(c, rule, rfc);
    boolean digest = scheme.equalsIgnoreCase("Digest");
    Parameters params = params(c, diags, rule, rfc, digest, digest ? RESPONSE_FORMS : null);
    return new Credentials(scheme, params);
  }

  /**
   * How the digest grammar of section 25.1 writes each parameter it names: {name, rule, "q"} for a
   * quoted-string, {name, rule, "t"} for a token. In a digest-cln: {@code realm-value =
   * quoted-string}, {@code domain = "domain" EQUAL LDQUOT URI *( 1*SP URI ) RDQUOT}, {@code
   * nonce-value = quoted-string}, {@code opaque = "opaque" EQUAL quoted-string}, {@code qop-options
   * = "qop" EQUAL LDQUOT qop-value *("," qop-value) RDQUOT},
   * {@code stale = "stale" EQUAL ( "true" / "false" )},
   * {@code algorithm = "algorithm" EQUAL ( "MD5" / "MD5-sess" / token )}.
   */
  private static final String[][] CHALLENGE_FORMS = {
    {"realm", "realm", "q"}, {"domain", "domain", "q"}, {"nonce", "nonce", "q"},
    {"opaque", "opaque", "q"}, {"qop", "qop-options", "q"}, {"stale", "stale", "t"},
    {"algorithm", "algorithm", "t"}};

  /**
   * The same for a digest-response: {@code username-value = quoted-string}, {@code digest-uri =
   * "uri" EQUAL LDQUOT digest-uri-value RDQUOT} (section 22.4 item 2: "For SIP, the 'uri' MUST be
   * enclosed in quotation marks"), {@code cnonce-value = nonce-value}, {@code message-qop = "qop"
   * EQUAL qop-value} with {@code qop-value} a token, and realm, nonce, opaque and algorithm as in a
   * challenge. (response and nc have checks of their own.)
   */
  private static final String[][] RESPONSE_FORMS = {
    {"username", "username", "q"}, {"realm", "realm", "q"}, {"nonce", "nonce", "q"},
    {"uri", "digest-uri", "q"}, {"cnonce", "cnonce", "q"}, {"opaque", "opaque", "q"},
    {"qop", "message-qop", "t"}, {"algorithm", "algorithm", "t"}};

  /**
   * The form of {@code name} in {@code forms}, or null for a parameter the grammar does not name.
   */
  private static String[] formOf(String[][] forms, String name) {
    for (String[] f : forms) {
      if (f[0].equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  /**
   * A digest parameter written in the other form than its rule's. The grammar's {@code auth-param}
   * alternative ({@code auth-param-name EQUAL ( token / quoted-string )}) still reads it, so the
   * message is well-formed and this is a warning, as RFC 3665 section 2.2 F1 shows a published
   * {@code qop="auth"} in credentials; RFC 7616 sections 3.3 and 3.4 make the forms MUSTs for
   * senders. The one error is an unquoted digest uri, which section 22.4 item 2 forbids in words:
   * "For SIP, the 'uri' MUST be enclosed in quotation marks". The check looks at the value's first
   * character, before a token reader would stop inside an unquoted URI such as uri=sip:b@h and
   * blame a missing comma.
   */
  private static void checkForm(Cursor c, Diagnostics diags, int at, String name, String[] form,
      String rule, String rfc7616Section) {
    boolean quoted = c.peek() == '"';
    boolean wantsQuotes = form[2].equals("q");
    if (quoted == wantsQuotes) {
      return;
    }
    if (form[0].equals("uri")) {
      throw c.failAt(at, "the digest parameter " + name + " must be in quotes, as in " + name
          + "=\"sip:bob@biloxi.example.com\"", rule, "RFC 3261 section 22.4 and 25.1 (digest-uri)");
    }
    diags.warning(at, rule + ": " + (wantsQuotes
        ? "the digest parameter " + name + " is a quoted-string, as in " + name + "=\"...\""
        : "the digest parameter " + name + " is a token without quotes here, as in " + name
            + "=" + (form[0].equals("qop") ? "auth" : form[0].equals("stale") ? "false" : "MD5"))
        + "; written otherwise it is only an unknown auth-param", rule,
        Cursor.GRAMMAR + " (" + form[1] + "); RFC 7616 section " + rfc7616Section);
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

  private static Parameters params(Cursor c, Diagnostics diags, String rule, String rfc,
      boolean digestResponse, String[][] forms) {
    List<Parameter> list = new ArrayList<>(8);
    int qopAt = -1;
    int ncAt = -1;
    int cnonceAt = -1;
    do {
      c.sws();
      int at = c.pos;
      if (c.peek() == ',' || c.atEnd() && !list.isEmpty()) {
        throw emptyParameter(c, list.isEmpty(), rule, rfc);
      }
      String name = Names.intern(c.token("a parameter name", rule, rfc));
      c.separator('=', rule, rfc);
      String[] form = forms == null ? null : formOf(forms, name);
      if (form != null) {
        checkForm(c, diags, at, name, form, rule, forms == CHALLENGE_FORMS ? "3.3" : "3.4");
      }
      int valueAt = c.pos;
      Parameter p = c.peek() == '"'
          ? Parameter.quoted(name, c.quotedString(rule, rfc))
          : Parameter.of(name, c.token("the parameter's value", rule, rfc));
      if (digestResponse) {
        checkDigestResponse(c, at, p, rule);
        if (p.quoted() && p.named("uri")) {
          digestUri(c, valueAt, rule);
        } else if (p.named("qop")) {
          qopAt = at;
        } else if (p.named("nc")) {
          ncAt = at;
        } else if (p.named("cnonce")) {
          cnonceAt = at;
        }
      } else if (forms == CHALLENGE_FORMS && p.named("stale") && !p.quoted()) {
        checkStale(diags, at, p.value(), rule);
      }
      if (forms != null) {
        checkRepeat(diags, at, list, name, rule, forms == CHALLENGE_FORMS);
      }
      list.add(p);
      HeaderValueParser.checkListSize(c, list.size(), rule);
      c.sws();
      if (c.pos < c.end && c.peek() != ',') {
        throw c.fail("expected ',' between auth parameters" + c.foundText(), rule,
            "RFC 3261 section 25.1 (auth-param)");
      }
    } while (c.trySeparator(','));
    c.expectEnd("the last auth parameter", rule, rfc);
    if (digestResponse) {
      checkQopCompanions(diags, qopAt, ncAt, cnonceAt, rule);
    }
    return Parameters.of(list);
  }

  /**
   * RFC 2617 section 3.2.2, of cnonce and of nc alike: "This MUST be specified if a qop directive
   * is sent (see above), and MUST NOT be specified if the server did not send a qop directive".
   * A qop without them leaves the server nothing to compute the digest with (org.siplab.auth
   * refuses such credentials); with them and no qop, either the challenge had no qop and they must
   * not be sent, or it had one and the qop is missing (RFC 3261 section 22.4 item 8). The grammar
   * allows any of these, so the message is well-formed and each is a warning.
   */
  private static void checkQopCompanions(Diagnostics diags, int qopAt, int ncAt, int cnonceAt,
      String rule) {
    if (qopAt >= 0 && (ncAt < 0 || cnonceAt < 0)) {
      String missing = ncAt < 0 && cnonceAt < 0 ? "nc and cnonce" : ncAt < 0 ? "nc" : "cnonce";
      diags.warning(qopAt, rule + ": the credentials give a qop but no " + missing + ", which"
          + " must come with a qop: the server computes the digest over them, so it refuses these"
          + " credentials", rule, "RFC 2617 section 3.2.2");
    } else if (qopAt < 0 && (ncAt >= 0 || cnonceAt >= 0)) {
      String given = ncAt >= 0 && cnonceAt >= 0 ? "nc and cnonce" : ncAt >= 0 ? "nc" : "cnonce";
      int at = ncAt >= 0 && (cnonceAt < 0 || ncAt < cnonceAt) ? ncAt : cnonceAt;
      diags.warning(at, rule + ": the credentials give " + given + " but no qop; they go only"
          + " with a qop: if the challenge offered none they must not be sent, and if it offered"
          + " one the qop is missing", rule, "RFC 2617 section 3.2.2; RFC 3261 section 22.4");
    }
  }

  /**
   * {@code digest-cln *(COMMA digest-cln)} and {@code dig-resp *(COMMA dig-resp)} (section 25.1)
   * have a parameter on both sides of every comma; the cursor is where one is empty: at a comma
   * with none before it, or at the end after the last comma. Named as that, not as a missing
   * parameter name.
   */
  private static Malformed emptyParameter(Cursor c, boolean first, String rule, String rfc) {
    if (c.atEnd()) {
      return c.fail("a parameter is empty after the last comma: the parameters cannot end with a"
          + " comma", rule, rfc);
    }
    return c.fail(first ? "a parameter is empty before the first comma: the parameters start"
        + " right after the scheme" : "a parameter is empty between two commas: remove one of"
        + " them, or write the parameter between them", rule, rfc);
  }

  /**
   * A digest directive written twice ({@code realm="a", realm="b"}). The grammar does not forbid
   * it: {@code digest-challenge = 1#( realm | [ domain ] | nonce | ... | [auth-param] )} (RFC 2617
   * section 3.2.1; section 3.2.2 writes digest-response the same way, and RFC 3261 section 25.1
   * copies both as {@code digest-cln *(COMMA digest-cln)}), so the message is well-formed and this
   * is a warning; but no rule says which of the two counts, so a client and a server may each take
   * another. Only the names before this one are looked at: a handful, with no allocation.
   */
  private static void checkRepeat(Diagnostics diags, int at, List<Parameter> before, String name,
      String rule, boolean challenge) {
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i).named(name)) {
        diags.warning(at, rule + ": the digest directive " + name + " is repeated in one "
            + (challenge ? "challenge" : "set of credentials") + "; the grammar reads each, but"
            + " nothing says which one counts, so the two sides may use different values", rule,
            challenge ? "RFC 2617 section 3.2.1; RFC 3261 section 25.1 (digest-cln)"
                : "RFC 2617 section 3.2.2; RFC 3261 section 25.1 (digest-response)");
        return;
      }
    }
  }

  /**
   * {@code stale = "stale" EQUAL ( "true" / "false" )} (section 25.1; quoted ABNF literals ignore
   * case, so TRUE and False are the directive too). Any other value is still an {@code auth-param}
   * ({@code auth-param-name EQUAL ( token / quoted-string )}, an alternative of {@code
   * digest-cln}), so the challenge is well-formed and this is a warning; RFC 2617 section 3.2.1
   * says what it means: "If stale is FALSE, or anything other than TRUE, ... the username and/or
   * password are invalid".
   */
  private static void checkStale(Diagnostics diags, int at, String value, String rule) {
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      diags.warning(at, rule + ": stale is true or false, not '" + value + "'; any other value"
          + " reads as an unknown auth-param, and a client takes it as false (the username or"
          + " password was wrong, not just the nonce out of date)", rule,
          "RFC 3261 section 25.1 (stale); RFC 2617 section 3.2.1");
    }
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

  /**
   * {@code digest-uri = "uri" EQUAL LDQUOT digest-uri-value RDQUOT}, {@code digest-uri-value =
   * Request-URI} (section 25.1): the URI as written between the quotes, the quotes being LDQUOT and
   * RDQUOT rather than a quoted-string's, so a backslash there is no escape but a character the URI
   * cannot hold. The value starts at {@code open} and the cursor is after its closing quote; it is
   * left there. The server recomputes the digest over this text (RFC 2617 section 3.2.2.5), so a
   * value that is not a URI cannot match the request it signs.
   */
  private static void digestUri(Cursor c, int open, String rule) {
    int after = c.pos;
    int end = c.end;
    c.reset(open + 1, after - 1);
    try {
      UriParser.uri(c, after - 1);
    } catch (Malformed m) {
      throw c.failAt(m.index, "the digest uri must be a Request-URI: " + m.getMessage(), rule,
          "RFC 3261 section 25.1 (digest-uri-value)");
    }
    c.reset(after, end);
  }

  /**
   * One {@code ainfo} of Authentication-Info (section 20.6): {@code ainfo = nextnonce / message-qop
   * / response-auth / cnonce / nonce-count}, with {@code nextnonce = "nextnonce" EQUAL nonce-value}
   * (a quoted-string), {@code response-auth = "rspauth" EQUAL response-digest}, {@code
   * response-digest = LDQUOT *LHEX RDQUOT}, {@code cnonce-value = nonce-value}, {@code message-qop
   * = "qop" EQUAL qop-value} (a token) and {@code nonce-count = "nc" EQUAL 8LHEX}. The grammar (and
   * RFC 2617 section 3.2.3's auth-info) has no other directive.
   */
  static void authenticationInfo(Cursor c, String rule, String rfc) {
    int at = c.pos;
    String name = c.token("a directive (nextnonce, qop, rspauth, cnonce or nc)", rule, rfc);
    c.separator('=', rule, rfc);
    String form = name.equalsIgnoreCase("nextnonce") || name.equalsIgnoreCase("cnonce")
        || name.equalsIgnoreCase("rspauth") ? "q"
        : name.equalsIgnoreCase("qop") || name.equalsIgnoreCase("nc") ? "t" : null;
    if (form == null) {
      throw c.failAt(at, "'" + name + "' is not a directive of Authentication-Info, which holds"
          + " only nextnonce, qop, rspauth, cnonce and nc", rule, Cursor.GRAMMAR + " (ainfo)");
    }
    boolean quoted = c.peek() == '"';
    if (quoted != form.equals("q")) {
      throw c.failAt(at, quoted ? name + " is a token without quotes, as in " + name + "="
          + (name.equalsIgnoreCase("nc") ? "00000001" : "auth") : name + " is a quoted-string, as"
          + " in " + name + "=\"...\"", rule, Cursor.GRAMMAR + " (ainfo)");
    }
    String value = quoted ? c.quotedString(rule, rfc) : c.token("the directive's value", rule, rfc);
    if (name.equalsIgnoreCase("rspauth") && !isLowerHex(value)) {
      throw c.failAt(at, "rspauth holds lower-case hex digits, the digest that proves the server"
          + " knew the password", rule, Cursor.GRAMMAR + " (response-digest)");
    }
    if (name.equalsIgnoreCase("nc") && (value.length() != 8 || !isLowerHex(value))) {
      throw c.failAt(at, "nc (the nonce count) must be exactly 8 lower-case hex digits, as in"
          + " nc=0000000a", rule, Cursor.GRAMMAR + " (nonce-count)");
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
