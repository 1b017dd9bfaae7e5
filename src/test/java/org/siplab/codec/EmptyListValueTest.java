package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * RFC 3261 section 7.3.1 and the list grammars of section 25.1 ({@code value *(COMMA value)}): a
 * list header has a value on both sides of every comma. An empty one is named as such, where it
 * ends (the comma after it, or the end of the field), whatever the header's own grammar would have
 * expected there.
 */
@DisplayName("an empty value in a list header")
class EmptyListValueTest {

  private static final long SEED = 0x0e3b_7a1eL;

  /** Each list header with values that hold no comma of their own. */
  private static final List<List<String>> HEADERS = List.of(
      List.of("Contact", "<sip:a@b.example.com>", "sip:c@d.example.com;expires=60",
          "\"x\" <sip:e@f.example.com>"),
      List.of("Route", "<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"),
      List.of("Record-Route", "<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"),
      List.of("Via", "SIP/2.0/UDP h.example.com;branch=z9hG4bK2", "SIP/2.0/TCP g:5061"),
      List.of("Allow", "INVITE", "ACK", "BYE"),
      List.of("Supported", "timer", "100rel"),
      List.of("Require", "100rel"),
      List.of("Proxy-Require", "foo"),
      List.of("Content-Language", "en", "fr-CA"),
      List.of("Accept", "application/sdp", "text/plain;q=0.5"),
      List.of("Accept-Encoding", "gzip", "identity"),
      List.of("Accept-Language", "en", "da;q=0.8"),
      List.of("Warning", "399 h.example.com \"x\"", "307 isi.edu \"y\""),
      List.of("Call-Info", "<http://a.example.com/p.jpg>;purpose=icon"),
      List.of("Alert-Info", "<http://a.example.com/ring.wav>"),
      List.of("Error-Info", "<sip:not-in-service@a.example.com>"),
      List.of("In-Reply-To", "70710@saturn.example.com", "17320@saturn.example.com"),
      List.of("Allow-Events", "presence", "dialog"));

  private static String options(String extraLine) {
    return "OPTIONS sip:bob@b.example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\nMax-Forwards: 70\r\n"
        + "To: <sip:bob@b.example.com>\r\nFrom: <sip:a@a.example.com>;tag=1\r\n"
        + "Call-ID: 1@a\r\nCSeq: 1 OPTIONS\r\n" + extraLine + "\r\nContent-Length: 0\r\n\r\n";
  }

  /** The one error about {@code header}, as "column: message". */
  private static String errorOn(String header, String line) {
    List<String> found = new ArrayList<>();
    for (Diagnostic d : SipParser.parse(options(line)).errors()) {
      if (d.message().startsWith(header + ": ")) {
        assertEquals(8, d.line(), d::toString);
        found.add(d.column() + ": " + d.message().substring(header.length() + 2));
      }
    }
    assertEquals(1, found.size(), () -> line + " " + found);
    return found.get(0);
  }

  @Test
  @DisplayName("an empty value before, between or after the values of any list header is an error"
      + " where the empty value ends (the comma after it, or the end) that says a value is empty")
  void emptyValueIsNamedAtItsComma() {
    qt().withFixedSeed(SEED)
        .forAll(Generate.pick(HEADERS), integers().between(1, 3), integers().between(0, 3),
            lists().of(Generate.pick(List.of("", " "))).ofSize(4))
        .checkAssert((header, count, at, spaces) -> {
          List<String> items = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            items.add(header.get(1 + i % (header.size() - 1)));
          }
          int empty = Math.min(at, count);
          items.add(empty, spaces.get(0));
          String name = header.get(0);
          StringBuilder line = new StringBuilder(name).append(": ");
          List<Integer> commas = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
              line.append(spaces.get(i % 4));
              commas.add(line.length() + 1);
              line.append(',').append(spaces.get((i + 1) % 4));
            }
            line.append(items.get(i));
          }
          String expected = empty == 0 ? commas.get(0) + ": a value is empty before the first"
              + " comma: the field cannot start with a comma"
              : empty == count ? line.length() + 1 + ": a value is empty after the last"
              + " comma: the field cannot end with a comma"
              : commas.get(empty) + ": a value is empty between two commas: remove one of them,"
              + " or write the value between them";
          assertEquals(expected, errorOn(name, line.toString()), line::toString);
        });
  }

  @Test
  @DisplayName("two commas in a row in a Contact, or a Contact that starts with one, is an empty"
      + " value, not a display name that needs quotes")
  void contactWithEmptyValue() {
    assertEquals("20: a value is empty between two commas: remove one of them, or write the value"
        + " between them", errorOn("Contact", "Contact: <sip:a@b>,,<sip:c@d>"));
    assertEquals("10: a value is empty before the first comma: the field cannot start with a"
        + " comma", errorOn("Contact", "Contact: ,<sip:a@b>"));
  }

  @Test
  @DisplayName("an empty value is told from a value that broke for another reason next to a"
      + " comma")
  void otherErrorsNextToACommaAreLeftAlone() {
    assertEquals("11: a display name containing ',' must be quoted, as in \"x,y\"",
        errorOn("Contact", "Contact: x,y <sip:a@b>"));
    assertEquals("15: expected a value (a token), but found '@,ACK'",
        errorOn("Allow", "Allow: INVITE,@,ACK"));
  }

  @Test
  @DisplayName("an empty parameter between the commas of digest credentials is named as such")
  void emptyDigestParameter() {
    String tail = "realm=\"b\",nonce=\"n\",uri=\"sip:b\","
        + "response=\"0123456789abcdef0123456789abcdef\"";
    assertEquals("36: a parameter is empty between two commas: remove one of them, or write the"
        + " parameter between them",
        errorOn("Authorization", "Authorization: Digest username=\"a\",," + tail));
    assertEquals("23: a parameter is empty before the first comma: the parameters start right"
        + " after the scheme", errorOn("Authorization", "Authorization: Digest ,username=\"a\","
        + tail));
    assertEquals("112: a parameter is empty after the last comma: the parameters cannot end with"
        + " a comma", errorOn("Authorization", "Authorization: Digest username=\"a\"," + tail
        + ","));
  }
}
