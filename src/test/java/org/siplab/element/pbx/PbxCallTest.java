package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.TraceEvent;

@DisplayName("a call through the PBX is two dialogs (a B2BUA after chan_sip)")
class PbxCallTest {

  /** bob and alice registered, then alice dials 100 (bob), who rings and answers. */
  static PbxLab answeredCall() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob, lab.alice);
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 2_000_000);
    return lab;
  }

  @Test
  @DisplayName("alice's INVITE to 100 becomes a new INVITE from the PBX to bob; ringing and the"
      + " answer come back as the PBX's own responses")
  void callIsRelayed() {
    PbxLab lab = answeredCall();
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 100", "pbx>bob INVITE",
        "bob>pbx 180", "pbx>alice 180", "bob>pbx 200", "pbx>bob ACK", "pbx>alice 200",
        "alice>pbx ACK"), lab.sendsFrom("alice>pbx INVITE"));
    assertEquals("in-call", lab.pbx.state());
    assertTrue(lab.alice.seen.contains("response 200 INVITE"));
    assertTrue(lab.bob.seen.contains("ack"));
  }

  @Test
  @DisplayName("the two legs have different Call-IDs, From tags and CSeq numbers, and the PBX"
      + " holds both dialogs, each confirmed")
  void twoDialogsTwoCallIds() {
    PbxLab lab = answeredCall();
    String in = lab.send("alice>pbx INVITE").message();
    String out = lab.send("pbx>bob INVITE").message();
    assertNotEquals(PbxLab.header(in, "Call-ID"), PbxLab.header(out, "Call-ID"));
    assertNotEquals(PbxLab.header(in, "From"), PbxLab.header(out, "From"));
    assertEquals("1 INVITE", PbxLab.header(in, "CSeq"));
    assertEquals("101 INVITE", PbxLab.header(out, "CSeq"), "chan_sip's first CSeq is 101");
    Set<String> confirmed = lab.dialogs("pbx").stream()
        .filter(d -> "confirmed".equals(d.toState()))
        .map(TraceEvent.Dialog::callId).collect(Collectors.toSet());
    assertEquals(Set.of(PbxLab.header(in, "Call-ID"), PbxLab.header(out, "Call-ID")),
        confirmed);
    TraceEvent.Action note = lab.notes("pbx").stream()
        .filter(n -> n.action().equals("second leg")).findFirst().orElseThrow();
    assertTrue(note.detail().contains(PbxLab.header(in, "Call-ID"))
        && note.detail().contains(PbxLab.header(out, "Call-ID")), note.detail());
  }

  @Test
  @DisplayName("the SDP offer and answer cross the PBX unchanged: it only signals")
  void sdpIsRelayed() {
    PbxLab lab = answeredCall();
    assertEquals(PbxLab.body(lab.send("alice>pbx INVITE").message()),
        PbxLab.body(lab.send("pbx>bob INVITE").message()));
    assertEquals(PbxLab.body(lab.send("bob>pbx 200 INVITE").message()),
        PbxLab.body(lab.send("pbx>alice 200 INVITE").message()));
    assertTrue(PbxLab.body(lab.send("pbx>alice 200 INVITE").message())
        .contains("c=IN IP4 192.0.2.2"), "bob's address: the media goes straight to bob");
  }

  @Test
  @DisplayName("the caller's BYE is answered by the PBX and becomes the PBX's BYE to the callee")
  void callerHangsUp() {
    PbxLab lab = answeredCall();
    lab.step("alice", "hang up", lab.alice::hangup, 1_000_000);
    assertEquals(List.of("alice>pbx BYE", "pbx>alice 200", "pbx>bob BYE", "bob>pbx 200"),
        lab.sendsFrom("alice>pbx BYE"));
    String in = lab.send("alice>pbx BYE").message();
    String out = lab.send("pbx>bob BYE").message();
    assertNotEquals(PbxLab.header(in, "Call-ID"), PbxLab.header(out, "Call-ID"));
    assertEquals("102 BYE", PbxLab.header(out, "CSeq"), "the PBX's next CSeq in bob's dialog");
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("the callee's BYE crosses the other way")
  void calleeHangsUp() {
    PbxLab lab = answeredCall();
    lab.step("bob", "hang up", lab.bob::hangup, 1_000_000);
    assertEquals(List.of("bob>pbx BYE", "pbx>bob 200", "pbx>alice BYE", "alice>pbx 200"),
        lab.sendsFrom("bob>pbx BYE"));
    assertTrue(lab.alice.seen.contains("ended: received BYE"));
  }

  @Test
  @DisplayName("the caller's CANCEL is answered 200 and 487 by the PBX, which cancels its own"
      + " INVITE to the ringing callee")
  void cancelIsRelayed() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.bob.answer = TestPhone.Answer.RING_ONLY;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    lab.step("alice", "cancel", lab.alice::cancel, 1_000_000);
    assertEquals(List.of("alice>pbx CANCEL", "pbx>alice 200", "pbx>alice 487", "pbx>bob CANCEL",
        "alice>pbx ACK", "bob>pbx 200", "bob>pbx 487", "pbx>bob ACK"),
        lab.sendsFrom("alice>pbx CANCEL"));
    assertTrue(lab.bob.seen.contains("cancelled"));
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("a BYE in the caller's early dialog gets 200, its INVITE 487 (RFC 3261 section"
      + " 15.1.2), and the ringing callee a CANCEL")
  void byeInEarlyDialog() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.bob.answer = TestPhone.Answer.RING_ONLY;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    lab.step("alice", "hang up while ringing", lab.alice::hangup, 1_000_000);
    assertEquals(List.of("alice>pbx BYE", "pbx>alice 200", "pbx>alice 487", "pbx>bob CANCEL",
        "alice>pbx ACK", "bob>pbx 200", "bob>pbx 487", "pbx>bob ACK"),
        lab.sendsFrom("alice>pbx BYE"));
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("when the callee's 200 and 487 never come back after the PBX's CANCEL, the PBX"
      + " destroys its INVITE client transaction 64*T1 after the CANCEL and forgets the call"
      + " (section 9.1)")
  void cancelledInviteWithoutFinalResponseIsGivenUp() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.bob.answer = TestPhone.Answer.RING_ONLY;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    long now = lab.sim.scheduler().nowUs();
    lab.sim.network().configureLink("bob", "pbx", org.siplab.sim.LinkProfile.PERFECT
        .withPartitions(List.of(new org.siplab.sim.Partition(now, now + 600_000_000))));
    lab.step("alice", "cancel", lab.alice::cancel, 40_000_000);
    TraceEvent.Send cancel = lab.sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("pbx")
            && s.firstLine().startsWith("CANCEL"))
        .map(e -> (TraceEvent.Send) e).findFirst().orElseThrow();
    TraceEvent.Transaction end = lab.sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Transaction t && t.element().equals("pbx")
            && t.kind().equals("INVITE client") && t.toState().equals("Terminated"))
        .map(e -> (TraceEvent.Transaction) e).findFirst().orElseThrow();
    assertEquals("Proceeding", end.fromState());
    assertEquals("TU gave up: no final response 64*T1 after the CANCEL (section 9.1)",
        end.reason());
    assertEquals(cancel.timeUs() + 32_000_000, end.timeUs());
    assertEquals("idle", lab.pbx.state());
    assertEquals(0, lab.sim.node("pbx").layer().clientTransactionCount());
    // Sections 9.1 and 12.3: the early dialog bob's 180 made ends with the INVITE given up.
    List<String> calleeDialog = lab.sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Dialog d && d.element().equals("pbx")
            && d.callId().equals(end.callId()))
        .map(e -> ((TraceEvent.Dialog) e).toState() + "@" + e.timeUs()).toList();
    assertEquals(List.of("early@" + calleeDialog.get(0).split("@")[1],
        "terminated@" + end.timeUs()), calleeDialog);
  }

  @Test
  @DisplayName("a CANCEL that comes before the callee answered anything waits for its first"
      + " provisional response, even a 100 Trying (RFC 3261 section 9.1)")
  void cancelWaitsForProvisional() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.bob.answer = TestPhone.Answer.SILENT;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 15_000);
    lab.step("alice", "cancel", lab.alice::cancel, 1_000_000);
    TraceEvent.Send trying = lab.send("bob>pbx 100");
    TraceEvent.Send cancel = lab.send("pbx>bob CANCEL");
    assertTrue(cancel.timeUs() > lab.send("alice>pbx CANCEL").timeUs() + 100_000,
        "the PBX waited");
    assertEquals(trying.timeUs() + 10_000, cancel.timeUs(), "sent when the 100 arrived");
    assertTrue(lab.notes("pbx").stream().anyMatch(n -> n.action().equals("waits")));
  }

  @Test
  @DisplayName("a 200 OK from the callee that crosses the PBX's CANCEL is ACKed and ended with"
      + " BYE (RFC 3261 section 13.2.2.4)")
  void answerCrossingCancelGetsBye() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.bob.answer = TestPhone.Answer.RING_ONLY;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    lab.sim.at(lab.sim.scheduler().nowUs() + 15_000, "bob", "answer", lab.bob::answerNow);
    lab.step("alice", "cancel", lab.alice::cancel, 1_000_000);
    assertEquals(List.of("alice>pbx CANCEL", "pbx>alice 200", "pbx>alice 487", "pbx>bob CANCEL",
        "bob>pbx 200", "alice>pbx ACK", "bob>pbx 200", "pbx>bob ACK", "pbx>bob BYE",
        "bob>pbx 200"), lab.sendsFrom("alice>pbx CANCEL"));
    assertEquals("102 BYE", PbxLab.header(lab.send("pbx>bob BYE").message(), "CSeq"));
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("the callee's 486 Busy Here reaches the caller as the PBX's own 486, and each"
      + " leg's INVITE transaction ACKs its own failure")
  void busyIsRelayed() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.bob.answer = TestPhone.Answer.BUSY;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 100", "pbx>bob INVITE", "bob>pbx 486",
        "pbx>bob ACK", "pbx>alice 486", "alice>pbx ACK"), lab.sendsFrom("alice>pbx INVITE"));
  }

  @Test
  @DisplayName("the callee's 503 reaches the caller as 500 without its Retry-After: a 503 would"
      + " tell the caller that the PBX itself is unavailable (RFC 3261 sections 16.7, 21.5.4)")
  void calleeUnavailableIsNotPassedOnAs503() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.bob.answer = TestPhone.Answer.OVERLOADED;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 100", "pbx>bob INVITE", "bob>pbx 503",
        "pbx>bob ACK", "pbx>alice 500", "alice>pbx ACK"), lab.sendsFrom("alice>pbx INVITE"));
    String answer = lab.send("pbx>alice 500").message();
    assertNull(PbxLab.header(answer, "Retry-After"));
    assertTrue(PbxLab.header(answer, "Warning").contains("503"), answer);
  }

  @Test
  @DisplayName("a callee that never answers the INVITE makes the PBX give up after Timer B and"
      + " answer the caller 408, when the ring timeout is longer than Timer B")
  void calleeNeverAnswers() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.ringTimeoutUs = 60_000_000;
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob);
    lab.dropEvery("pbx", "bob", "INVITE");
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 40_000_000);
    TraceEvent.Send timeout = lab.send("pbx>alice 408");
    assertEquals(lab.send("pbx>bob INVITE").timeUs() + 32_000_000, timeout.timeUs(),
        "Timer B = 64*T1");
    assertTrue(lab.notes("pbx").stream().anyMatch(n -> n.action().equals("gives up")));
  }

  @Test
  @DisplayName("a re-INVITE putting the call on hold is relayed as the PBX's re-INVITE in the"
      + " other dialog, and its 200 comes back")
  void reinviteIsRelayed() {
    PbxLab lab = answeredCall();
    lab.step("alice", "hold", lab.alice::hold, 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>bob INVITE", "bob>pbx 200", "pbx>bob ACK",
        "pbx>alice 200", "alice>pbx ACK"),
        lab.sends().subList(lab.sends().lastIndexOf("alice>pbx INVITE"), lab.sends().size()));
    String relayed = lab.sendEvents().stream()
        .filter(s -> s.from().equals("pbx") && s.to().equals("bob")
            && s.firstLine().startsWith("INVITE")).reduce((a, b) -> b).orElseThrow().message();
    assertTrue(PbxLab.body(relayed).contains("a=sendonly"));
    assertEquals("102 INVITE", PbxLab.header(relayed, "CSeq"));
  }

  @Test
  @DisplayName("re-INVITEs from both legs at once: the later one gets 491 Request Pending"
      + " (RFC 3261 section 14.2)")
  void reinviteGlare() {
    PbxLab lab = answeredCall();
    lab.sim.at(lab.sim.scheduler().nowUs() + 1, "bob", "hold", lab.bob::hold);
    lab.step("alice", "hold", lab.alice::hold, 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "bob>pbx INVITE", "pbx>bob INVITE", "pbx>bob 491",
        "bob>pbx 200", "bob>pbx ACK", "pbx>bob ACK", "pbx>alice 200", "alice>pbx ACK"),
        lab.sends().subList(lab.sends().lastIndexOf("alice>pbx INVITE"), lab.sends().size()));
  }

  @Test
  @DisplayName("a clean call, from registration to hang-up, gives the rule checker nothing to"
      + " report")
  void cleanCallHasNoFindings() {
    PbxLab lab = answeredCall();
    lab.step("bob", "hang up", lab.bob::hangup, 1_000_000);
    assertEquals(List.of(), lab.findings());
  }
}
