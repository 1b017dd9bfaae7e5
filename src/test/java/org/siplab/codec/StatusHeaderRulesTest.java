package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.siplab.codec.Diagnostic.Severity;
import org.siplab.testkit.Draw;

/**
 * The header a 401, 405, 407, 420 or 423 exists to carry, each a MUST of RFC 3261: its absence is
 * a warning at the status line, named after the header, with the section of the MUST.
 */
@DisplayName("the header each challenge or refusal must carry (RFC 3261 sections 8.2.2.3, 10.3,"
    + " 21.4.6, 22.2, 22.3)")
class StatusHeaderRulesTest {

  private static final long SEED = 20261203L;

  /** A response with {@code status} to a {@code method}, with {@code extra} header lines. */
  private static String response(int status, String method, String extra) {
    return String.join("\r\n",
        "SIP/2.0 " + status + " " + reason(status),
        "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1",
        "To: <sip:bob@b.example.com>;tag=2",
        "From: <sip:a@a.example.com>;tag=1",
        "Call-ID: 1@a",
        "CSeq: 1 " + method) + "\r\n" + extra + "Content-Length: 0\r\n\r\n";
  }

  /** The reason phrase of a status under test (any phrase would parse). */
  private static String reason(int status) {
    return switch (status) {
      case 401 -> "Unauthorized";
      case 405 -> "Method Not Allowed";
      case 407 -> "Proxy Authentication Required";
      case 420 -> "Bad Extension";
      case 423 -> "Interval Too Brief";
      default -> "Whatever";
    };
  }

  /** One rule: the status, the header it needs, a value of it, its section, a method it binds. */
  record Rule(int status, String header, String value, String rfc, String method) {}

  private static final List<Rule> RULES = List.of(
      new Rule(401, "WWW-Authenticate", "Digest realm=\"b\", nonce=\"n\"",
          "RFC 3261 section 22.2", "REGISTER"),
      new Rule(405, "Allow", "REGISTER", "RFC 3261 section 21.4.6", "MESSAGE"),
      new Rule(407, "Proxy-Authenticate", "Digest realm=\"p\", nonce=\"n\"",
          "RFC 3261 section 22.3", "INVITE"),
      new Rule(420, "Unsupported", "foo", "RFC 3261 section 8.2.2.3", "OPTIONS"),
      new Rule(423, "Min-Expires", "3600", "RFC 3261 section 10.3", "REGISTER"));

  @ParameterizedTest(name = "{0} without {1}")
  @CsvSource({"401, WWW-Authenticate, RFC 3261 section 22.2, REGISTER",
      "405, Allow, RFC 3261 section 21.4.6, MESSAGE",
      "407, Proxy-Authenticate, RFC 3261 section 22.3, INVITE",
      "420, Unsupported, RFC 3261 section 8.2.2.3, OPTIONS",
      "423, Min-Expires, RFC 3261 section 10.3, REGISTER"})
  @DisplayName("a response without the header its status must carry is valid, with one warning"
      + " at the status line that names the header and the section of the MUST")
  void missingHeaderIsAWarning(int status, String header, String rfc, String method) {
    ParseResult r = SipParser.parse(response(status, method, ""));
    assertTrue(r.isValid(), r.diagnostics()::toString);
    Diagnostic d = ValidationDiagnosticsTest.onlyDiagnostic(r, Severity.WARNING, 1, 1, header,
        rfc);
    assertTrue(d.message().startsWith("a " + status + " must carry " + header + ": "),
        d::toString);
  }

  @Test
  @DisplayName("a 423 to a request other than REGISTER is not checked: RFC 3261 asks Min-Expires"
      + " of the registrar's 423 only")
  void only423ToRegister() {
    assertEquals(List.of(), SipParser.parse(response(423, "SUBSCRIBE", "")).diagnostics());
  }

  record Case(Rule rule, String method, String name, boolean present) {}

  private static Gen<Case> cases() {
    Gen<Case> gen = in -> {
      Draw d = new Draw(in);
      Rule rule = d.pick(RULES);
      String method = rule.status() == 423 ? "REGISTER"
          : d.pick("INVITE", "REGISTER", "OPTIONS", "MESSAGE", "BYE", "SUBSCRIBE");
      String name = d.pick(rule.header(), rule.header().toLowerCase(Locale.ROOT),
          rule.header().toUpperCase(Locale.ROOT));
      return new Case(rule, method, name, d.chance(50));
    };
    return gen.describedAs(c -> c.rule().status() + " to " + c.method() + (c.present()
        ? " with " + c.name() : " without " + c.rule().header()));
  }

  @Test
  @DisplayName("for any such status and method, the response has the warning exactly when the"
      + " header is missing, whatever the case of its name")
  void warningExactlyWhenMissing() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(cases()).checkAssert(c -> {
      String extra = c.present() ? c.name() + ": " + c.rule().value() + "\r\n" : "";
      ParseResult r = SipParser.parse(response(c.rule().status(), c.method(), extra));
      List<Diagnostic> expected = r.diagnostics().stream()
          .filter(d -> d.rule().equals(c.rule().header())).toList();
      assertEquals(c.present() ? 0 : 1, expected.size(), r.diagnostics()::toString);
      assertEquals(c.present() ? 0 : 1, r.diagnostics().size(), r.diagnostics()::toString);
    });
  }

  @Test
  @DisplayName("for any other status, none of these headers is asked for")
  void otherStatusesAskForNone() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll((Gen<Integer>) in -> new Draw(in).between(101, 699))
        .assuming(s -> RULES.stream().noneMatch(rule -> rule.status() == s))
        .checkAssert(status -> {
          ParseResult r = SipParser.parse(response(status, "OPTIONS", ""));
          assertEquals(List.of(), r.diagnostics(), () -> "status " + status);
        });
  }
}
