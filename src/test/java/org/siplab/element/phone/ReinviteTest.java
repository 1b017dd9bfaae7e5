package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.SipMessage;
import org.siplab.trace.TraceEvent;

@DisplayName("a phone changes a call with re-INVITE (RFC 3261 section 14)")
class ReinviteTest {

  /** Alice calls Bob directly; Bob answers at once. */
  private static PhoneLab call() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob());
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    return lab;
  }

  @Test
  @DisplayName("hold offers sendonly and the peer answers recvonly; resume brings both back to"
      + " in-call; each change is a media event")
  void holdAndResume() {
    PhoneLab lab = call();
    lab.at(1_000_000, "alice", "hold", () -> Phones.phone(lab, "alice").hold());
    lab.at(2_000_000, "alice", "resume", () -> Phones.phone(lab, "alice").resume());
    lab.runUntil(3_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob INVITE", "bob>alice 200", "alice>bob ACK",
        "alice>bob INVITE", "bob>alice 200", "alice>bob ACK"), lab.sends());
    List<SipMessage> invites = lab.messages("alice>bob INVITE");
    List<SipMessage> answers = lab.messages("bob>alice 200");
    assertTrue(invites.get(1).bodyText().contains("a=sendonly"));
    assertTrue(answers.get(1).bodyText().contains("a=recvonly"));
    assertTrue(invites.get(2).bodyText().contains("a=sendrecv"));
    assertTrue(answers.get(2).bodyText().contains("a=sendrecv"));
    assertEquals(List.of(1L, 2L, 3L), invites.stream().map(m -> m.cseq().number()).toList());
    assertEquals(List.of("start", "hold", "resume"), actions(lab.media("alice")));
    assertEquals(List.of("start", "hold", "resume"), actions(lab.media("bob")));
    assertEquals(List.of("idle -> calling", "calling -> early", "early -> in-call",
        "in-call -> on-hold", "on-hold -> in-call"), lab.states("alice"));
    assertEquals(List.of("idle -> ringing", "ringing -> answered", "answered -> in-call",
        "in-call -> on-hold", "on-hold -> in-call"), lab.states("bob"));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a re-INVITE that changes nothing keeps the SDP version (RFC 3264 section 8)")
  void sessionRefresh() {
    PhoneLab lab = call();
    lab.at(1_000_000, "alice", "re-INVITE", () -> Phones.phone(lab, "alice").reinvite());
    lab.runUntil(2_000_000);
    List<SipMessage> invites = lab.messages("alice>bob INVITE");
    assertEquals(origin(invites.get(0)), origin(invites.get(1)));
    assertEquals(List.of("start"), actions(lab.media("alice")));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("in glare both re-INVITEs get 491; the side that does not own the Call-ID retries"
      + " within 0-2 s, the owner within 2.1-4 s (section 14.1)")
  void glare() {
    qt().withFixedSeed(14L).withExamples(8).forAll(longs().between(1, 1_000_000))
        .checkAssert(seed -> {
          PhoneLab lab = new PhoneLab(seed);
          lab.phone("alice", "192.0.2.101", Phones.alice());
          lab.phone("bob", "192.0.2.201", Phones.bob());
          lab.sim.serveDomain("biloxi.example.com", "bob");
          lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
          lab.at(1_000_000, "alice", "hold", () -> Phones.phone(lab, "alice").hold());
          lab.at(1_000_000, "bob", "hold", () -> Phones.phone(lab, "bob").hold());
          lab.runUntil(8_000_000);
          assertTrue(lab.firstSends().containsAll(List.of("bob>alice 491", "alice>bob 491")),
              lab.sends().toString());
          long glareSeenAt = 1_020_000;
          long bobRetry = secondInvite(lab, "bob>alice INVITE", 0) - glareSeenAt;
          long aliceRetry = secondInvite(lab, "alice>bob INVITE", 1) - glareSeenAt;
          assertTrue(bobRetry >= 0 && bobRetry <= 2_000_000 && bobRetry % 10_000 == 0,
              "Bob, not the owner, waited " + bobRetry + " us");
          assertTrue(aliceRetry >= 2_100_000 && aliceRetry <= 4_000_000
              && aliceRetry % 10_000 == 0, "Alice, the owner, waited " + aliceRetry + " us");
          assertEquals("on-hold", Phones.phone(lab, "alice").state());
          assertEquals("on-hold", Phones.phone(lab, "bob").state());
          assertEquals(List.of(), lab.findings(), lab.dump());
        });
  }

  /** When the re-INVITE after the glare left: the {@code index}-th INVITE of that kind, +1. */
  private static long secondInvite(PhoneLab lab, String what, int skip) {
    return lab.sendEvents().stream().filter(s -> !s.isRetransmission())
        .filter(s -> (s.from() + ">" + s.to() + " " + PhoneLab.label(s.firstLine())).equals(what))
        .skip(skip + 1).findFirst().map(TraceEvent.Send::timeUs).orElseThrow();
  }

  @Test
  @DisplayName("after a move, the re-INVITE carries the new Contact and SDP address, and the"
      + " peer's BYE goes to the new address (RFC 3665 3.7)")
  void ipAddressChange() {
    PhoneLab lab = call();
    lab.sim.serveDomain("192.0.2.99", "bob");
    lab.at(1_000_000, "bob", "move", () -> Phones.phone(lab, "bob").move("192.0.2.99"));
    lab.at(2_000_000, "alice", "hang up", () -> Phones.phone(lab, "alice").hangup());
    lab.runUntil(3_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "bob>alice INVITE", "alice>bob 200", "bob>alice ACK", "alice>bob BYE", "bob>alice 200"),
        lab.sends());
    SipMessage reinvite = lab.message("bob>alice INVITE");
    assertEquals("sip:bob@192.0.2.99:5060", reinvite.contacts().get(0).uri().toString());
    assertTrue(reinvite.bodyText().contains("c=IN IP4 192.0.2.99"));
    assertTrue(reinvite.bodyText().contains("IN IP4 192.0.2.201\r\n"),
        "the o= line keeps its address (RFC 3264 section 8)");
    assertTrue(lab.message("alice>bob BYE").startLine().startsWith("BYE sip:bob@192.0.2.99:5060"));
    assertEquals(List.of("start PCMU/8000 192.0.2.101:49172 192.0.2.201:49172",
        "update PCMU/8000 192.0.2.101:49172 192.0.2.99:49172",
        "end PCMU/8000 192.0.2.101:49172 192.0.2.99:49172"), lab.media("alice"));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a hold asked for while a re-INVITE is pending waits for it (section 14.1)")
  void oneInviteAtATime() {
    PhoneLab lab = call();
    lab.at(1_000_000, "alice", "hold", () -> Phones.phone(lab, "alice").hold());
    lab.at(1_000_001, "alice", "resume", () -> Phones.phone(lab, "alice").resume());
    lab.runUntil(2_000_000);
    assertEquals(3, lab.messages("alice>bob INVITE").size());
    assertTrue(lab.notes("alice").stream().anyMatch(n -> n.startsWith("waits: resume")),
        lab.notes("alice").toString());
    assertEquals("in-call", Phones.phone(lab, "alice").state());
  }

  private static String origin(SipMessage m) {
    return m.bodyText().lines().filter(l -> l.startsWith("o=")).findFirst().orElseThrow();
  }

  private static List<String> actions(List<String> media) {
    return media.stream().map(m -> m.substring(0, m.indexOf(' '))).toList();
  }
}
