package org.siplab.element;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * Table 1 of RFC 3261 section 19.1.1 marks the port, transport, maddr, ttl, method and lr of a
 * URI and its headers "-" (not allowed) in a To header field: a request sent to a target that
 * has them keeps them in its Request-URI only.
 */
@DisplayName("the To of a request sent to a URI with parameters")
class ToUriTest {

  @Test
  @DisplayName("a phone's INVITE, OPTIONS and MESSAGE keep the port and transport in the"
      + " Request-URI and leave them out of the To, other parameters kept")
  void aPhoneLeavesThePortAndTransportOutOfItsTo() {
    RunResult result = ScenarioRuns.run("to-uri.yaml", """
        seed: 1
        network:
          default: { delay: 10ms }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.102 }
        script:
          - { at: 0s, do: alice.call sip:bob@biloxi.example.com:5060;transport=udp;x-line=2 }
          - { at: 2s, do: alice.hangup }
          - { at: 3s, do: alice.options sip:bob@biloxi.example.com;transport=UDP }
          - { at: 4s, do: alice.message sip:bob@biloxi.example.com;transport=udp hi }
        """);
    List<TraceEvent.Send> sent = firstSends(result, "alice");
    assertEquals("INVITE sip:bob@biloxi.example.com:5060;transport=udp;x-line=2 SIP/2.0",
        sent.get(0).firstLine());
    assertEquals("To: <sip:bob@biloxi.example.com;x-line=2>", header(sent.get(0), "To"));
    TraceEvent.Send options = method(sent, "OPTIONS");
    assertEquals("OPTIONS sip:bob@biloxi.example.com;transport=UDP SIP/2.0",
        options.firstLine());
    assertEquals("To: <sip:bob@biloxi.example.com>", header(options, "To"));
    assertEquals("To: <sip:bob@biloxi.example.com>", header(method(sent, "MESSAGE"), "To"));
  }

  @Test
  @DisplayName("a PBX extension that dials a URI with a transport sends its INVITE there with a"
      + " To without it")
  void aPbxExtensionLeavesTheTransportOutOfItsTo() {
    RunResult result = ScenarioRuns.run("to-uri-pbx.yaml", """
        seed: 1
        network:
          default: { delay: 10ms }
        elements:
          pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                   accounts: { alice: {} },
                   extensions: { "500": "sip:bob@192.0.2.102;transport=udp;user=phone" } }
          alice: { kind: phone, aor: "sip:alice@pbx.example.com", address: 192.0.2.101,
                   proxy: pbx }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.102 }
        script:
          - { at: 0s, do: alice.call sip:500@pbx.example.com }
        """);
    TraceEvent.Send invite = method(firstSends(result, "pbx"), "INVITE");
    assertEquals("INVITE sip:bob@192.0.2.102;transport=udp;user=phone SIP/2.0",
        invite.firstLine());
    assertEquals("To: <sip:bob@192.0.2.102;user=phone>", header(invite, "To"));
  }

  private static List<TraceEvent.Send> firstSends(RunResult result, String from) {
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals(from)
            && !s.isRetransmission())
        .map(e -> (TraceEvent.Send) e).toList();
  }

  private static TraceEvent.Send method(List<TraceEvent.Send> sent, String method) {
    return sent.stream().filter(s -> s.firstLine().startsWith(method + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + method + " in " + sent));
  }

  private static String header(TraceEvent.Send send, String name) {
    return send.message().lines().filter(l -> l.startsWith(name + ":")).findFirst()
        .orElseThrow();
  }
}
