package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.message.Text;
import org.siplab.message.Via;
import org.siplab.testkit.Draw;

/**
 * List headers whose values siplab keeps as text (Call-Info, Alert-Info, Error-Info,
 * Accept-Encoding, Accept-Language, In-Reply-To, Allow-Events): RFC 3261 section 7.3.1 makes a
 * comma-separated field the same as one field a value, so the values are counted the same way
 * whether built, printed or parsed.
 */
@DisplayName("list headers kept as text")
class ListTextRoundTripTest {

  private static final long SEED = 0x7031_2026L;

  private static final String ICON = "<http://www.example.com/alice/photo.jpg> ;purpose=icon";
  private static final String INFO =
      "<http://www.example.com/alice/?a=1,2>;purpose=info;n=\"x, y\"";

  private static SipRequest.Builder options() {
    return SipRequest.builder(Method.OPTIONS, SipUri.of("bob", "b.example.com"))
        .header(HeaderName.VIA, Via.udp(HostPort.of("a.example.com"), Via.MAGIC_COOKIE + "1"))
        .maxForwards(70).header(HeaderName.TO, NameAddress.of(SipUri.of("bob", "b.example.com")))
        .header(HeaderName.FROM, NameAddress.of(SipUri.of("a", "a.example.com")).withTag("1"))
        .callId("1@a").cseq(1, Method.OPTIONS);
  }

  private static SipMessage roundTrip(SipMessage m) {
    byte[] wire = SipPrinter.print(m);
    return SipParser.parse(wire).message();
  }

  @Test
  @DisplayName("a Call-Info field holding two values prints and parses back to an equal message")
  void callInfoWithTwoValuesRoundTrips() {
    SipMessage m = options().header(HeaderName.CALL_INFO, List.of(new Text(ICON), new Text(INFO)))
        .build();
    SipMessage back = roundTrip(m);
    assertEquals(m, back, m::toString);
    assertEquals(2, back.values(HeaderName.CALL_INFO).size());
  }

  @Test
  @DisplayName("two Call-Info lines and one line listing both values are the same message")
  void twoFieldsEqualOneCombinedField() {
    String head = "OPTIONS sip:bob@b.example.com SIP/2.0\r\nVia: SIP/2.0/UDP a.example.com;"
        + "branch=z9hG4bK1\r\nMax-Forwards: 70\r\nTo: <sip:bob@b.example.com>\r\nFrom: <sip:a@a"
        + ".example.com>;tag=1\r\nCall-ID: 1@a\r\nCSeq: 1 OPTIONS\r\n";
    ParseResult two = SipParser.parse(head + "Call-Info: " + ICON + "\r\nCall-Info: " + INFO
        + "\r\nContent-Length: 0\r\n\r\n");
    ParseResult one = SipParser.parse(head + "Call-Info: " + ICON + " ,  " + INFO
        + "\r\nContent-Length: 0\r\n\r\n");
    assertEquals(List.of(), two.diagnostics());
    assertEquals(List.of(), one.diagnostics());
    assertEquals(two.message(), one.message());
  }

  @Test
  @DisplayName("one text value holding a comma outside quotes and angle brackets is refused when"
      + " built for a list header, since it would print as two values")
  void aBuiltValueHoldingAListCommaIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> options().header(HeaderName.CALL_INFO, new Text(ICON + ", " + INFO)));
    assertTrue(e.getMessage().contains("7.3.1"), e::getMessage);
  }

  @Test
  @DisplayName("a text value ending inside quotes or angle brackets, as the parser may read the"
      + " last value of a field, is accepted only as the last value of its field")
  void aValueEndingInsideQuotesMustBeTheLastOfItsField() {
    // Allow-Events is free text to siplab; Call-Info's grammar would refuse the open '<'.
    Text open = new Text("<http://www.example.com/a");
    HeaderName events = HeaderName.ALLOW_EVENTS;
    assertThrows(IllegalArgumentException.class,
        () -> options().header(events, List.of(open, new Text(ICON))));
    SipMessage m = options().header(events, List.of(new Text(ICON), open)).build();
    assertEquals(m, roundTrip(m), m::toString);
    SipMessage alone = options().header(events, open).build();
    assertEquals(alone, roundTrip(alone), alone::toString);
  }

  private static final List<HeaderName> LIST_TEXT = List.of(HeaderName.CALL_INFO,
      HeaderName.ALERT_INFO, HeaderName.ERROR_INFO, HeaderName.ACCEPT_ENCODING,
      HeaderName.ACCEPT_LANGUAGE, HeaderName.IN_REPLY_TO, HeaderName.ALLOW_EVENTS);

  private static final Gen<SipMessage> MESSAGES = in -> {
    Draw d = new Draw(in);
    HeaderName name = d.pick(LIST_TEXT);
    List<Text> values = new ArrayList<>();
    int n = d.between(1, 4);
    for (int i = 0; i < n; i++) {
      values.add(new Text(valueFor(d, name)));
    }
    if (d.chance(20) && !ListTextGrammars.covers(name)) {
      // Only the last value of a field may end inside quotes or brackets.
      values.add(new Text(d.pick("x;y=\"open, still", "<http://x.example/open, still")));
    }
    return options().header(name, values).build();
  };

  /** A value its header's grammar takes: a URI in < > for the -Info headers, a Call-ID for
   * In-Reply-To, and anything for the headers siplab reads as free text. */
  private static String valueFor(Draw d, HeaderName name) {
    if (name == HeaderName.IN_REPLY_TO) {
      return d.pick("70932a@h.example.com", "1@a", "a.b-c!%*_+`'~()<>:\\/[]?{}");
    }
    if (name == HeaderName.ACCEPT_ENCODING) {
      return d.pick("gzip", "identity;q=0.5", "*", "x;note=\"a,b\\\",c\"");
    }
    if (name == HeaderName.ACCEPT_LANGUAGE) {
      return d.pick("en-gb;q=0.8", "da", "*", "x;note=\"a,b\\\",c\"");
    }
    if (ListTextGrammars.covers(name)) {
      return d.pick(ICON, INFO, "<http://x.example/a,b>", "<sip:a@b;lr>;p=\"q,r\"");
    }
    return d.pick(ICON, INFO, "gzip", "en-gb;q=0.8", "<http://x.example/a,b>",
        "70932a@h.example.com", "presence", "x;note=\"a,b\\\",c\"", "<sip:a@b;p=\"q,r\">");
  }

  @Test
  @DisplayName("a text value built with any spaces and tabs, at its ends or in runs, prints and"
      + " parses back equal, as the parser lays out whitespace (7.3.1)")
  void anyWhitespaceLayoutRoundTrips() {
    Gen<SipMessage> texts = in -> {
      Draw d = new Draw(in);
      return options().header(d.pick(HeaderName.SUBJECT, HeaderName.ORGANIZATION),
          new Text(d.string("ab \t", 0, 12))).build();
    };
    qt().withFixedSeed(SEED).withExamples(500).forAll(texts).checkAssert(m -> {
      byte[] wire = SipPrinter.print(m);
      ParseResult r = SipParser.parse(wire);
      String shown = new String(wire, StandardCharsets.UTF_8);
      assertEquals(List.of(), r.errors(), shown);
      assertEquals(m, r.message(), shown);
    });
  }

  @Test
  @DisplayName("any list of values in a list header kept as text prints and parses back equal")
  void anyListRoundTrips() {
    qt().withFixedSeed(SEED).withExamples(2000).forAll(MESSAGES).checkAssert(m -> {
      byte[] wire = SipPrinter.print(m);
      ParseResult r = SipParser.parse(wire);
      String shown = new String(wire, StandardCharsets.UTF_8);
      assertEquals(List.of(), r.errors(), shown);
      assertEquals(m, r.message(), shown);
    });
  }
}
