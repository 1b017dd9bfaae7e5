package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;
import org.siplab.sdp.CodecRegistry;

@DisplayName("a phone places and takes calls (RFC 3261 sections 13 to 15)")
class CallTest {

  @Test
  @DisplayName("a direct call: INVITE, 180, 200, ACK, media both ways, then the callee's BYE and"
      + " its 200 (RFC 3665 3.1)")
  void directCall() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
        .withAnswer(Phones.answering(1_000_000, 200)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(5_000_000, "bob", "hang up", () -> Phones.phone(lab, "bob").hangup());
    lab.runUntil(10_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "bob>alice BYE", "alice>bob 200"), lab.sends());
    assertEquals(List.of("start PCMU/8000 192.0.2.101:49172 192.0.2.201:49172",
        "end PCMU/8000 192.0.2.101:49172 192.0.2.201:49172"), lab.media("alice"));
    assertEquals(List.of("start PCMU/8000 192.0.2.201:49172 192.0.2.101:49172",
        "end PCMU/8000 192.0.2.201:49172 192.0.2.101:49172"), lab.media("bob"));
    assertEquals(List.of("idle -> calling", "calling -> early", "early -> in-call",
        "in-call -> ended"), lab.states("alice"));
    assertEquals(List.of("idle -> ringing", "ringing -> answered", "answered -> in-call",
        "in-call -> ended"), lab.states("bob"));
    assertEquals(List.of("bob incoming", "bob ringing", "alice ringing", "bob answered",
        "alice answered", "alice in-call", "bob in-call", "bob ended", "alice ended"),
        lab.events());
    assertEquals(1, lab.message("bob>alice BYE").cseq().number(),
        "each side counts its own CSeq: Bob's first request is 1 (RFC 3665 3.1, F5)");
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a delayed offer: the INVITE has no SDP, the 200 carries the offer and the ACK the"
      + " answer (RFC 3665 3.6)")
  void delayedOffer() {
    PhoneLab lab = Phones.direct(Phones.alice().withOffer(PhoneConfig.Offer.NONE),
        Phones.bob());
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(2_000_000);
    assertEquals(0, lab.message("alice>bob INVITE").bodyLength());
    assertTrue(lab.message("bob>alice 200").bodyText().contains("m=audio 49172 RTP/AVP 0 8"));
    SipMessage ack = lab.message("alice>bob ACK");
    assertEquals("application/sdp", ack.contentType().essence());
    assertTrue(ack.bodyText().contains("m=audio 49172 RTP/AVP 0 8"), ack.bodyText());
    assertEquals(List.of("start PCMU/8000 192.0.2.101:49172 192.0.2.201:49172"),
        lab.media("alice"));
    assertEquals(List.of("start PCMU/8000 192.0.2.201:49172 192.0.2.101:49172"),
        lab.media("bob"));
    assertEquals("in-call", Phones.phone(lab, "bob").state());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a callee that is temporarily unavailable rings, then answers 480, which the"
      + " caller's transaction ACKs (RFC 3665 3.11)")
  void temporarilyUnavailable() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
        .withAnswer(Phones.answering(3_000_000, 480)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(10_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 480", "alice>bob ACK"),
        lab.sends());
    assertTrue(lab.events().contains("alice failed"));
    assertTrue(lab.notes("alice").contains("call failed: 480 Temporarily Unavailable"),
        lab.notes("alice").toString());
    assertEquals("ended", Phones.phone(lab, "alice").state());
    assertEquals(List.of(), lab.media("alice"));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("whatever final error the callee answers, the caller's attempt ends with it and"
      + " the error is ACKed")
  void anyRefusalEndsTheAttempt() {
    qt().withFixedSeed(3665L).withExamples(25)
        .forAll(integers().between(400, 699))
        .assuming(status -> status != 401 && status != 407)
        .checkAssert(status -> {
          PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
              .withAnswer(Phones.answering(500_000, status)));
          lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
          lab.runUntil(5_000_000);
          String code = Integer.toString(status);
          assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice " + code,
              "alice>bob ACK"), lab.sends());
          assertTrue(lab.notes("alice").stream()
              .anyMatch(n -> n.startsWith("call failed: " + code)), lab.notes("alice").toString());
          assertEquals(List.of(), lab.findings(), lab.dump());
        });
  }

  @Test
  @DisplayName("the answer words busy, decline and unavailable stand for 486, 603 and 480, and"
      + " no-answer rings on")
  void answerWords() {
    for (String word : List.of("busy", "decline", "unavailable", "no-answer")) {
      PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob().withAnswer(
          new PhoneConfig.Answer(1_000_000, PhoneConfig.Answer.with(word), true, false)));
      lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
      lab.runUntil(5_000_000);
      String expected = Map.of("busy", "bob>alice 486", "decline", "bob>alice 603",
          "unavailable", "bob>alice 480", "no-answer", "bob>alice 180").get(word);
      assertEquals(expected, lab.sends().get(lab.sends().size() - (word.equals("no-answer") ? 1
          : 2)), word + ": " + lab.sends());
    }
  }

  @Test
  @DisplayName("the callee's script answers busy (486) or declines (603)")
  void busyAndDecline() {
    for (String how : List.of("busy", "decline")) {
      PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
          .withAnswer(Phones.ringingForever()));
      Phone bob = Phones.phone(lab, "bob");
      lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
      lab.at(1_000_000, "bob", how, how.equals("busy") ? bob::busy : bob::decline);
      lab.runUntil(3_000_000);
      String status = how.equals("busy") ? "486" : "603";
      assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice " + status,
          "alice>bob ACK"), lab.sends());
      assertEquals(List.of("bob incoming", "bob ringing", "alice ringing", "bob failed",
          "alice failed"), lab.events());
    }
  }

  @Test
  @DisplayName("an unanswered call is CANCELed after cancelAfterUs: 200 to the CANCEL, 487 to the"
      + " INVITE, ACK (RFC 3665 3.8)")
  void noAnswerIsCancelled() {
    PhoneLab lab = Phones.direct(Phones.alice().withCancelAfterUs(4_000_000),
        Phones.bob().withAnswer(Phones.ringingForever()));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(10_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "alice>bob CANCEL",
        "bob>alice 200", "bob>alice 487", "alice>bob ACK"), lab.sends());
    assertEquals(4_000_000, lab.sendEvents().get(2).timeUs());
    assertEquals("ended", Phones.phone(lab, "alice").state());
    assertEquals("ended", Phones.phone(lab, "bob").state());
    assertTrue(lab.events().contains("alice failed") && lab.events().contains("bob failed"));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a phone that rings for 200 s sends its 180 again every minute, the same 180 with"
      + " the same To tag, and stops once the call is CANCELed (section 13.3.1.1)")
  void ringingPhoneResendsItsProvisionalEveryMinute() {
    PhoneLab lab = Phones.direct(Phones.alice().withCancelAfterUs(200_000_000),
        Phones.bob().withAnswer(Phones.ringingForever()));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(400_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 180", "bob>alice 180",
        "bob>alice 180", "alice>bob CANCEL", "bob>alice 200", "bob>alice 487", "alice>bob ACK"),
        lab.sends());
    List<org.siplab.trace.TraceEvent.Send> ringing = lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 180")).toList();
    assertEquals(List.of(10_000L, 60_010_000L, 120_010_000L, 180_010_000L),
        ringing.stream().map(org.siplab.trace.TraceEvent.Send::timeUs).toList());
    assertEquals(1, ringing.stream().map(org.siplab.trace.TraceEvent.Send::message).distinct()
        .count(), "every 180 is the same message, To tag included");
    assertEquals(3, lab.notes("bob").stream().filter(n -> n.startsWith("resends 180")
        && n.contains("section 13.3.1.1")).count(), lab.notes("bob").toString());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a CANCEL wanted before any provisional response waits for one (section 9.1)")
  void cancelWaitsForAProvisionalResponse() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob().withAnswer(
        new PhoneConfig.Answer(0, java.util.OptionalInt.empty(), false, false)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(1, "alice", "hang up", () -> Phones.phone(lab, "alice").hangup());
    lab.runUntil(5_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 100", "alice>bob CANCEL",
        "bob>alice 200", "bob>alice 487", "alice>bob ACK"), lab.sends());
    assertTrue(lab.notes("alice").stream().anyMatch(n -> n.contains("waits for one")));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a callee that hangs up while ringing declines the call with 603")
  void hangupWhileRinging() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
        .withAnswer(Phones.ringingForever()));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(1_000_000, "bob", "hang up", () -> Phones.phone(lab, "bob").hangup());
    lab.runUntil(3_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 603", "alice>bob ACK"),
        lab.sends());
  }

  @Test
  @DisplayName("early media: a 183 with the SDP answer starts the media before the 200, which"
      + " repeats the same answer")
  void earlyMedia() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
        .withAnswer(new PhoneConfig.Answer(2_000_000, java.util.OptionalInt.of(200), false,
            true)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(5_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 183", "bob>alice 200", "alice>bob ACK"),
        lab.sends());
    assertEquals(lab.message("bob>alice 183").bodyText(), lab.message("bob>alice 200")
        .bodyText());
    assertEquals(List.of("start PCMU/8000 192.0.2.101:49172 192.0.2.201:49172"),
        lab.media("alice"), "the media starts once, at the 183");
    assertEquals(20_000, lab.sim.trace().events().stream()
        .filter(e -> e instanceof org.siplab.trace.TraceEvent.Media m
            && m.element().equals("alice"))
        .findFirst().orElseThrow().timeUs());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("an offer without a codec in common is refused with 488 and a Warning (section"
      + " 13.3.1.3)")
  void noCommonCodec() {
    PhoneLab lab = Phones.direct(Phones.alice().withCodecs(CodecRegistry.G729),
        Phones.bob().withCodecs(CodecRegistry.PCMU, CodecRegistry.PCMA));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(2_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 488", "alice>bob ACK"), lab.sends());
    assertTrue(lab.message("bob>alice 488").has(HeaderName.WARNING));
    assertTrue(lab.notes("bob").stream().anyMatch(n -> n.contains("no voice codec in common")),
        lab.notes("bob").toString());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a phone on an IPv6 address refuses an offer without a codec in common with 488 and"
      + " a Warning whose agent is its address in brackets (warn-agent = hostport, section 20.43)")
  void noCommonCodecOverIpv6() {
    PhoneLab lab = new PhoneLab();
    lab.phone("alice", "2001:db8::101", Phones.alice().withCodecs(CodecRegistry.G729));
    lab.phone("bob", "2001:db8::201",
        Phones.bob().withCodecs(CodecRegistry.PCMU, CodecRegistry.PCMA));
    lab.sim.serveDomain("atlanta.example.com", "alice");
    lab.sim.serveDomain("biloxi.example.com", "bob");
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(2_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 488", "alice>bob ACK"), lab.sends());
    assertEquals("[2001:db8::201]",
        lab.message("bob>alice 488").warnings().get(0).agent());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a phone in a call answers a second INVITE 486 Busy Here")
  void secondCallIsBusy() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob());
    lab.phone("carol", "192.0.2.50", PhoneConfig.of("sip:carol@chicago.example.com"));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(1_000_000, "carol", "call bob", () -> Phones.phone(lab, "carol").call("bob"));
    lab.runUntil(3_000_000);
    assertTrue(lab.sends().containsAll(List.of("carol>bob INVITE", "bob>carol 486",
        "carol>bob ACK")), lab.sends().toString());
    assertEquals("in-call", Phones.phone(lab, "bob").state());
  }

  @Test
  @DisplayName("the caller hangs up with BYE, and the media ends on both sides")
  void callerHangsUp() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob());
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(2_000_000, "alice", "hang up", () -> Phones.phone(lab, "alice").hangup());
    lab.runUntil(3_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob BYE", "bob>alice 200"), lab.sends());
    assertEquals(2, lab.message("alice>bob BYE").cseq().number());
    assertEquals(2, lab.media("alice").size());
    assertEquals(2, lab.media("bob").size());
  }
}
