package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameters;
import org.siplab.message.PrintSink;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Via;
import org.siplab.testkit.Draw;
import org.siplab.testkit.MessageGen;

/**
 * The printer's canonical form, read from the printed bytes themselves (a round trip alone would
 * not notice a missing Content-Length: the parser only warns, and equality ignores it).
 */
@DisplayName("the printed form of a message")
class PrintedFormTest {

  /** A small request in canonical form: what printing any of its spellings must give. */
  private static final String OPTIONS = "OPTIONS sip:bob@b.example.com SIP/2.0\r\n"
      + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
      + "Max-Forwards: 70\r\n"
      + "To: <sip:bob@b.example.com>\r\n"
      + "From: <sip:a@a.example.com>;tag=1\r\n"
      + "Call-ID: 1@a\r\n"
      + "CSeq: 1 OPTIONS\r\n"
      + "Content-Length: 0\r\n"
      + "\r\n";

  private static final long SEED = 0x5EED_F0A7L;
  private static final String CONTENT_LENGTH = "Content-Length: ";

  @Test
  @DisplayName("any message prints as its start line, one 'Long-Name: value' line a field in model"
      + " order, exactly one Content-Length equal to the body's length, CRLF line ends, an empty"
      + " line and the body")
  void canonicalForm() {
    Gen<SipMessage> messages = in -> {
      Draw d = new Draw(in);
      return withStaleContentLengths(MessageGen.message(d), d);
    };
    messages = messages.describedAs(SipMessage::toString);
    qt().withFixedSeed(SEED).withExamples(2000).forAll(messages).checkAssert(m -> {
      byte[] wire = SipPrinter.print(m);
      int end = indexOf(wire, "\r\n\r\n");
      assertTrue(end > 0, "the header section ends with CRLF CRLF");
      String head = new String(wire, 0, end + 2, StandardCharsets.UTF_8);
      assertEveryLineEndsWithCrlf(head);
      List<String> lines = List.of(head.split("\r\n"));
      assertEquals(m.startLine(), lines.get(0));
      assertEquals(fieldLines(m), lines.subList(1, lines.size()));
      for (String line : lines.subList(1, lines.size())) {
        String name = line.substring(0, line.indexOf(": "));
        assertEquals(HeaderName.of(name).canonical(), name, "the canonical name: " + line);
        assertTrue(name.length() > 1, "never a compact form: " + line);
      }
      List<String> lengths = lines.stream().filter(l -> l.startsWith(CONTENT_LENGTH)).toList();
      byte[] body = Arrays.copyOfRange(wire, end + 4, wire.length);
      assertEquals(List.of(CONTENT_LENGTH + body.length), lengths);
      assertArrayEquals(m.body(), body);
    });
  }

  /**
   * The lines a message's fields should print as: each field's long name and values in model order,
   * and Content-Length, from the body, where the model's first one was (or last).
   */
  private static List<String> fieldLines(SipMessage m) {
    List<String> lines = new ArrayList<>();
    boolean lengthPrinted = false;
    for (HeaderField f : m.headers()) {
      if (f.is(HeaderName.CONTENT_LENGTH)) {
        if (!lengthPrinted) {
          lines.add(CONTENT_LENGTH + m.bodyLength());
          lengthPrinted = true;
        }
        continue;
      }
      PrintSink values = new PrintSink(64);
      f.appendValuesTo(values);
      lines.add(f.headerName().canonical() + ": " + values);
    }
    if (!lengthPrinted) {
      lines.add(CONTENT_LENGTH + m.bodyLength());
    }
    return lines;
  }

  /** Up to two Content-Length fields with wrong values, anywhere among the fields. */
  private static SipMessage withStaleContentLengths(SipMessage m, Draw d) {
    List<HeaderField> fields = new ArrayList<>(m.headers());
    int stale = d.between(0, 2);
    for (int i = 0; i < stale; i++) {
      fields.add(d.between(0, fields.size()), HeaderField.of(HeaderName.CONTENT_LENGTH,
          new Numeric(m.bodyLength() + d.between(1, 1000))));
    }
    return stale == 0 ? m : m.withHeaders(fields);
  }

  private static void assertEveryLineEndsWithCrlf(String head) {
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '\r') {
        assertTrue(i + 1 < head.length() && head.charAt(i + 1) == '\n', "a CR without LF at " + i);
      } else if (c == '\n') {
        assertTrue(i > 0 && head.charAt(i - 1) == '\r', "an LF without CR at " + i);
      }
    }
  }

  private static int indexOf(byte[] data, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= data.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (data[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  @DisplayName("a message without a body read with compact names and a folded line prints with"
      + " long names, one field a line and Content-Length: 0")
  void withoutBody() {
    String read = "OPTIONS sip:bob@b.example.com SIP/2.0\r\n"
        + "v: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
        + "max-forwards:70\r\n"
        + "t: <sip:bob@b.example.com>\r\n"
        + "f: <sip:a@a.example.com>;tag=1\r\n"
        + "i: 1@a\r\n"
        + "CSeq: 1\r\n"
        + "  OPTIONS\r\n"
        + "l: 0\r\n"
        + "\r\n";
    SipMessage m = SipParser.parse(read).orThrow();
    assertEquals(OPTIONS, SipPrinter.printToString(m));
  }

  @Test
  @DisplayName("a message with a body prints Content-Length as the body's length in bytes, after"
      + " the other fields, then an empty line and the body")
  void withBody() {
    byte[] body = "héllo ✓\r\n".getBytes(StandardCharsets.UTF_8);
    SipMessage m = SipResponse.builder(200)
        .header(HeaderName.VIA, Via.udp(new HostPort("a.example.com", 5060), "z9hG4bK1"))
        .header(HeaderName.TO,
            NameAddress.of("Bob", SipUri.of("bob", "b.example.com")).withTag("2"))
        .header(HeaderName.FROM, NameAddress.of(SipUri.of("a", "a.example.com")).withTag("1"))
        .callId("1@a")
        .header(HeaderName.CSEQ, new CSeq(1, Method.MESSAGE))
        .body(new MediaType("text", "plain", Parameters.NONE), body)
        .build();
    byte[] expectedHead = ("SIP/2.0 200 OK\r\n"
        + "Via: SIP/2.0/UDP a.example.com:5060;branch=z9hG4bK1\r\n"
        + "To: Bob <sip:bob@b.example.com>;tag=2\r\n"
        + "From: <sip:a@a.example.com>;tag=1\r\n"
        + "Call-ID: 1@a\r\n"
        + "CSeq: 1 MESSAGE\r\n"
        + "Content-Type: text/plain\r\n"
        + "Content-Length: 12\r\n"
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    assertEquals(12, body.length, "9 characters, 12 bytes");
    byte[] expected = Arrays.copyOf(expectedHead, expectedHead.length + body.length);
    System.arraycopy(body, 0, expected, expectedHead.length, body.length);
    assertEquals(new String(expected, StandardCharsets.UTF_8), SipPrinter.printToString(m));
    assertArrayEquals(expected, SipPrinter.print(m));
  }

  @Test
  @DisplayName("a parsed message given a new body prints the new body's length where its own"
      + " Content-Length was")
  void newBodyNewLength() {
    String read = "MESSAGE sip:bob@b.example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
        + "Max-Forwards: 70\r\n"
        + "Content-Length: 3\r\n"
        + "To: <sip:bob@b.example.com>\r\n"
        + "From: <sip:a@a.example.com>;tag=1\r\n"
        + "Call-ID: 1@a\r\n"
        + "CSeq: 1 MESSAGE\r\n"
        + "Content-Type: text/plain\r\n"
        + "\r\n"
        + "abc";
    SipMessage m = SipParser.parse(read).orThrow()
        .withBody("hello".getBytes(StandardCharsets.UTF_8));
    assertEquals("MESSAGE sip:bob@b.example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
        + "Max-Forwards: 70\r\n"
        + "Content-Length: 5\r\n"
        + "To: <sip:bob@b.example.com>\r\n"
        + "From: <sip:a@a.example.com>;tag=1\r\n"
        + "Call-ID: 1@a\r\n"
        + "CSeq: 1 MESSAGE\r\n"
        + "Content-Type: text/plain\r\n"
        + "\r\n"
        + "hello", SipPrinter.printToString(m));
  }

  @Test
  @DisplayName("a lower-case sip/2.0 is read as SIP/2.0 and printed upper-case, as section 7.1"
      + " requires")
  void versionPrintsUpperCase() {
    String lower = OPTIONS.replace(" SIP/2.0\r\n", " sip/2.0\r\n");
    SipMessage m = SipParser.parse(lower).orThrow();
    assertEquals("SIP/2.0", m.version());
    assertEquals(SipParser.parse(OPTIONS).orThrow(), m);
    assertEquals(OPTIONS, SipPrinter.printToString(m));
  }

  @Test
  @DisplayName("a Via written sip/2.0/udp is read as SIP/2.0/UDP: its tokens are case-insensitive"
      + " (section 7.3.1), so it equals and prints as the upper-case form")
  void viaProtocolIsCaseInsensitive() {
    String upper = OPTIONS;
    for (String written : new String[] {"sip/2.0/udp", "Sip/2.0/Udp", "SIP/2.0/udp"}) {
      SipMessage m = SipParser.parse(upper.replace("SIP/2.0/UDP", written)).orThrow();
      assertEquals("SIP", m.topVia().protocolName());
      assertEquals("UDP", m.topVia().transport());
      assertEquals(SipParser.parse(upper).orThrow(), m);
      assertEquals(upper, SipPrinter.printToString(m));
    }
  }

  @Test
  @DisplayName("a Warning keeps its warn-text apart from its printed form, quotes resolved")
  void aWarningKeepsItsWarnTextApartFromItsPrintedForm() {
    String response = "SIP/2.0 400 Bad Request\r\n"
        + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
        + "To: <sip:bob@b.example.com>;tag=2\r\n"
        + "From: <sip:a@a.example.com>;tag=1\r\n"
        + "Call-ID: 1@a\r\n"
        + "CSeq: 1 OPTIONS\r\n"
        + "Warning: 399 b.example \"a \\\"quoted\\\" word\"\r\n"
        + "Content-Length: 0\r\n"
        + "\r\n";
    org.siplab.message.Warning w = SipParser.parse(response).orThrow().warnings().get(0);
    assertEquals("a \"quoted\" word", w.warnText());
    assertEquals("399 b.example \"a \\\"quoted\\\" word\"", w.text());
  }
}
