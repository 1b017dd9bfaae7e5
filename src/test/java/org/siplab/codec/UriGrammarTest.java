package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.siplab.codec.Diagnostic.Severity;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.testkit.Draw;

/**
 * The URI grammar of RFC 3261 section 25.1 in a Request-URI, one rule at a time: each message has
 * exactly one problem, and the diagnostic points at the character that breaks the rule.
 */
@DisplayName("URI grammar")
class UriGrammarTest {

  private static final long SEED = 0x0071_2026L;

  /** An OPTIONS request, valid but for its Request-URI. */
  static String options(String requestUri) {
    return ValidationDiagnosticsTest.OPTIONS.replace("OPTIONS sip:bob@b.example.com",
        "OPTIONS " + requestUri);
  }

  /** The column of the first occurrence of {@code mark} in the Request-Line "OPTIONS uri ...". */
  private static int column(String requestUri, String mark) {
    return "OPTIONS ".length() + requestUri.indexOf(mark) + 1;
  }

  private static Diagnostic onlyError(String requestUri, int column, String rule, String rfc) {
    return ValidationDiagnosticsTest.onlyDiagnostic(SipParser.parse(options(requestUri)),
        Severity.ERROR, 1, column, rule, rfc);
  }

  private static SipUri requestUri(ParseResult r) {
    return (SipUri) ((SipRequest) r.message()).requestUri();
  }

  // IPv6 references

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[2001:db8::10]", "[::1]", "[::]", "[1::]", "[1:2:3:4:5:6:7:8]",
      "[FEDC:ba98:7654:3210:FEDC:BA98:7654:3210]", "[::ffff:192.0.2.10]", "[::192.0.2.10]",
      "[2001:db8::192.0.2.1]", "[1:2:3:4:5:6:192.0.2.1]", "[1:2:3:4:5:6:7::]",
      "[::2:3:4:5:6:7:8]"})
  @DisplayName("an IPv6 reference of 8 groups, or fewer with '::', and maybe an IPv4 address at"
      + " the end, is a valid host")
  void validIpv6References(String host) {
    ParseResult r = SipParser.parse(options("sip:b@" + host));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(host, requestUri(r).host());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://[2001:db8::1]/x", "http://[::1]:8080/a?b=c",
      "ftp://user@[2001:db8::1]", "http://[::ffff:192.0.2.1]"})
  @DisplayName("an absolute URI's host may be an IPv6 reference (net-path, authority, hostport)")
  void ipv6InAnAbsoluteUri(String uri) {
    ParseResult r = SipParser.parse(options(uri));
    assertEquals(List.of("absoluteURI"), r.diagnostics().stream().map(Diagnostic::rule).toList(),
        "only the unknown scheme's warning");
  }

  @ParameterizedTest(name = "{0} at column {1}")
  @CsvSource(delimiter = '|', value = {
      "http://[2001:db8::1|16|absoluteURI|RFC 3261 section 25.1 (IPv6reference)",
      "http://[::1]x/|21|hostport|RFC 3261 section 25.1",
      "http://a/[::1]|18|uric|RFC 3261 section 25.1",
      "mailto:[::1]|16|uric|RFC 3261 section 25.1"})
  @DisplayName("outside an absolute URI's host, or without its ']' or with more than a port after"
      + " it, a '[' is an error")
  void ipv6OutOfPlaceInAnAbsoluteUri(String uri, int column, String rule, String rfc) {
    Diagnostic d = ValidationDiagnosticsTest.onlyDiagnostic(SipParser.parse(options(uri)),
        Severity.ERROR, 1, column, rule, rfc);
    assertTrue(d.message().contains("[") || d.message().contains("IPv6"), d::toString);
  }

  @ParameterizedTest(name = "{0} at column {1}")
  @CsvSource(delimiter = '|', value = {
      "sip:b@[:::::]|18|RFC 3261 section 25.1 (hexpart); RFC 5954",
      "sip:b@[2001:db8:::192.0.2.1]|26|RFC 3261 section 25.1 (hexpart); RFC 5954",
      "sip:b@[12345::1.2]|20|RFC 3261 section 25.1 (hex4)",
      "sip:b@[::1.2]|21|RFC 3261 section 25.1 (IPv4address)",
      "sip:b@[1::2::3]|20|RFC 3261 section 25.1 (hexpart); RFC 4291 section 2.2",
      "sip:b@[1:2:3:4:5:6:7:8:9]|32|RFC 3261 section 25.1 (IPv6address); RFC 4291 section 2.2",
      "sip:b@[1:2:3:4:5:6:7:1.2.3.4]|30|RFC 3261 section 25.1 (IPv6address); RFC 4291 section 2.2",
      "sip:b@[1:2:3:4::5:6:7:8]|23|RFC 3261 section 25.1 (IPv6address); RFC 4291 section 2.2",
      "sip:b@[1:2:3]|21|RFC 3261 section 25.1 (IPv6address); RFC 4291 section 2.2",
      "sip:b@[:1]|16|RFC 3261 section 25.1 (hexpart)",
      "sip:b@[1:]|17|RFC 3261 section 25.1 (hexseq)",
      "sip:b@[1.2.3.4]|16|RFC 3261 section 25.1 (IPv6address)",
      "sip:b@[fe80::g]|22|RFC 3261 section 25.1 (IPv6address)",
      "sip:b@[fe80:g]|21|RFC 3261 section 25.1 (IPv6address)",
      "sip:b@[]|15|RFC 3261 section 25.1 (IPv6reference)",
      "sip:b@[::1|15|RFC 3261 section 25.1 (IPv6reference)"})
  @DisplayName("a malformed IPv6 reference is an error at the character that breaks the grammar"
      + " (the Request-URI starts at column 9, its '[' is at column 15)")
  void malformedIpv6References(String uri, int column, String rfc) {
    onlyError(uri, column, "SIP-URI", rfc);
  }

  /**
   * RFC 3986's IPv6address, which RFC 5954 puts in place of RFC 3261's, with its IPv4address of
   * four dec-octets: the reference the parser is held to.
   */
  private static final String DEC_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

  /** {@code IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet} (RFC 3986). */
  private static final String IPV4 = DEC_OCTET + "(?:\\." + DEC_OCTET + "){3}";

  private static final Pattern IPV6 = ipv6Pattern();

  private static Pattern ipv6Pattern() {
    String h16 = "[0-9A-Fa-f]{1,4}";
    String ls32 = "(?:" + h16 + ":" + h16 + "|" + IPV4 + ")";
    List<String> forms = new ArrayList<>();
    forms.add("(?:" + h16 + ":){6}" + ls32);
    forms.add("::(?:" + h16 + ":){5}" + ls32);
    // [ *k( h16 ":" ) h16 ] "::" then what is left of the 8 groups (RFC 3986 section 3.2.2).
    String[] tails = {"(?:" + h16 + ":){4}" + ls32, "(?:" + h16 + ":){3}" + ls32,
        "(?:" + h16 + ":){2}" + ls32, h16 + ":" + ls32, ls32, h16, ""};
    for (int k = 0; k < tails.length; k++) {
      forms.add("(?:(?:" + h16 + ":){0," + k + "}" + h16 + ")?::" + tails[k]);
    }
    return Pattern.compile(String.join("|", forms));
  }

  @Test
  @DisplayName("the reference pattern accepts RFC 4291's examples and rejects ':::'")
  void referencePatternIsRight() {
    for (String ok : List.of("1080:0:0:0:8:800:200C:417A", "1080::8:800:200C:417A", "::1", "::",
        "::13.1.68.3", "::FFFF:129.144.52.38", "1:2:3:4:5:6:7::", "1::2:3:4:5:6:7")) {
      assertTrue(IPV6.matcher(ok).matches(), ok);
    }
    for (String bad : List.of(":::1.2.3.4", "1:2:3", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::",
        "1:2:3:4::5:6:7:8", ":1")) {
      assertTrue(!IPV6.matcher(bad).matches(), bad);
    }
  }

  /**
   * Strings for inside '[' ']' near the edge of the grammar: 6 to 9 groups of 1 to 5 hex digits,
   * maybe an IPv4 address last, maybe a run of them (even none) written "::", then sometimes one
   * character inserted or deleted; and now and then pieces of addresses strung together.
   */
  private static final Gen<String> IPV6_LIKE = in -> {
    Draw d = new Draw(in);
    if (d.chance(15)) {
      StringBuilder sb = new StringBuilder();
      for (int n = d.between(0, 11); n > 0; n--) {
        sb.append(d.pick("0", "1", "ab", "ffff", "DB8", "12345", ":", "::", "192.0.2.1", "1.2",
            ".", "g"));
      }
      return sb.toString();
    }
    List<String> groups = new ArrayList<>();
    for (int n = d.between(6, 9); n > 0; n--) {
      groups.add(d.string("0123456789abcdefABCDEF", 1, d.chance(5) ? 5 : 4));
    }
    if (d.chance(30)) {
      groups.set(groups.size() - 1, d.string("0123456789", 1, d.chance(5) ? 4 : 3) + "."
          + d.between(0, 255) + "." + d.between(0, 999) + "." + d.between(0, 255));
    }
    String text;
    if (d.chance(60)) {
      int from = d.between(0, groups.size());
      int to = d.between(from, groups.size());
      text = String.join(":", groups.subList(0, from)) + "::"
          + String.join(":", groups.subList(to, groups.size()));
    } else {
      text = String.join(":", groups);
    }
    if (d.chance(30)) {
      int at = d.between(0, text.length() - 1);
      text = d.chance(50)
          ? text.substring(0, at) + d.pick(":", "::", ".", "g", "0") + text.substring(at)
          : text.substring(0, at) + text.substring(at + 1);
    }
    return text;
  };

  @Test
  @DisplayName("an IPv6 reference is valid exactly when RFC 5954's IPv6address matches it; when it"
      + " is not, the error lies on line 1 between the brackets, and nothing is thrown")
  void ipv6ReferencesFollowTheGrammar() {
    qt().withFixedSeed(SEED).withExamples(5000).forAll(IPV6_LIKE).checkAssert(address -> {
      String uri = "sip:b@[" + address + "]";
      ParseResult r = SipParser.parse(options(uri));
      boolean expected = IPV6.matcher(address).matches();
      assertEquals(expected, r.isValid(), () -> uri + " " + r.diagnostics());
      if (!expected) {
        Diagnostic d = r.errors().get(0);
        assertEquals(1, d.line(), d::toString);
        assertTrue(d.column() >= column(uri, "[")
            && d.column() <= "OPTIONS ".length() + uri.length(), d::toString);
        assertTrue(d.rfc().contains("(hex") || d.rfc().contains("(IPv")
            || d.rfc().contains("RFC 4291") || d.rfc().contains("(dec-octet)"), d::toString);
      } else {
        assertNotNull(r.message());
        assertEquals("[" + address + "]", requestUri(r).host());
      }
    });
  }

  // Host names and IPv4 addresses

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"proxy1", "a", "example.com", "example.com.", "3com.example",
      "x-y--z.example", "192.0.2.1", "255.255.255.255", "0.0.0.0", "1.2.3.4.example.com",
      "A1.B2.c"})
  @DisplayName("host names whose labels start and end with a letter or digit, the last starting"
      + " with a letter, and IPv4 addresses are valid hosts")
  void validHostNames(String host) {
    ParseResult r = SipParser.parse(options("sip:b@" + host));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(host, requestUri(r).host());
  }

  @ParameterizedTest(name = "{0} at column {1}")
  @CsvSource(delimiter = '|', value = {
      "sip:b@a..b|17|RFC 3261 section 25.1 (hostname)",
      "sip:b@.a|15|RFC 3261 section 25.1 (hostname)",
      "sip:b@example.com-|26|RFC 3261 section 25.1 (toplabel)",
      "sip:b@a-.b|16|RFC 3261 section 25.1 (domainlabel)",
      "sip:b@-a.com|15|RFC 3261 section 25.1 (domainlabel)",
      "sip:b@a.-b:5060|17|RFC 3261 section 25.1 (toplabel)",
      "sip:b@1.2.3|19|RFC 3261 section 25.1 (toplabel)",
      "sip:b@1.2.3.4.|21|RFC 3261 section 25.1 (toplabel)",
      "sip:b@1234.1.1.1|18|RFC 3261 section 25.1 (IPv4address)",
      "sip:b@256.1.1.1|15|RFC 5954 section 4.1 (dec-octet)",
      "sip:b@192.0.2.999:5060|23|RFC 5954 section 4.1 (dec-octet)",
      "sip:b@192.0.02.1|21|RFC 5954 section 4.1 (dec-octet)",
      "sip:b@example.3com;lr|23|RFC 3261 section 25.1 (toplabel)"})
  @DisplayName("an empty label, a label starting or ending with '-', or a last label starting with"
      + " a digit in a host that is not an IPv4 address, is an error at that character")
  void invalidHostNames(String uri, int column, String rfc) {
    onlyError(uri, column, "SIP-URI", rfc);
  }

  @Test
  @DisplayName("a Via sent-by host is held to the same grammar")
  void viaSentByHostName() {
    ParseResult r = SipParser.parse(ValidationDiagnosticsTest.OPTIONS.replace(
        "Via: SIP/2.0/UDP a.example.com", "Via: SIP/2.0/UDP a..example.com"));
    ValidationDiagnosticsTest.onlyDiagnostic(r, Severity.ERROR, 2, 20, "Via",
        "RFC 3261 section 25.1 (hostname)");
  }

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** A label: alphanumerics with '-' only inside, the last one starting with a letter. */
  private static String label(Draw d, boolean top) {
    String first = top ? d.string(ALNUM.substring(0, 52), 1, 1) : d.string(ALNUM, 1, 1);
    if (d.chance(30)) {
      return first;
    }
    return first + d.string(ALNUM + "--", 0, 8) + d.string(ALNUM, 1, 1);
  }

  private static List<String> labels(Draw d) {
    List<String> labels = new ArrayList<>();
    for (int n = d.between(0, 3); n > 0; n--) {
      labels.add(label(d, false));
    }
    labels.add(label(d, true));
    return labels;
  }

  @Test
  @DisplayName("any host name built from valid labels, the last starting with a letter, with or"
      + " without a final '.', parses as a host")
  void generatedHostNamesParse() {
    Gen<String> hosts = in -> {
      Draw d = new Draw(in);
      return String.join(".", labels(d)) + (d.chance(10) ? "." : "");
    };
    qt().withFixedSeed(SEED).withExamples(3000).forAll(hosts).checkAssert(host -> {
      ParseResult r = SipParser.parse(options("sip:b@" + host + ":5060"));
      assertEquals(List.of(), r.diagnostics(), host);
      assertEquals(host, requestUri(r).host());
      ParseResult via = SipParser.parse(ValidationDiagnosticsTest.OPTIONS.replace(
          "UDP a.example.com", "UDP " + host));
      assertEquals(List.of(), via.diagnostics(), host);
    });
  }

  @Test
  @DisplayName("a host name with an empty label, or with '-' at the end of a label, is an error at"
      + " the second '.' or at the '-', never an exception")
  void brokenHostNamesAreErrorsAtTheBreak() {
    Gen<String[]> cases = in -> {
      Draw d = new Draw(in);
      List<String> labels = labels(d);
      int at = d.between(0, labels.size() - 1);
      boolean empty = d.chance(50);
      if (empty) {
        labels.add(at, "");
      } else {
        labels.set(at, labels.get(at) + "-");
      }
      String host = String.join(".", labels) + (d.chance(10) ? "." : "");
      String before = String.join(".", labels.subList(0, at)) + (at > 0 ? "." : "");
      int offset = empty ? before.length() : before.length() + labels.get(at).length() - 1;
      return new String[] {host, Integer.toString(offset), empty ? "hostname" : "label"};
    };
    cases = cases.describedAs(c -> c[0]);
    qt().withFixedSeed(SEED).withExamples(3000).forAll(cases).checkAssert(c -> {
      String uri = "sip:b@" + c[0];
      ParseResult r = SipParser.parse(options(uri));
      assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
      Diagnostic d = r.diagnostics().get(0);
      assertEquals(Severity.ERROR, d.severity(), d::toString);
      assertEquals(1, d.line(), d::toString);
      assertEquals(column(uri, "@") + 1 + Integer.parseInt(c[1]), d.column(), d::toString);
      assertEquals("SIP-URI", d.rule(), d::toString);
      assertTrue(d.rfc().contains(c[2]), d::toString);
    });
  }

  @Test
  @DisplayName("a host of dot-separated digit groups is valid exactly when it is an IPv4address:"
      + " four numbers from 0 to 255 without leading zeros")
  void numericHostsAreIpv4Addresses() {
    Gen<String> numeric = in -> {
      Draw d = new Draw(in);
      List<String> groups = new ArrayList<>();
      for (int n = d.between(1, 5); n > 0; n--) {
        groups.add(d.string("0123456789", 1, d.chance(80) ? 3 : 4));
      }
      return String.join(".", groups);
    };
    qt().withFixedSeed(SEED).withExamples(2000).forAll(numeric).checkAssert(host -> {
      ParseResult r = SipParser.parse(options("sip:b@" + host));
      boolean ipv4 = host.matches(IPV4);
      assertEquals(ipv4, r.isValid(), () -> host + " " + r.diagnostics());
    });
  }

  // tel URIs

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tel:+1-201-555-0123", "tel:+1(201)555.0123;ext=12",
      "tel:+358-555-1234567;postd=pp22", "tel:*69;phone-context=example.com",
      "tel:7042;phone-context=+1-201", "tel:#31#abcDEF;x;phone-context=+1",
      "tel:+1;isub=a%20b", "tel:7042;phone-context=example.com.", "tel:+1;ext=(12)3-4"})
  @DisplayName("a tel URI holding a global number ('+' and digits) or a local one (hex digits, '*',"
      + " '#'), with visual separators and parameters, is valid")
  void validTelUris(String uri) {
    ParseResult r = SipParser.parse(options(uri));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "{0} at column {1}")
  @CsvSource(delimiter = '|', value = {
      "tel:hello\"world|13|RFC 3966 section 3 (local-number-digits)",
      "tel:+1\"2|15|RFC 3966 section 3 (global-number-digits)",
      "tel:+1-201-555-0123x|28|RFC 3966 section 3 (global-number-digits)",
      "tel:+-()|13|RFC 3966 section 3 (global-number-digits)",
      "tel:--;phone-context=example.com|13|RFC 3966 section 3 (local-number-digits)",
      "tel:+1;a=b\"c|19|RFC 3966 section 3 (parameter)",
      "tel:|13|RFC 3966 section 3"})
  @DisplayName("a tel URI holding anything but a telephone number and parameters is an error at"
      + " the first character that does not belong")
  void invalidTelUris(String uri, int column, String rfc) {
    onlyError(uri, column, "telephone-uri", rfc);
  }

  @ParameterizedTest(name = "{0} at column {1}")
  @CsvSource(delimiter = '|', value = {
      "tel:7042|13|RFC 3966 section 3 (local-number) and section 5.1.5",
      "tel:*69;x=y|13|RFC 3966 section 3 (local-number) and section 5.1.5",
      "tel:+1;ext=12a|20|RFC 3966 section 3 (extension)",
      "tel:+1;ext|16|RFC 3966 section 3 (extension)",
      "tel:7042;phone-context=192.0.2.1|32|RFC 3966 section 3 (descriptor)",
      "tel:7042;phone-context=+1x|32|RFC 3966 section 3 (global-number-digits)",
      "tel:7042;phone-context=+--|32|RFC 3966 section 3 (global-number-digits)",
      "tel:7042;phone-context|18|RFC 3966 section 3 (context)"})
  @DisplayName("a local tel number without a phone-context, an ext that is not digits, or a"
      + " phone-context that is neither a domain name nor a global number is an error at that"
      + " place (RFC 3966 section 3)")
  void telNumberParametersFollowTheirRules(String uri, int column, String rfc) {
    onlyError(uri, column, "telephone-uri", rfc);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tel:+1;isub=a@b", "tel:+1-201-555-0123;isub=1?2=3,4/5:6&7+8$9",
      "tel:7042;isub=%5B1%5D;phone-context=example.com", "tel:+1;ISUB=x-_.!~*'()"})
  @DisplayName("a tel URI's isub holding any uric (reserved, unreserved or escaped characters, '@',"
      + " '?', '=' and ',' included) is valid: isdn-subaddress = \";isub=\" 1*uric")
  void isubHoldsAnyUric(String uri) {
    ParseResult r = SipParser.parse(options(uri));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "{0} at column {1}")
  @CsvSource(delimiter = '|', value = {"tel:+1;isub=[1]|21", "tel:+1;isub=1]|22",
      "tel:+1;isub|16", "tel:7042;isub;phone-context=example.com|18"})
  @DisplayName("a tel URI's isub without a value, or holding a character that is not a uric ('['"
      + " or ']'), is an error at that place")
  void isubWithoutAValueOrWithANonUricIsAnError(String uri, int column) {
    onlyError(uri, column, "telephone-uri", "RFC 3966 section 3 (isdn-subaddress)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "sip:jos\u00e9@b.example.com | '\u00e9' (U+00E9) | %C3%A9",
    "sip:\u20acuro@b.example.com | U+20AC | %E2%82%AC",
    "sip:a\uD83D\uDE00@b.example.com | U+1F600 | %F0%9F%98%80",
    "sip:a\\b@b.example.com | '\\' | %5C"})
  @DisplayName("a character the user part cannot hold is named by its code point (a letter shown"
      + " too), and the escape"
      + " offered is its UTF-8 bytes, each as %HH (section 19.1.1, 25.1 escaped)")
  void userPartEscapeIsUtf8(String uri, String named, String escape) {
    int column = column(uri, uri.substring(uri.indexOf(':') + 1).replaceAll("^[a-z]*", "")
        .substring(0, 1));
    Diagnostic d = onlyError(uri, column, "user", "RFC 3261 section 25.1");
    assertEquals("character " + named + " is not allowed in the user part of a URI; it must be"
        + " escaped as " + escape, d.message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "sip:a:p\uD83D\uDE00@b.example.com | is not allowed in a URI password",
    "x\uD83D\uDE00y:foo | cannot appear in a URI scheme",
    "sip:a@b.example.com?h=\uD83D\uDE00 | is not allowed in a URI header value"})
  @DisplayName("a character beyond U+FFFF is named by its code point, U+1F600, not by half of its"
      + " UTF-16 pair")
  void charactersBeyondTheBmpAreNamedWhole(String uri, String complaint) {
    ParseResult r = SipParser.parse(options(uri));
    Diagnostic d = r.errors().get(0);
    assertEquals(column(uri, "\uD83D"), d.column(), d::toString);
    assertTrue(d.message().contains("U+1F600 " + complaint), d::toString);
  }
}
