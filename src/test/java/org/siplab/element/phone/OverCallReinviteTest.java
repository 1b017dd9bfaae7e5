package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.sim.FaultAction;
import org.siplab.sim.TargetedFault;

/**
 * A call given up 64*T1 after its CANCEL (RFC 3261 section 9.1) ends the early dialog its 180
 * made (section 12.3); an INVITE that then comes in that dialog matches none and gets 481
 * (12.2.2), not 487, which says "The request was terminated by a BYE or CANCEL request" (21.4.25).
 */
@DisplayName("a request in the dialog of a call that is over")
class OverCallReinviteTest {

  @Test
  @DisplayName("an INVITE in the early dialog of a call given up after its CANCEL gets 481")
  void inviteAfterTheCallIsOverGets481() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob());
    Prober probe = new Prober("probe");
    probe.ringOnInvite = true;
    lab.sim.add(probe, "192.0.2.77", 5060);
    // Neither the 200 to the CANCEL nor the 487 reaches alice: she gives up at 64*T1.
    lab.sim.network().addFault(TargetedFault.every("probe", "alice", bytes -> {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      return text.startsWith("SIP/2.0 487") || text.startsWith("SIP/2.0 200");
    }, "the CANCEL's answers", new FaultAction.Drop()));
    lab.at(0, "alice", "call the probe",
        () -> Phones.phone(lab, "alice").call("sip:probe@192.0.2.77"));
    lab.at(2_000_000, "alice", "cancel", () -> Phones.phone(lab, "alice").cancel());
    lab.at(40_000_000, "probe", "INVITE in the early dialog", () -> {
      SipRequest invite = probe.ringingInvite;
      probe.sendTo(lab.sim.node("alice").endpoint(), Method.INVITE, "sip:alice@192.0.2.101",
          r -> (SipRequest) r
              .with(HeaderName.CALL_ID, new org.siplab.message.Text(invite.callId()))
              .with(HeaderName.FROM, probe.ringing.to())
              .with(HeaderName.TO, invite.from())
              .with(HeaderName.CSEQ, new CSeq(1, Method.INVITE)));
    });
    lab.runUntil(41_000_000);
    assertEquals(List.of(481), probe.responses.stream()
        .filter(r -> r.cseq().method().equals(Method.INVITE) && r.isFinal())
        .map(r -> r.status()).toList(), lab.dump());
  }
}
