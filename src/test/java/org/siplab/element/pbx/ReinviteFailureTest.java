package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.TraceEvent;

/**
 * A re-INVITE the PBX relays that fails on the far leg so that the dialog there is over: no
 * response at all, a 408 or a 481 (RFC 3261 sections 12.2.1.2 and 14.1).
 */
@DisplayName("a PBX whose relayed re-INVITE ends the dialog it was sent in")
class ReinviteFailureTest {

  /** alice calls bob through the PBX; then alice puts the call on hold. */
  private static PbxLab holdWith(java.util.function.Consumer<PbxLab> farLeg) {
    PbxLab lab = PbxCallTest.answeredCall();
    farLeg.accept(lab);
    lab.step("alice", "hold", lab.alice::hold, 40_000_000);
    return lab;
  }

  private static List<String> afterHold(PbxLab lab) {
    List<String> all = lab.sends();
    return all.subList(all.lastIndexOf("alice>pbx INVITE"), all.size());
  }

  @Test
  @DisplayName("when bob never answers the relayed re-INVITE, the PBX ends bob's dialog with a"
      + " BYE after Timer B, as well as alice's, whose re-INVITE gets 487 first")
  void timedOutReinviteGetsBye() {
    PbxLab lab = holdWith(l -> l.dropEvery("pbx", "bob", "INVITE"));
    List<String> sends = afterHold(lab);
    assertTrue(sends.contains("pbx>bob BYE"), sends.toString());
    assertTrue(sends.indexOf("pbx>alice 487") < sends.indexOf("pbx>alice BYE"), sends.toString());
    assertTrue(sends.containsAll(List.of("bob>pbx 200", "alice>pbx 200")), sends.toString());
    assertTrue(sends.stream().noneMatch(s -> s.equals("pbx>alice 408")), sends.toString());
    String reinvite = lab.sendEvents().stream().filter(s -> s.from().equals("pbx")
        && s.to().equals("bob") && s.firstLine().startsWith("INVITE")).reduce((a, b) -> b)
        .orElseThrow().message();
    TraceEvent.Send bye = lab.send("pbx>bob BYE");
    assertEquals("102 INVITE", PbxLab.header(reinvite, "CSeq"));
    assertEquals("103 BYE", PbxLab.header(bye.message(), "CSeq"), "the dialog's next CSeq");
    assertEquals(PbxLab.header(reinvite, "Call-ID"), PbxLab.header(bye.message(), "Call-ID"));
    assertEquals(PbxLab.header(reinvite, "To"), PbxLab.header(bye.message(), "To"));
    assertEquals(lab.send("pbx>alice BYE").timeUs(), bye.timeUs(), "both legs end at Timer B");
    assertTrue(lab.bob.seen.contains("ended: received BYE"), lab.bob.seen.toString());
    assertEquals("idle", lab.pbx.state());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("a 408 to the relayed re-INVITE is not passed on as if the call went on: the PBX"
      + " sends bob a BYE and ends alice's leg too")
  void reinviteAnswered408GetsBye() {
    PbxLab lab = holdWith(l -> l.bob.reinviteStatus = 408);
    assertEquals(List.of("alice>pbx INVITE", "pbx>bob INVITE", "bob>pbx 408", "pbx>bob ACK",
        "pbx>bob BYE", "pbx>alice 487", "pbx>alice BYE", "bob>pbx 200", "alice>pbx ACK",
        "alice>pbx 200"), afterHold(lab));
    assertEquals("idle", lab.pbx.state());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("a 481 to the relayed re-INVITE ends the call the same way, with a BYE to bob as"
      + " section 12.2.1.2 says")
  void reinviteAnswered481GetsBye() {
    PbxLab lab = holdWith(l -> l.bob.reinviteStatus = 481);
    List<String> sends = afterHold(lab);
    assertTrue(sends.containsAll(List.of("pbx>bob BYE", "pbx>alice 487", "pbx>alice BYE")),
        sends.toString());
    assertTrue(sends.stream().noneMatch(s -> s.equals("pbx>alice 481")), sends.toString());
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("a re-INVITE bob refuses with 488 leaves the call up: only 408 and 481 end the"
      + " dialog (section 14.1: \"the session parameters MUST remain unchanged\")")
  void otherFailuresKeepTheCall() {
    PbxLab lab = holdWith(l -> l.bob.reinviteStatus = 488);
    assertEquals(List.of("alice>pbx INVITE", "pbx>bob INVITE", "bob>pbx 488", "pbx>bob ACK",
        "pbx>alice 488", "alice>pbx ACK"), afterHold(lab));
    assertEquals("in-call", lab.pbx.state());
  }

  @Test
  @DisplayName("a relayed re-INVITE the PBX cannot send at all (too large for UDP) is treated as a"
      + " 503 (section 8.1.3.1): alice's re-INVITE gets 500, nothing stays pending, and the call"
      + " stays up, as after any non-2xx but 408 and 481")
  void unsendableReinvite() {
    PbxLab lab = PbxCallTest.answeredCall();
    lab.step("alice", "hold with one byte of padding", () -> lab.alice.holdPadded(1), 40_000_000);
    int alice = lastInvite(lab, "alice").length();
    int pbx = lastInvite(lab, "pbx").length();
    assertTrue(pbx - alice > 8, "the PBX's copy is larger by its Allow: " + (pbx - alice));
    // Content-Length goes from 3 digits to 5: 2 bytes more on each side.
    int pad = 1 + 65_507 - alice - 2 - (pbx - alice) / 2;
    lab.step("alice", "hold with a large SDP", () -> lab.alice.holdPadded(pad), 40_000_000);
    List<String> sends = afterHold(lab);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 500", "alice>pbx ACK"), sends);
    String error = lab.sendEvents().stream().filter(s -> s.firstLine().startsWith("SIP/2.0 500"))
        .findFirst().orElseThrow().message();
    assertTrue(error.contains("could not send"), error);
    assertEquals("in-call", lab.pbx.state());
    lab.step("alice", "hold again", () -> lab.alice.holdPadded(1), 40_000_000);
    List<String> again = afterHold(lab);
    assertEquals("pbx>bob INVITE", again.get(1), "no re-INVITE is left pending: " + again);
  }

  private static String lastInvite(PbxLab lab, String from) {
    return lab.sendEvents().stream().filter(s -> s.from().equals(from)
        && s.firstLine().startsWith("INVITE")).reduce((a, b) -> b).orElseThrow().message();
  }
}
