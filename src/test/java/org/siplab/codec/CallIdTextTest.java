package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.siplab.message.HeaderName;

/**
 * A Call-ID is kept as text whether its grammar ({@code callid = word [ "@" word ]}, RFC 3261
 * section 25.1) matched or not, so {@link SipText#isCallId} is how a reader of the fields tells
 * them apart; it must agree with the parser on every value.
 */
@DisplayName("reading a Call-ID's text")
class CallIdTextTest {

  private static final long SEED = 0x0ca1_1d00L;

  private static final List<String> PIECES =
      List.of("a", "Z9", "-", ".", "@", " ", "\t", ",", ";", "\"", "<", ">", "(", ")", "é", "~");

  private static String message(String callId) {
    return "OPTIONS sip:bob@example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP pc.example.com;branch=z9hG4bK776\r\nMax-Forwards: 70\r\n"
        + "To: <sip:bob@example.com>\r\nFrom: <sip:alice@example.com>;tag=1928\r\n"
        + "Call-ID: " + callId + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
  }

  private static Gen<String> callIds() {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 8)
        .map(parts -> String.join("", parts));
  }

  @Test
  @DisplayName("the text kept for a Call-ID reads as a Call-ID exactly when its field has no"
      + " error")
  void isCallIdAgreesWithTheParser() {
    qt().withFixedSeed(SEED).forAll(callIds()).checkAssert(written -> {
      ParseResult r = SipParser.parse(message(written));
      boolean broken = r.errors().stream().anyMatch(d -> d.message().startsWith("Call-ID: "));
      String kept = r.message().first(HeaderName.CALL_ID).text();
      assertEquals(!broken, SipText.isCallId(kept), () -> "Call-ID: " + written + " " + r);
    });
  }

  @Test
  @DisplayName("a Call-ID with a space inside, or ending in '@', is not a Call-ID")
  void brokenExamples() {
    assertFalse(SipText.isCallId("abc def"));
    assertFalse(SipText.isCallId("abc@"));
    assertFalse(SipText.isCallId(""));
    assertTrue(SipText.isCallId("a84b4c76e66710@pc33.example.com"));
  }
}
