package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;
import org.siplab.trace.TraceEvent;

/**
 * A phone has no challenge to put in a 401 or 407 (RFC 3261 sections 20.44 and 20.27 make it
 * mandatory), so it is never configured to send one, through a scenario file or the Java API.
 */
@DisplayName("a phone configured to answer by itself")
class ChallengeAnswerTest {

  @Test
  @DisplayName("cannot be told to refuse with 401 or 407, which would go out without their"
      + " challenge")
  void refusesChallengeStatuses() {
    for (int status : List.of(401, 407)) {
      assertThrows(IllegalArgumentException.class,
          () -> new PhoneConfig.Answer(0, OptionalInt.of(status), true, false), "" + status);
      assertThrows(IllegalArgumentException.class, () -> new PhoneConfig.Answer(0,
          PhoneConfig.Answer.with(Integer.toString(status)), true, false), "" + status);
    }
  }

  @Test
  @DisplayName("cannot be told to refuse a call with 420, 421 or 423, whose required header would"
      + " name what no call asks for")
  void refusesOutOfPlaceStatuses() {
    for (int status : List.of(420, 421, 423)) {
      assertThrows(IllegalArgumentException.class,
          () -> new PhoneConfig.Answer(0, OptionalInt.of(status), true, false), "" + status);
    }
  }

  @Test
  @DisplayName("refusing with 405 lists in Allow the methods it takes but INVITE (21.4.6), and"
      + " with 415 the formats it accepts (21.4.13), so the codec has nothing to warn of")
  void refusalsCarryTheirRequiredHeaders() {
    for (int status : List.of(405, 415)) {
      PhoneLab lab = Phones.direct(Phones.alice(),
          Phones.bob().withAnswer(Phones.answering(0, status)));
      lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
      lab.runUntil(5_000_000);
      TraceEvent.Send refusal = lab.sendEvents().stream()
          .filter(s -> s.firstLine().startsWith("SIP/2.0 " + status)).findFirst().orElseThrow();
      ParseResult parsed = SipParser.parse(refusal.message().getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(), parsed.diagnostics(), refusal.message());
      SipMessage message = parsed.orThrow();
      if (status == 405) {
        assertTrue(refusal.message().contains("\r\nAllow: ACK, CANCEL, BYE, OPTIONS, INFO,"
            + " MESSAGE\r\n"), refusal::message);
      } else {
        assertTrue(message.has(HeaderName.ACCEPT), refusal::message);
      }
    }
  }

  @Test
  @DisplayName("can still refuse with the client errors around them, 400, 403 and 408")
  void keepsOtherRefusals() {
    for (int status : List.of(400, 403, 408)) {
      assertDoesNotThrow(() -> new PhoneConfig.Answer(0, OptionalInt.of(status), true, false));
    }
  }
}
