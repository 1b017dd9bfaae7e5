package org.siplab.element.pbx;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.TraceEvent;

@DisplayName("properties of every call through the PBX")
class PbxPropertiesTest {

  private static PbxLab callAndHangUp(long seed, long delayUs, boolean callerHangsUp) {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.seed = seed;
    setup.link = LinkProfile.ofDelay(delayUs);
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob, lab.alice);
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 2_000_000);
    TestPhone hangsUp = callerHangsUp ? lab.alice : lab.bob;
    lab.step(hangsUp.name(), "hang up", hangsUp::hangup, 2_000_000);
    return lab;
  }

  @Test
  @DisplayName("for any seed, link delay and side that hangs up: two Call-IDs, two confirmed"
      + " dialogs at the PBX, both ended, the hang-up relayed, and no findings")
  void everyCallIsTwoDialogs() {
    qt().withFixedSeed(20_031_212L).withExamples(25)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.longRange(1_000, 150_000),
            Generate.booleans())
        .check((seed, delayUs, callerHangsUp) -> {
          PbxLab lab = callAndHangUp(seed, delayUs, callerHangsUp);
          String in = PbxLab.header(lab.send("alice>pbx INVITE").message(), "Call-ID");
          String out = PbxLab.header(lab.send("pbx>bob INVITE").message(), "Call-ID");
          Set<String> confirmed = lab.dialogs("pbx").stream()
              .filter(d -> "confirmed".equals(d.toState())).map(TraceEvent.Dialog::callId)
              .collect(Collectors.toSet());
          long ended = lab.dialogs("pbx").stream()
              .filter(d -> "terminated".equals(d.toState())).count();
          String relayedBye = callerHangsUp ? "pbx>bob BYE" : "pbx>alice BYE";
          return !in.equals(out) && confirmed.equals(Set.of(in, out)) && ended == 2
              && lab.sends().contains(relayedBye) && lab.findings().isEmpty()
              && lab.pbx.state().equals("idle");
        });
  }

  @Test
  @DisplayName("the same seed gives the same trace, message for message")
  void sameSeedSameTrace() {
    qt().withFixedSeed(42L).withExamples(5)
        .forAll(Generate.longRange(0, Long.MAX_VALUE))
        .check(seed -> messages(callAndHangUp(seed, 10_000, true))
            .equals(messages(callAndHangUp(seed, 10_000, true))));
  }

  private static List<String> messages(PbxLab lab) {
    return lab.sendEvents().stream().map(s -> s.timeUs() + " " + s.message()).toList();
  }
}
