package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.capture.CaptureFile;
import org.siplab.capture.CaptureFormatException;
import org.siplab.capture.CaptureTrace;
import org.siplab.dialog.DialogId;
import org.siplab.message.Method;
import org.siplab.testkit.Lab;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;

/**
 * The 481 and 487 that answer a request a BYE overtook say which BYE did it: one the UAS sent
 * before the request came (481, 15.1.1), one it received while the request was pending (487,
 * 15.1.2), or one it is about to send (487); only a CANCEL's 487 speaks of cancelling (9.2).
 */
@DisplayName("the wording of a 481 or 487 that a BYE caused")
class EndedRequestWordingTest {

  private static final String INFO_CROSSES_BYE = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 3s, do: alice.hangup }
        - { at: 3s, do: bob.info }
      """;

  /** Bob hangs up while the PBX still holds alice's re-INVITE: it ends that leg with BYE. */
  private static final String PBX_HANGUP_DURING_REINVITE = """
      seed: 1
      network:
        default: { delay: 30ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@pbx.example.com", address: 192.0.2.101, proxy: pbx }
        bob:   { kind: phone, aor: "sip:bob@pbx.example.com", address: 192.0.2.102, proxy: pbx,
                 answer: { after: 1s } }
        pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                 accounts: { alice: {}, bob: {} }, extensions: { "200": bob } }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call sip:200@pbx.example.com }
        - { at: 10s, do: alice.reinvite }
        - { at: 10010ms, do: bob.hangup }
      """;

  private static String textOf(Trace trace, String from, String firstLine) {
    return Annotator.annotate(trace).get(Find.send(trace,
        s -> s.from().equals(from) && s.firstLine().startsWith(firstLine)).seq());
  }

  @Test
  @DisplayName("the 481 to an INFO that crossed the UAS's own BYE says so, with 15.1.1, and"
      + " speaks of no cancelling")
  void infoCrossingTheBye() {
    Trace trace = ScenarioRuns.run("info.yaml", INFO_CROSSES_BYE).trace();
    String text = textOf(trace, "alice", "SIP/2.0 481");
    assertTrue(text.contains("the request crossed the BYE alice sent in this dialog")
        && text.contains("15.1.1"), text);
    assertFalse(text.contains("cancel"), text);
  }

  @Test
  @DisplayName("the 487 a PBX sends to a re-INVITE it still holds when it ends that dialog with a"
      + " BYE of its own says the BYE comes next, not that anything was cancelled")
  void pendingWhenTheUasSendsBye() {
    Trace trace = ScenarioRuns.run("pbx.yaml", PBX_HANGUP_DURING_REINVITE).trace();
    String text = textOf(trace, "pbx", "SIP/2.0 487");
    assertTrue(text.contains("pbx is ending the dialog with a BYE (its next message)")
        && text.contains("15.1.2"), text);
    assertFalse(text.contains("cancel"), text);
  }

  @Test
  @DisplayName("the 487 to an INVITE still pending when a BYE ended its early dialog cites 15.1.2,"
      + " not 9.2")
  void pendingWhenAByeArrives() {
    Lab lab = new Lab();
    lab.bob.onInvite = (request, tx) ->
        lab.bob.ua().respond(tx, lab.bob.ua().responseTo(tx, 180).build());
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "hang up in the early dialog",
        () -> lab.alice.ua().sendInDialog(id, Method.BYE, b -> { }));
    lab.runFor(60_000_000);
    String text = textOf(lab.sim.trace(), "bob", "SIP/2.0 487");
    assertTrue(text.contains("a BYE ended the dialog while this INVITE was still pending")
        && text.contains("15.1.2"), text);
    assertFalse(text.contains("cancel") || text.contains("9.2"), text);
  }

  @Test
  @DisplayName("the 487 in a SIPp capture, whose causes are inferred, still says the INVITE was"
      + " cancelled: a CANCEL of its branch reached the responder first (9.2)")
  void capturedCancel() throws IOException, CaptureFormatException {
    byte[] file = Files.readAllBytes(Path.of("scenarios/captures/sipp-cancel.pcap"));
    Trace trace = CaptureTrace.of(CaptureFile.read(file), "sipp-cancel.pcap").trace();
    String text = Annotator.annotate(trace).get(Find.starting(trace, "SIP/2.0 487").seq());
    assertTrue(text.contains("the INVITE was cancelled, so it ends with 487 (RFC 3261 9.2)"),
        text);
  }
}
