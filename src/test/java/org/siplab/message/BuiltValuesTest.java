package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A message built from values must print as SIP: a header field ends at its CRLF (RFC 3261 section
 * 7.3.1), so a value holding CR or LF would print as a line of its own, a header nobody wrote.
 * The model refuses such a value when a message is built, not when it is printed.
 */
@DisplayName("values a message is built from")
class BuiltValuesTest {

  private static final SipUri BOB = SipUri.of("bob", "example.com");

  private static SipRequest.Builder invite() {
    return SipRequest.builder(Method.INVITE, BOB);
  }

  @Test
  @DisplayName("a text header value holding a line break is refused, so it cannot add a header")
  void textWithALineBreakIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.SUBJECT, "hi\r\nVia: SIP/2.0/UDP evil.example"));
    assertTrue(e.getMessage().contains("7.3.1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> invite().callId("a\nb"));
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.of("X-Note"), "a\rb"));
  }

  @Test
  @DisplayName("an extension header name that is not a token is refused (header-name = token)")
  void extensionNameMustBeAToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.of("X-Evil: 1\r\nX-More"), "v"));
    assertTrue(e.getMessage().contains("header-name = token"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.of("X Note"), "v"));
  }

  @Test
  @DisplayName("a line break anywhere inside a typed value (a URI's host, a parameter, a token) is"
      + " refused when the value becomes a header")
  void typedValuesWithALineBreakAreRefused() {
    SipUri badHost = SipUri.of("bob", "example.com\r\nX-Evil: 1");
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.TO, NameAddress.of(badHost)));
    NameAddress badTag = NameAddress.of(BOB).withTag("1\r\nX-Evil: 1");
    assertThrows(IllegalArgumentException.class, () -> invite().header(HeaderName.FROM, badTag));
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.SUPPORTED, List.of(new Token("a\nb"))));
    assertThrows(IllegalArgumentException.class,
        () -> invite().eachOn(HeaderName.VIA,
            List.of(Via.udp(HostPort.of("h\n"), Via.MAGIC_COOKIE + "1"))));
  }

  @Test
  @DisplayName("the changed copies of a message refuse a value with a line break too")
  void changedCopiesRefuseALineBreak() {
    SipRequest m = invite().callId("abc@example.com").build();
    Text bad = new Text("x\r\nVia: SIP/2.0/UDP evil.example");
    assertThrows(IllegalArgumentException.class, () -> m.with(HeaderName.SUBJECT, bad));
    assertThrows(IllegalArgumentException.class, () -> m.append(HeaderName.SUBJECT, bad));
    assertThrows(IllegalArgumentException.class, () -> m.prepend(HeaderName.SUBJECT, bad));
    assertThrows(IllegalArgumentException.class, () -> m.withFirstValue(HeaderName.CALL_ID, bad));
    assertDoesNotThrow(() -> m.with(HeaderName.SUBJECT,
        new Text("plain words, t\u00e9l\u00e9phone")));
  }

  @Test
  @DisplayName("a reason phrase holding a line break is refused, so it cannot add a header")
  void reasonPhraseWithALineBreakIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> SipResponse.builder(486, "Busy\r\nVia: SIP/2.0/UDP evil.example"));
    assertThrows(IllegalArgumentException.class,
        () -> new SipResponse(486, "Busy\nHere", SipMessage.SIP_2_0, List.of(), null));
    assertDoesNotThrow(() -> SipResponse.builder(486, "Occup\u00e9, d\u00e9sol\u00e9\t(ici)"));
  }

  @Test
  @DisplayName("a field of a header that is not a comma-separated list holds exactly one value,"
      + " since several would print as one value of another meaning")
  void onlyListHeadersHoldSeveralValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.CALL_ID, List.of(new Text("a"), new Text("b"))));
    assertTrue(e.getMessage().contains("7.3.1"), e.getMessage());
    Credentials c = new Credentials("Digest", Parameters.of(Parameter.quoted("username", "u")));
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.AUTHORIZATION, List.of(c, c)));
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.SUBJECT, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.of("X-Extension"), List.of(new Text("a"), new Text("b"))));
    assertDoesNotThrow(() -> invite().header(HeaderName.CALL_ID, List.of(new Text("a"))));
  }

  @Test
  @DisplayName("an empty list field is refused for a header whose grammar needs at least one value"
      + " (Via, Require...) and allowed where the grammar makes the list optional (Allow,"
      + " Supported, Accept, Accept-Encoding, Accept-Language)")
  void emptyListOnlyWhereTheGrammarAllowsIt() {
    for (HeaderName n : List.of(HeaderName.VIA, HeaderName.CONTACT, HeaderName.REQUIRE,
        HeaderName.UNSUPPORTED, HeaderName.PROXY_REQUIRE, HeaderName.ROUTE, HeaderName.WARNING)) {
      assertThrows(IllegalArgumentException.class, () -> invite().header(n, List.of()),
          n.canonical());
    }
    for (HeaderName n : List.of(HeaderName.ALLOW, HeaderName.SUPPORTED, HeaderName.ACCEPT,
        HeaderName.ACCEPT_ENCODING, HeaderName.ACCEPT_LANGUAGE)) {
      assertDoesNotThrow(() -> invite().header(n, List.of()), n.canonical());
    }
  }

  @Test
  @DisplayName("Contact: * stands alone in its field (section 20.10, Contact = STAR /"
      + " contact-param list)")
  void wildcardStandsAlone() {
    assertThrows(IllegalArgumentException.class, () -> invite().header(HeaderName.CONTACT,
        List.of(Wildcard.INSTANCE, NameAddress.of(BOB))));
    assertDoesNotThrow(() -> invite().header(HeaderName.CONTACT, List.of(Wildcard.INSTANCE)));
  }

  @Test
  @DisplayName("a token value (a method in Allow, an option tag) that is not a token is refused,"
      + " since 'a b' or 'a,b' would print as another list")
  void tokenValuesMustBeTokens() {
    for (String bad : List.of("", "a b", "a,b", "t\u00e9")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> invite().header(HeaderName.SUPPORTED, List.of(new Token(bad))), bad);
      assertTrue(e.getMessage().contains("token"), e.getMessage());
    }
    assertDoesNotThrow(() -> invite().header(HeaderName.ALLOW,
        List.of(new Token("INVITE"), new Token("x-foo.bar!%*_+`'~"))));
  }

  @Test
  @DisplayName("a request-URI whose text holds a line break or whitespace is refused by the"
      + " builder, the constructor and withRequestUri, since it would break the Request-Line")
  void requestUriFitsTheRequestLine() {
    SipUri bad = SipUri.of("bob", "example.com SIP/2.0\r\nVia: SIP/2.0/UDP evil.example");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SipRequest.builder(Method.INVITE, bad));
    assertTrue(e.getMessage().contains("Request-Line"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SipRequest(Method.INVITE, SipUri.of("a b", "h"), SipMessage.SIP_2_0, List.of(),
            null));
    assertThrows(IllegalArgumentException.class,
        () -> invite().build().withRequestUri(new AbsoluteUri("mailto", "a\nb")));
  }

  @Test
  @DisplayName("a header value built with a parameter name twice, in any case, is refused (section"
      + " 7.3.1: any given parameter-name MUST NOT appear more than once), as the parser"
      + " refuses it")
  void aParameterNameAppearsOnlyOnceInABuiltValue() {
    Via twice = new Via("SIP", "2.0", "UDP", HostPort.of("h.example.com"), Parameters.of(
        Parameter.of("branch", Via.MAGIC_COOKIE + "1"), Parameter.of("BRANCH", "z9hG4bK2")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> invite().eachOn(HeaderName.VIA, List.of(twice)));
    assertTrue(e.getMessage().contains("7.3.1"), e.getMessage());
    NameAddress twoTags = new NameAddress(null, BOB, Parameters.of(Parameter.of("tag", "1"),
        Parameter.of("tag", "2")));
    assertThrows(IllegalArgumentException.class, () -> invite().header(HeaderName.FROM, twoTags));
    MediaType twoCharsets = new MediaType("text", "plain", Parameters.of(
        Parameter.of("charset", "UTF-8"), Parameter.of("Charset", "UTF-8")));
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.CONTENT_TYPE, twoCharsets));
    RetryAfter twoDurations = new RetryAfter(5, null, Parameters.of(
        Parameter.of("duration", "1"), Parameter.of("duration", "2")));
    assertThrows(IllegalArgumentException.class,
        () -> invite().header(HeaderName.RETRY_AFTER, twoDurations));
    // The same name in a value and in its URI, or in two values, is no repeat.
    NameAddress uriAndValue = new NameAddress(null, BOB.withParameter(Parameter.of("x", "1")),
        Parameters.of(Parameter.of("x", "1")));
    assertDoesNotThrow(() -> invite().header(HeaderName.CONTACT, uriAndValue));
  }

  @Test
  @DisplayName("a From or To built with a tag that has no value, a quoted one or one that is no"
      + " token is refused"
      + " (tag-param = \"tag\" EQUAL token), as the parser refuses it; a Contact may carry any")
  void aFromOrToTagIsAToken() {
    NameAddress valueless = new NameAddress(null, BOB, Parameters.of(Parameter.flag("tag")));
    NameAddress quoted = new NameAddress(null, BOB, Parameters.of(Parameter.quoted("tag", "1")));
    for (HeaderName name : List.of(HeaderName.FROM, HeaderName.TO)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> invite().header(name, valueless));
      assertTrue(e.getMessage().contains("tag-param"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> invite().header(name, quoted));
      assertThrows(IllegalArgumentException.class,
          () -> invite().header(name, NameAddress.of(BOB).withTag("a b")));
    }
    assertDoesNotThrow(() -> invite().header(HeaderName.CONTACT, valueless));
    assertDoesNotThrow(() -> invite().header(HeaderName.FROM, NameAddress.of(BOB).withTag("1")));
  }
}
