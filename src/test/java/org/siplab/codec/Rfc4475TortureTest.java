package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 49 messages of RFC 4475, classified as its INDEX.tsv says: valid and valid-but-odd messages
 * parse (warnings allowed), invalid ones do not, each with the diagnostic a reader would expect.
 */
@DisplayName("RFC 4475 torture messages")
class Rfc4475TortureTest {

  /** An expected diagnostic: where it is and words from its message. */
  record Expected(int line, String rule, String words) {}

  private static final Map<String, List<Expected>> INVALID = new LinkedHashMap<>();

  static {
    expect("badinv01", new Expected(7, "Via", "expected a parameter name after ';'"));
    expect("clerr", new Expected(12, "Content-Length", "Content-Length says 9999 bytes"));
    expect("ncl", new Expected(10, "Content-Length", "cannot be negative"));
    expect("scalar02", new Expected(5, "CSeq", "larger than 2**32 - 1"),
        new Expected(7, "Max-Forwards", "above 255"),
        new Expected(8, "Expires", "larger than 2**32 - 1"),
        new Expected(10, "Contact", "'expires' value 280297596632815"));
    expect("scalarlg", new Expected(5, "CSeq", "larger than 2**32 - 1"),
        new Expected(7, "Retry-After", "larger than 2**32 - 1"),
        new Expected(8, "Warning", "exactly three digits"));
    expect("quotbal", new Expected(2, "To", "never closed"));
    expect("ltgtruri", new Expected(1, "Request-URI", "must not be enclosed in '<' '>'"));
    expect("lwsruri", new Expected(1, "Request-URI", "whitespace inside the Request-URI"));
    expect("lwsstart", new Expected(1, "Request-Line", "more than one space"));
    expect("trws", new Expected(1, "Request-Line", "spaces after the SIP version"));
    expect("escruri", new Expected(1, "Request-URI", "not allowed in a Request-URI"));
    expect("baddate", new Expected(8, "Date", "must be in GMT"));
    expect("regbadct", new Expected(8, "Contact", "must be enclosed in '<' '>'"));
    expect("badaspec", new Expected(5, "To", "no whitespace is allowed between '<' and '>'"));
    expect("baddn", new Expected(4, "From", "must be quoted"),
        new Expected(5, "To", "must be quoted"));
    expect("badvers", new Expected(1, "Request-Line", "505 Version Not Supported"));
    expect("mismatch01", new Expected(6, "CSeq", "does not match the request method OPTIONS"));
    expect("mismatch02", new Expected(6, "CSeq", "does not match the request method NEWMETHOD"));
    expect("bigcode", new Expected(1, "Status-Code", "exactly three digits"));
    expect("insuf", new Expected(1, "To", "must have a To header"),
        new Expected(1, "From", "must have a From header"),
        new Expected(1, "Call-ID", "must have a Call-ID header"));
    expect("multi01", new Expected(7, "CSeq", "a second CSeq header"),
        new Expected(8, "Call-ID", "a second Call-ID header"),
        new Expected(11, "To", "a second To header"),
        new Expected(12, "From", "a second From header"),
        new Expected(16, "Max-Forwards", "a second Max-Forwards header"));
    expect("mcl01", new Expected(9, "Content-Length", "a second Content-Length header"));
  }

  private static void expect(String name, Expected... diagnostics) {
    INVALID.put(name, List.of(diagnostics));
  }

  static Stream<Arguments> messages() {
    return Corpus.tsv("rfc4475/INDEX.tsv").stream()
        .map(row -> Arguments.of(row[0], row[2], row[4]));
  }

  @ParameterizedTest(name = "{0} ({1}): {2}")
  @MethodSource("messages")
  @DisplayName("each torture message gets the verdict RFC 4475 gives it")
  void eachMessageGetsItsVerdict(String name, String verdict, String title) {
    ParseResult result = SipParser.parse(Corpus.bytes("rfc4475/" + name + ".dat"));
    if (verdict.equals("invalid")) {
      assertTrue(!result.isValid(), name + " should be invalid");
      List<Expected> expected = INVALID.get(name);
      assertNotNull(expected, "no expected diagnostic listed for " + name);
      for (Expected e : expected) {
        assertTrue(result.errors().stream().anyMatch(d -> d.line() == e.line()
                && d.rule().equals(e.rule()) && d.message().contains(e.words())),
            name + ": expected an error at line " + e.line() + " (" + e.rule() + ") saying '"
                + e.words() + "', got " + result.errors());
      }
    } else {
      assertTrue(result.isValid(), name + " should parse, got " + result.errors());
    }
  }

  @ParameterizedTest(name = "{0} ({1}): {2}")
  @MethodSource("messages")
  @DisplayName("each message that parses prints as text that parses back to an equal message")
  void eachReadableMessagePrintsBackToItself(String name, String verdict, String title) {
    ParseResult result = SipParser.parse(Corpus.bytes("rfc4475/" + name + ".dat"));
    if (!result.isValid()) {
      return;
    }
    byte[] printed = SipPrinter.print(result.message());
    ParseResult again = SipParser.parse(printed);
    String shown = new String(printed, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(again.isValid(), () -> name + ": " + again.errors() + "\n" + shown);
    assertEquals(result.message(), again.message(), shown);
  }

  @Test
  @DisplayName("the index lists 49 messages and every invalid one has an expected diagnostic")
  void everyInvalidMessageHasAnExpectation() {
    List<String[]> rows = Corpus.tsv("rfc4475/INDEX.tsv");
    assertEquals(49, rows.size());
    long invalid = rows.stream().filter(r -> r[2].equals("invalid")).count();
    assertEquals(invalid, INVALID.size());
  }

  @Test
  @DisplayName("a display name directly followed by '<' is accepted with a warning")
  void lwsdispIsAWarning() {
    ParseResult r = SipParser.parse(Corpus.bytes("rfc4475/lwsdisp.dat"));
    assertTrue(r.isValid());
    assertTrue(r.warnings().stream().anyMatch(d -> d.rfc().contains("RFC 4475 section 3.1.1.6")));
    assertEquals("caller", r.message().from().displayName());
  }

  @Test
  @DisplayName("an RFC 2543 INVITE is accepted with warnings for the branch, From tag and"
      + " Max-Forwards")
  void rfc2543IsWarnings() {
    ParseResult r = SipParser.parse(Corpus.bytes("rfc4475/inv2543.dat"));
    assertTrue(r.isValid());
    List<String> rules = r.warnings().stream().map(Diagnostic::rule).toList();
    assertTrue(rules.containsAll(List.of("Max-Forwards", "Via", "From", "Content-Length")),
        rules.toString());
  }

  @Test
  @DisplayName("the extra octets after a UDP message's body are ignored")
  void dblreqKeepsOnlyTheRegister() {
    ParseResult r = SipParser.parse(Corpus.bytes("rfc4475/dblreq.dat"));
    assertTrue(r.isValid());
    assertEquals(0, r.message().bodyLength());
    assertEquals("REGISTER", ((org.siplab.message.SipRequest) r.message()).method().name());
  }

  @Test
  @DisplayName("a binary multipart body with NUL bytes is framed by Content-Length")
  void mpart01KeepsTheBinaryBody() {
    ParseResult r = SipParser.parse(Corpus.bytes("rfc4475/mpart01.dat"));
    assertTrue(r.isValid());
    assertEquals(r.message().contentLength(), r.message().bodyLength());
  }
}
