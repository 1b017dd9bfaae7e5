package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("the wording of a request tried again with the same Call-ID")
class RetryWordingTest {

  private static List<TraceEvent.Send> invitesOfAlice(Trace trace) {
    return Find.sends(trace, s -> s.from().equals("alice") && s.message().startsWith("INVITE ")
        && !s.isRetransmission());
  }

  @Test
  @DisplayName("the INVITE sent to the target a 302 names is a retry of the same request, with"
      + " the Call-ID section 8.1.3.4 recommends keeping, not a new call")
  void redirectRetry() {
    Trace trace = ScenarioRuns.run("redirect.yaml", """
        seed: 1
        network:
          default: { delay: 10ms }
        elements:
          alice:    { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          redirect: { kind: redirect, domain: biloxi.example.com, address: 192.0.2.224,
                      contacts: { "sip:bob@biloxi.example.com": [ "sip:bob@192.0.2.100" ] } }
          bob:      { kind: phone, aor: "sip:bob@chicago.example.com", address: 192.0.2.100,
                      answer: { after: 1s } }
        script:
          - { at: 0s, do: alice.call sip:bob@biloxi.example.com }
        """).trace();
    List<TraceEvent.Send> invites = invitesOfAlice(trace);
    String retry = Annotator.annotate(trace).get(invites.get(1).seq());
    assertTrue(retry.startsWith("alice tries the INVITE again, to bob, on the 302 Moved"
        + " Temporarily to INVITE delivered at seq "), retry);
    assertTrue(retry.contains(": it retries the request at the target the 302 names (Request-URI"
        + " sip:bob@192.0.2.100), in a new INVITE client transaction; the same Call-ID "), retry);
    assertTrue(retry.matches(".* as the INVITE sent at seq " + invites.get(0).seq() + ", and"
        + " its From tag \\w+, as section 8\\.1\\.3\\.4 RECOMMENDS; CSeq 2 INVITE .*"), retry);
    assertTrue(retry.endsWith("(RFC 3261 8.1.3.4)."), retry);
    assertFalse(retry.contains("not new") || retry.contains("a new call"), retry);
  }

  @Test
  @DisplayName("the INVITE sent to the next outbound proxy after Timer B is another try of the"
      + " same request, a new transaction (8.1.2), not a new call")
  void failoverRetry() {
    Trace trace = ScenarioRuns.run("failover.yaml", """
        seed: 1
        network:
          default: { delay: 10ms }
          links:
            - { between: [alice, proxy-1], partitions: [{ start: 0s, end: 2m }] }
        elements:
          alice:   { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                     proxy: [proxy-1, proxy-2] }
          proxy-1: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.111 }
          proxy-2: { kind: proxy, domain: biloxi.example.com, address: 192.0.2.222 }
          bob:     { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                     answer: { after: 1s } }
        script:
          - { at: 0s, do: alice.call sip:bob@192.0.2.201 }
        """).trace();
    List<TraceEvent.Send> invites = invitesOfAlice(trace);
    String retry = Annotator.annotate(trace).get(invites.get(1).seq());
    assertTrue(retry.matches("alice tries the INVITE again, to proxy-2, on Timer B firing at seq"
        + " \\d+: no answer came from the server it tried, so the same request goes to the next"
        + " server: each try is a new INVITE client transaction, with a new branch \\S+; the"
        + " same Call-ID \\S+ as the INVITE sent at seq " + invites.get(0).seq() + ", and its"
        + " From tag \\w+; CSeq 1 INVITE and an SDP offer \\(RFC 3261 8\\.1\\.2\\)\\."), retry);
  }

  @Test
  @DisplayName("a new call of the script that carries a Call-ID used before is still named as"
      + " a Call-ID that is not new")
  void reuseByANewCallIsStillNamed() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long first = b.script(0, "alice", "call bob");
    long sent = b.send(0, first, "alice", "bob", Sip.request("INVITE",
        "sip:bob@biloxi.example.com", "z9hG4bK1", "1 INVITE"), "z9hG4bK1/INVITE", null);
    long again = b.script(40_000_000, "alice", "call bob");
    long reused = b.send(40_000_000, again, "alice", "bob", Sip.request("INVITE",
        "sip:bob@biloxi.example.com", "z9hG4bK2", "2 INVITE"), "z9hG4bK2/INVITE", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("alice sends an initial INVITE to bob, on script step seq " + again
        + " (\"call bob\"): a new call, with Call-ID call-1@192.0.2.1, which is not new: the"
        + " INVITE sent at seq " + sent + " already carried it, From tag a1, CSeq 2 INVITE; it"
        + " starts an INVITE client transaction (RFC 3261 13.2.1).", text.get(reused));
  }

  @Test
  @DisplayName("a MESSAGE sent again after a 407 says it keeps the Call-ID and takes the CSeq one"
      + " higher (8.1.3.5, 22.2), as a retried INVITE does; the first MESSAGE is not a retry")
  void messageRetriedWithCredentials() {
    Trace trace = ScenarioRuns.run("message.yaml", """
        seed: 1
        network:
          default: { delay: 10ms }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                   proxy: proxy, password: secret }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201 }
          proxy: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.10,
                   auth: { users: { alice: secret } } }
        script:
          - { at: 0s, do: alice.message bob Hello }
        """).trace();
    List<TraceEvent.Send> messages = Find.sends(trace, s -> s.from().equals("alice")
        && s.message().startsWith("MESSAGE ") && !s.isRetransmission());
    Map<Long, String> text = Annotator.annotate(trace);
    String first = text.get(messages.get(0).seq());
    assertFalse(first.contains("again"), first);
    String retry = text.get(messages.get(1).seq());
    String callId = messages.get(0).callId();
    assertTrue(retry.startsWith("alice sends the MESSAGE to proxy again, on the 407 Proxy"
        + " Authentication Required to MESSAGE delivered at seq "), retry);
    assertTrue(retry.contains("now with a Proxy-Authorization header answering the challenge;"
        + " same Call-ID " + callId + " as the challenged MESSAGE (CSeq number 1, "), retry);
    assertTrue(retry.endsWith("; CSeq 2 MESSAGE, one higher (RFC 3261 8.1.3.5, 22.2, 22.3)."),
        retry);
  }
}
