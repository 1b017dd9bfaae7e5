package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.element.pbx.PbxConfig.Misbehaviour;
import org.siplab.trace.TraceEvent;

@DisplayName("the PBX's misbehaviour reuse-call-id")
class PbxMisbehaviourTest {

  /** A whole call with the caller's Call-ID reused on the callee's leg: set-up, hold, hang-up. */
  private static PbxLab reusingCall() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.misbehave.add(Misbehaviour.REUSE_CALL_ID);
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob, lab.alice);
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 2_000_000);
    lab.step("alice", "hold", lab.alice::hold, 1_000_000);
    lab.step("bob", "hang up", lab.bob::hangup, 1_000_000);
    return lab;
  }

  @Test
  @DisplayName("the callee's leg carries the caller's Call-ID, yet the PBX still keeps two"
      + " dialogs, told apart by their tags, and the call runs as without the misbehaviour")
  void secondLegReusesCallId() {
    PbxLab lab = reusingCall();
    String callId = PbxLab.header(lab.send("alice>pbx INVITE").message(), "Call-ID");
    assertEquals(callId, PbxLab.header(lab.send("pbx>bob INVITE").message(), "Call-ID"));
    Set<String> dialogs = lab.dialogs("pbx").stream()
        .filter(d -> "confirmed".equals(d.toState()) && d.callId().equals(callId))
        .map(TraceEvent.Dialog::dialog).collect(Collectors.toSet());
    assertEquals(2, dialogs.size(), "two dialogs under one Call-ID");
    assertEquals(List.of("bob>pbx BYE", "pbx>bob 200", "pbx>alice BYE", "alice>pbx 200"),
        lab.sendsFrom("bob>pbx BYE"));
    assertTrue(lab.notes("pbx").stream().anyMatch(n -> n.action().equals("second leg")
        && n.detail().contains("reuse-call-id")));
  }

  @Test
  @DisplayName("the rule checker then reports CALLID-005 (info) on the callee's INVITE, and"
      + " nothing else")
  void checkerFindsCallId005() {
    PbxLab lab = reusingCall();
    assertEquals(List.of("CALLID-005"), lab.findings());
  }
}
