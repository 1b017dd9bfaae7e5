package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** Responses whose explanation depends on the request they answer, not on the status alone. */
@DisplayName("the wording of a re-INVITE's 200 and of a PBX's 404")
class InDialogAndPbxWordingTest {

  private static final String HOLD = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201 }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 2s, do: alice.hold }
      """;

  private static final String PBX = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice:   { kind: phone, aor: "sip:alice@pbx.example.com", address: 192.0.2.101,
                   proxy: pbx }
        mallory: { kind: phone, aor: "sip:mallory@pbx.example.com", address: 192.0.2.66,
                   proxy: pbx }
        pbx:     { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                   accounts: { alice: {} }, extensions: { "100": alice } }
      script:
        - { at: 0s, do: mallory.register }
        - { at: 1s, do: alice.call sip:999@pbx.example.com }
      """;

  private static String textOf(Trace trace, TraceEvent.Send send) {
    return Annotator.annotate(trace).get(send.seq());
  }

  @Test
  @DisplayName("the 200 to a re-INVITE accepts the new offer in the dialog that exists; it"
      + " confirms no dialog (sections 12.1, 14.2)")
  void okToReinvite() {
    Trace trace = ScenarioRuns.run("hold.yaml", HOLD).trace();
    TraceEvent.Send ok = Find.send(trace, s -> s.firstLine().startsWith("SIP/2.0 200")
        && s.cseq().equals("2 INVITE"));
    String text = textOf(trace, ok);
    assertTrue(text.contains("it accepts the re-INVITE") && text.contains("14.2"), text);
    assertFalse(text.contains("confirms the dialog") || text.contains("the call is answered"),
        text);
  }

  @Test
  @DisplayName("the 200 to a re-INVITE is told from its sender's side, the UAS: the re-INVITE's"
      + " Contact refreshed the sender's remote target (12.2.2), the 200's refreshes the UAC's"
      + " when it arrives (12.2.1.2)")
  void okToReinviteIsToldFromTheUas() {
    Trace trace = ScenarioRuns.run("hold.yaml", HOLD).trace();
    TraceEvent.Send ok = Find.send(trace, s -> s.firstLine().startsWith("SIP/2.0 200")
        && s.cseq().equals("2 INVITE"));
    assertTrue(ok.from().equals("bob"), ok::toString);
    String text = textOf(trace, ok);
    assertTrue(text.contains("bob took the re-INVITE's Contact as its remote target")
        && text.contains("this 2xx's Contact becomes alice's remote target when it arrives")
        && text.contains("12.2.2, 12.2.1.2"), text);
    assertFalse(text.contains("and the Contact refreshes the remote target"), text);
  }

  @Test
  @DisplayName("a PBX's 404 to a REGISTER names the missing account (10.3 step 5), and to an"
      + " INVITE says its note tells which of its two causes it was")
  void pbxNotFound() {
    Trace trace = ScenarioRuns.run("pbx.yaml", PBX).trace();
    String register = textOf(trace, Find.send(trace, s -> s.firstLine().startsWith("SIP/2.0 404")
        && s.cseq().endsWith("REGISTER")));
    assertTrue(register.contains("no account of that name") && register.contains("10.3 step 5"),
        register);
    assertFalse(register.contains("dialplan"), register);
    String invite = textOf(trace, Find.send(trace, s -> s.firstLine().startsWith("SIP/2.0 404")
        && s.cseq().endsWith("INVITE")));
    assertTrue(invite.contains("no extension of its dialplan matches"), invite);
  }

  @Test
  @DisplayName("a PBX note written as a sentence, such as check_auth's, is not followed by a"
      + " stray full stop before \", on the REGISTER\"")
  void checkAuthNoteReadsAsOneSentence() {
    String scenario = """
        seed: 1
        network:
          default: { delay: 10ms }
        elements:
          alice: { kind: phone, aor: "sip:alice@pbx.example.com", password: "wonderland",
                   address: 192.0.2.101, proxy: pbx }
          pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                   accounts: { alice: { secret: "wonderland" } }, extensions: { "100": alice } }
        script:
          - { at: 0s, do: alice.register }
        """;
    Trace trace = ScenarioRuns.run("register.yaml", scenario).trace();
    Map<Long, String> texts = Annotator.annotate(trace);
    List<String> checks = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Action a && a.action().equals("check_auth"))
        .map(e -> texts.get(e.seq())).toList();
    assertFalse(checks.isEmpty());
    for (String text : checks) {
      assertFalse(text.contains("., on"), text);
      assertTrue(text.contains(", on the REGISTER delivered at seq"), text);
    }
  }
}
