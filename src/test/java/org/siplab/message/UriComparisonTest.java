package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.testkit.Draw;

/**
 * SIP URI comparison, RFC 3261 section 19.1.4: "Characters other than those in the 'reserved' set
 * (see RFC 2396) are equivalent to their '"%" HEX HEX' encoding", and "Any present header component
 * MUST be present in both URIs and match for the URI to match".
 */
@DisplayName("SIP URI comparison (section 19.1.4)")
class UriComparisonTest {

  private static final long SEED = 0x1914_2026L;

  /**
   * RFC 2396 section 2.2:
   * {@code reserved = ";" | "/" | "?" | ":" | "@" | "&" | "=" | "+" | "$" | ","}.
   */
  private static final String RESERVED = ";/?:@&=+$,";

  /**
   * The characters a user part may hold unescaped (section 25.1: unreserved and user-unreserved).
   */
  private static final String USER_CHARS =
      "abcXYZ019-_.!~*'()" + "&=+$,;?/";

  private static SipUri user(String user) {
    return new SipUri(false, user, null, HostPort.of("h.example.com"), Parameters.NONE,
        Parameters.NONE);
  }

  private static SipUri withHeaders(Parameter... headers) {
    return new SipUri(false, "a", null, HostPort.of("h.example.com"), Parameters.NONE,
        Parameters.of(headers));
  }

  /** A user and a copy with some of its characters written as %HH, hex digits in either case. */
  private record Escaped(String plain, String escaped, boolean escapedAReservedCharacter) {}

  private static Gen<Escaped> escapedUsers() {
    return in -> {
      Draw d = new Draw(in);
      String plain = d.string(USER_CHARS, 1, 12);
      StringBuilder escaped = new StringBuilder();
      boolean reserved = false;
      for (char ch : plain.toCharArray()) {
        if (d.chance(40)) {
          String hex = String.format(Locale.ROOT, "%02X", (int) ch);
          escaped.append('%').append(d.chance(50) ? hex : hex.toLowerCase(Locale.ROOT));
          reserved |= RESERVED.indexOf(ch) >= 0;
        } else {
          escaped.append(ch);
        }
      }
      return new Escaped(plain, escaped.toString(), reserved);
    };
  }

  @Test
  @DisplayName("a user part with escaped characters equals its unescaped form exactly when none of"
      + " the escaped characters is reserved")
  void anEscapedUserEqualsItsUnescapedFormOnlyWhenNoReservedCharacterWasEscaped() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(escapedUsers()).checkAssert(e -> {
      boolean expected = !e.escapedAReservedCharacter();
      assertEquals(expected, user(e.escaped()).equivalentTo(user(e.plain())), e::toString);
      assertEquals(expected, user(e.plain()).equivalentTo(user(e.escaped())), e::toString);
    });
  }

  @Test
  @DisplayName("the RFC's own example: %61lice equals alice, but a;b does not equal a%3Bb")
  void anEscapedUnreservedCharacterMatchesButAnEscapedReservedOneDoesNot() {
    assertTrue(user("%61lice").equivalentTo(user("alice")));
    assertFalse(user("a;b").equivalentTo(user("a%3Bb")));
    assertFalse(user("a%3Bb").equivalentTo(user("a;b")));
    // Two escapes of the same reserved character are the same octet, whatever the hex case.
    assertTrue(user("a%3bb").equivalentTo(user("a%3Bb")));
    // %25 is '%' itself: "%253B" is the text %3B, not the escape of ';'.
    assertFalse(user("a%253Bb").equivalentTo(user("a%3Bb")));
  }

  /** URIs whose header components are drawn from a few names and values, so that they collide. */
  private static Gen<SipUri> urisWithHeaders() {
    return in -> {
      Draw d = new Draw(in);
      int n = d.between(0, 3);
      List<Parameter> headers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        headers.add(Parameter.of(d.pick("x", "X", "y"), d.pick("1", "2", "%31")));
      }
      return withHeaders(headers.toArray(new Parameter[0]));
    };
  }

  @Test
  @DisplayName("URI comparison is symmetric whatever header components the two URIs carry")
  void uriComparisonIsSymmetricOverHeaderComponents() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(urisWithHeaders(), urisWithHeaders())
        .checkAssert((a, b) -> assertEquals(a.equivalentTo(b), b.equivalentTo(a),
            () -> a + " / " + b));
  }

  @Test
  @DisplayName("a header component in one URI only makes the URIs differ, even when the other"
      + " repeats a header of the first")
  void aHeaderPresentInOneUriOnlyNeverMatches() {
    SipUri twice = withHeaders(Parameter.of("x", "1"), Parameter.of("x", "1"));
    SipUri other = withHeaders(Parameter.of("x", "1"), Parameter.of("y", "2"));
    assertFalse(twice.equivalentTo(other));
    assertFalse(other.equivalentTo(twice));
    // Order does not count (section 19.1.4: "The ordering of parameters and header fields is not
    // significant").
    SipUri reordered = withHeaders(Parameter.of("y", "2"), Parameter.of("x", "1"));
    assertTrue(other.equivalentTo(reordered));
    assertTrue(reordered.equivalentTo(other));
  }

  private static SipUri host(String host, Parameter... params) {
    return new SipUri(false, "a", null, HostPort.of(host), Parameters.of(params), Parameters.NONE);
  }

  @Test
  @DisplayName("the method parameter matches only with the same case, since a method is"
      + " case-sensitive, while other parameter values and all parameter names ignore case")
  void theMethodParameterIsCaseSensitive() {
    SipUri invite = host("h.example.com", Parameter.of("method", "INVITE"));
    assertFalse(invite.equivalentTo(host("h.example.com", Parameter.of("method", "invite"))));
    assertFalse(host("h.example.com", Parameter.of("method", "Invite")).equivalentTo(invite));
    assertTrue(invite.equivalentTo(host("h.example.com", Parameter.of("METHOD", "INVITE"))));
    // %49 is 'I', unreserved, so it equals the character (section 19.1.4).
    assertTrue(invite.equivalentTo(host("h.example.com", Parameter.of("method", "%49NVITE"))));
    assertTrue(host("h.example.com", Parameter.of("transport", "TCP"))
        .equivalentTo(host("h.example.com", Parameter.of("Transport", "tcp"))));
    assertTrue(host("h.example.com", Parameter.of("x", "On"))
        .equivalentTo(host("h.example.com", Parameter.of("x", "oN"))));
  }

  @Test
  @DisplayName("two method parameters match exactly when their methods are the same string, case"
      + " included, while a transport or other parameter ignores case")
  void methodParametersMatchExactlyWhenTheMethodsAreEqual() {
    Gen<String[]> pairs = in -> {
      Draw d = new Draw(in);
      String m = d.pick("INVITE", "REGISTER", "invite", "Publish", "x-Foo");
      StringBuilder other = new StringBuilder();
      for (char ch : m.toCharArray()) {
        other.append(d.chance(20) ? (Character.isUpperCase(ch) ? Character.toLowerCase(ch)
            : Character.toUpperCase(ch)) : ch);
      }
      return new String[] {m, other.toString()};
    };
    qt().withFixedSeed(SEED).withExamples(1000).forAll(pairs.describedAs(p -> p[0] + "/" + p[1]))
        .checkAssert(p -> {
          assertEquals(p[0].equals(p[1]), host("h", Parameter.of("method", p[0]))
              .equivalentTo(host("h", Parameter.of("method", p[1]))), p[0] + "/" + p[1]);
          assertTrue(host("h", Parameter.of("x", p[0]))
              .equivalentTo(host("h", Parameter.of("x", p[1]))), p[0] + "/" + p[1]);
        });
  }

  /** Eight 16-bit groups, many of them zero so that "::" has runs to stand for. */
  private static Gen<int[]> ipv6Groups() {
    return in -> {
      Draw d = new Draw(in);
      int[] g = new int[8];
      for (int i = 0; i < 8; i++) {
        g[i] = d.chance(50) ? 0 : d.pick(1, 0xdb8, 0xffff, 0xabcd, d.between(0, 0xffff));
      }
      return g;
    };
  }

  /** One of the ways to write the address: full or compressed, any case, leading zeros or not. */
  private static String spell(int[] g, Draw d) {
    boolean v4 = d.chance(25);
    int hexGroups = v4 ? 6 : 8;
    String[] parts = new String[hexGroups];
    for (int i = 0; i < hexGroups; i++) {
      String hex = Integer.toHexString(g[i]);
      if (d.chance(30)) {
        hex = "0".repeat(4 - hex.length()) + hex;
      }
      parts[i] = d.chance(50) ? hex.toUpperCase(Locale.ROOT) : hex;
    }
    int runStart = -1;
    int runEnd = -1;
    if (d.chance(70)) {
      int start = d.between(0, hexGroups - 1);
      int end = start;
      while (end < hexGroups && g[end] == 0) {
        end++;
      }
      if (end > start) {
        runStart = start;
        runEnd = end;
      }
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < hexGroups; i++) {
      if (i == runStart) {
        sb.append("::");
        i = runEnd - 1;
        continue;
      }
      if (i > 0 && i != runEnd) {
        sb.append(':');
      }
      sb.append(parts[i]);
    }
    if (v4) {
      if (runEnd != hexGroups) {
        sb.append(':');
      }
      sb.append(g[6] >> 8).append('.').append(g[6] & 0xff).append('.').append(g[7] >> 8)
          .append('.').append(g[7] & 0xff);
    }
    return sb.append(']').toString();
  }

  private record Spellings(String one, String other, String different) {}

  private static Gen<Spellings> ipv6Spellings() {
    return in -> {
      Draw d = new Draw(in);
      int[] g = ipv6Groups().generate(in);
      int[] changed = g.clone();
      int i = d.between(0, 7);
      changed[i] = (changed[i] + d.between(1, 0xffff)) & 0xffff;
      return new Spellings(spell(g, d), spell(g, d), spell(changed, d));
    };
  }

  @Test
  @DisplayName("an IPv6 reference matches every other spelling of the same address (compressed or"
      + " not, either case, leading zeros or an IPv4 tail) and no spelling of another address")
  void ipv6HostsCompareAsAddresses() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(ipv6Spellings()).checkAssert(s -> {
      assertTrue(host(s.one()).equivalentTo(host(s.other())), s::toString);
      assertFalse(host(s.one()).equivalentTo(host(s.different())), s::toString);
      assertTrue(host("h.example.com", Parameter.of("maddr", s.one()))
          .equivalentTo(host("h.example.com", Parameter.of("maddr", s.other()))), s::toString);
      assertFalse(host("h.example.com", Parameter.of("maddr", s.one()))
          .equivalentTo(host("h.example.com", Parameter.of("maddr", s.different()))), s::toString);
    });
    assertTrue(host("[::1]").equivalentTo(host("[0:0:0:0:0:0:0:1]")));
    assertTrue(host("[2001:DB8::1]").equivalentTo(host("[2001:db8:0::0001]")));
  }

  @Test
  @DisplayName("a header component matches by its header field's rules: names in any case or"
      + " compact form, values ignoring case unless the field says otherwise (Call-ID) or in"
      + " quotes")
  void headerComponentsMatchByTheirFieldsRules() {
    assertTrue(withHeaders(Parameter.of("Subject", "Project%20X"))
        .equivalentTo(withHeaders(Parameter.of("subject", "project%20x"))));
    assertTrue(withHeaders(Parameter.of("s", "project%20x"))
        .equivalentTo(withHeaders(Parameter.of("Subject", "project%20x"))));
    assertTrue(withHeaders(Parameter.of("priority", "URGENT"))
        .equivalentTo(withHeaders(Parameter.of("Priority", "urgent"))));
    // Section 20.8: "Call-IDs are case-sensitive".
    assertFalse(withHeaders(Parameter.of("Call-ID", "ABC"))
        .equivalentTo(withHeaders(Parameter.of("call-id", "abc"))));
    // Section 7.3.1: "values expressed as quoted strings are case-sensitive".
    assertFalse(withHeaders(Parameter.of("x-note", "%22Hi%22"))
        .equivalentTo(withHeaders(Parameter.of("X-Note", "%22HI%22"))));
    assertFalse(withHeaders(Parameter.of("subject", "a"))
        .equivalentTo(withHeaders(Parameter.of("subject", "b"))));
  }
}
