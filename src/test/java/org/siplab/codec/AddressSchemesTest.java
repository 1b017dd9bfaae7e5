package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A URI that is not sip: or sips: in an address header (RFC 4475 section 3.3.4: the message is
 * valid) is a warning at that URI, in words that fit the header and the message: RFC 3261 section
 * 10.2.1 lets a REGISTER bind any URI, section 8.1.1.8 wants an INVITE's Contact to be a SIP or
 * SIPS URI, section 10.2 wants a REGISTER's To to be one.
 */
@DisplayName("URI schemes in address headers")
class AddressSchemesTest {

  private static final long SEED = 0x5c4e_3e55L;

  private static final String CONTACTS = "Contact: <mailto:bob@example.com>, \"x\""
      + " <http://example.com/a,b>;q=0.5, sip:c@example.com;expires=60";

  private static String request(String method, String uri, String replace, String with) {
    return (method + " " + uri + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP pc.example.com;branch=z9hG4bK776\r\nMax-Forwards: 70\r\n"
        + "To: <sip:bob@example.com>\r\nFrom: <sip:alice@example.com>;tag=1928\r\n"
        + "Call-ID: a84b4c76e66710\r\nCSeq: 314159 " + method + "\r\n"
        + "Contact: <sip:alice@pc.example.com>\r\nContent-Length: 0\r\n\r\n")
        .replace(replace, with);
  }

  private static List<Diagnostic> schemeWarnings(String message) {
    return SipParser.parse(message).warnings().stream()
        .filter(d -> d.rule().equals("absoluteURI")).toList();
  }

  private static List<String> columnsAndRfcs(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.line() + ":" + d.column() + " " + d.rfc()).toList();
  }

  @Test
  @DisplayName("each non-SIP Contact URI of an INVITE is a warning at its own URI that cites the"
      + " INVITE's Contact rule, not the REGISTER's To")
  void inviteContactsEachAtTheirUri() {
    List<Diagnostic> w = schemeWarnings(request("INVITE", "sip:bob@example.com",
        "Contact: <sip:alice@pc.example.com>", CONTACTS));
    assertEquals(List.of("8:11 RFC 3261 section 8.1.1.8", "8:41 RFC 3261 section 8.1.1.8"),
        columnsAndRfcs(w));
    assertTrue(w.get(0).message().startsWith("the Contact URI has the scheme 'mailto': an"
        + " INVITE's Contact must be a sip: or sips: URI"), w.get(0)::toString);
    assertTrue(w.get(1).message().contains("'http'"), w.get(1)::toString);
    for (Diagnostic d : w) {
      assertFalse(d.message().contains("REGISTER"), d::toString);
    }
  }

  @Test
  @DisplayName("a REGISTER may bind a non-SIP Contact: each is a warning at its URI that says so")
  void registerContactsAreAllowed() {
    List<Diagnostic> w = schemeWarnings(request("REGISTER", "sip:example.com",
        "Contact: <sip:alice@pc.example.com>", CONTACTS));
    assertEquals(List.of("8:11 RFC 3261 section 10.2.1; RFC 4475 section 3.3.4",
        "8:41 RFC 3261 section 10.2.1; RFC 4475 section 3.3.4"), columnsAndRfcs(w));
    assertTrue(w.get(0).message().contains("a REGISTER may bind any URI"), w.get(0)::toString);
    assertEquals(List.of(), schemeWarnings(request("REGISTER", "sip:example.com",
        "<sip:alice@pc.example.com>", "<tel:+15551234567>")), "section 10.2.1 names tel");
  }

  @Test
  @DisplayName("a tel: Contact breaks the INVITE's rule too, and a tel: To only a REGISTER's")
  void telUris() {
    assertEquals(List.of("8:11 RFC 3261 section 8.1.1.8"), columnsAndRfcs(schemeWarnings(
        request("INVITE", "sip:bob@example.com", "<sip:alice@pc.example.com>", "<tel:+1555>"))));
    assertEquals(List.of(), schemeWarnings(request("INVITE", "sip:bob@example.com",
        "To: <sip:bob@example.com>", "To: <tel:+1555>")), "section 8.1.1.2 allows tel in To");
    List<Diagnostic> w = schemeWarnings(request("REGISTER", "sip:example.com",
        "To: <sip:bob@example.com>", "To: tel:+1555"));
    assertEquals(List.of("4:5 RFC 3261 section 10.2; RFC 4475 section 3.3.4"),
        columnsAndRfcs(w));
    assertTrue(w.get(0).message().contains("address-of-record"), w.get(0)::toString);
  }

  @Test
  @DisplayName("a non-SIP Contact in a 2xx to an INVITE is a warning that cites the dialog rule")
  void answerContact() {
    String ok = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP pc.example.com;branch=z9hG4bK776\r\n"
        + "To: <sip:bob@example.com>;tag=9\r\nFrom: <sip:alice@example.com>;tag=1928\r\n"
        + "Call-ID: a84b4c76e66710\r\nCSeq: 314159 INVITE\r\nContact: <im:bob@example.com>\r\n"
        + "Content-Length: 0\r\n\r\n";
    assertEquals(List.of("7:11 RFC 3261 section 12.1.1"), columnsAndRfcs(schemeWarnings(ok)));
  }

  @Test
  @DisplayName("whatever the values around it, a non-SIP Contact URI is warned about where it"
      + " starts, and a SIP one is not")
  void eachWarningAtItsUri() {
    List<String> forms = List.of("<mailto:a@example.com>", "\"a, <b>\" <http://h.example/a,b>;q=1",
        "Bob <im:b@example.com>", "sip:c@example.com;expires=60", "<sip:d@example.com>",
        "urn:service:sos", "\"x\"<sips:e@example.com>");
    qt().withFixedSeed(SEED)
        .forAll(lists().of(Generate.pick(forms)).ofSizeBetween(1, 4),
            lists().of(Generate.pick(List.of("", " ", "  "))).ofSize(4))
        .checkAssert((values, spaces) -> {
          StringBuilder line = new StringBuilder("Contact:");
          List<Integer> expected = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            line.append(i == 0 ? " " : spaces.get(i % 4) + ",").append(spaces.get((i + 1) % 4));
            String v = values.get(i);
            int lt = v.lastIndexOf('<');
            int uri = line.length() + (lt < 0 ? 0 : lt + 1);
            if (!v.contains("sip:") && !v.contains("sips:")) {
              expected.add(uri + 1);
            }
            line.append(v);
          }
          List<Diagnostic> w = schemeWarnings(request("OPTIONS", "sip:bob@example.com",
              "Contact: <sip:alice@pc.example.com>", line.toString()));
          assertEquals(expected, w.stream().map(Diagnostic::column).toList(), line::toString);
        });
  }
}
