package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * A request addressed to the proxy itself rather than through it: a Request-URI without a user
 * part that names the proxy (RFC 3261 sections 11, 16.4, 16.5, and 16.1 for the proxy as UAS).
 */
@DisplayName("a request whose Request-URI is the proxy's own address")
class OwnAddressTest {

  /** Alice's Route names the proxy with lr, as her outbound proxy; the Request-URI has no lr. */
  private static final String TO_THE_PROXY = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 proxy: proxy }
        proxy: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.222 }
      script:
        - { at: 0s, do: alice.%s }
      """;

  private static List<TraceEvent.Send> sends(String action) {
    RunResult result = ScenarioRuns.run("own.yaml", TO_THE_PROXY.formatted(action));
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e)
        .toList();
  }

  private static List<String> lines(List<TraceEvent.Send> sends) {
    return sends.stream().map(s -> s.from() + ">" + s.to() + " " + s.firstLine()).toList();
  }

  @Test
  @DisplayName("an OPTIONS to the proxy's address is answered 200 by the proxy itself, without"
      + " Allow and without a body (section 11.2), instead of looping back to it until 482")
  void optionsToTheAddressGets200() {
    List<TraceEvent.Send> sends = sends("options sip:192.0.2.222");
    assertEquals(List.of("alice>proxy OPTIONS sip:192.0.2.222 SIP/2.0",
        "proxy>alice SIP/2.0 200 OK"), lines(sends));
    String ok = sends.get(1).message();
    assertTrue(ok.contains("\r\nSupported: \r\n") && ok.contains("\r\nTo: <sip:192.0.2.222>;tag="),
        ok);
    assertFalse(ok.contains("\r\nAllow:"), ok);
    assertTrue(ok.endsWith("Content-Length: 0\r\n\r\n"), ok);
  }

  @Test
  @DisplayName("an OPTIONS to the proxy's domain without a user part is for the proxy too, as"
      + " section 11 addresses a proxy server, not a 404 for a user named by nobody")
  void optionsToTheDomainGets200() {
    assertEquals(List.of("alice>proxy OPTIONS sip:atlanta.example.com SIP/2.0",
        "proxy>alice SIP/2.0 200 OK"), lines(sends("options sip:atlanta.example.com")));
  }

  @Test
  @DisplayName("an INVITE to the proxy's address gets 405 with Allow: OPTIONS (sections 8.2.1,"
      + " 21.4.6), and its ACK ends at the proxy's server transaction")
  void inviteToTheAddressGets405() {
    List<TraceEvent.Send> sends = sends("call sip:192.0.2.222");
    assertEquals(List.of("alice>proxy INVITE sip:192.0.2.222 SIP/2.0",
        "proxy>alice SIP/2.0 405 Method Not Allowed", "alice>proxy ACK sip:192.0.2.222 SIP/2.0"),
        lines(sends));
    assertTrue(sends.get(1).message().contains("\r\nAllow: OPTIONS\r\n"),
        sends.get(1).message());
  }

  @Test
  @DisplayName("a request with a user part at the proxy's address is still forwarded there, and"
      + " loops to 482 as scenarios/README.md shows")
  void userAtTheAddressStillLoops() {
    List<String> lines = lines(sends("call sip:bob@192.0.2.222"));
    assertEquals("proxy>proxy INVITE sip:bob@192.0.2.222 SIP/2.0", lines.get(1));
    assertTrue(lines.contains("proxy>proxy SIP/2.0 482 Loop Detected"), lines.toString());
  }

  /** Bob registers through the proxy; alice's call names the proxy in a maddr. */
  private static final String MADDR = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 proxy: proxy }
        bob:   { kind: phone, aor: "sip:bob@atlanta.example.com", address: 192.0.2.201,
                 registrar: proxy }
        proxy: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.222,
                 registrar: registrar }
        registrar: { kind: registrar, domain: atlanta.example.com, address: 192.0.2.20 }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: "alice.call sip:bob@atlanta.example.com;maddr=%s" }
      """;

  private static List<String> maddrCall(String maddr) {
    RunResult result = ScenarioRuns.run("maddr.yaml", MADDR.formatted(maddr));
    return lines(result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.timeUs() >= 1_000_000)
        .map(e -> (TraceEvent.Send) e).toList());
  }

  @Test
  @DisplayName("a maddr naming the proxy, on the port and transport it received the request on,"
      + " is stripped and the request routed as if it had none (section 16.4), not looped to"
      + " 482")
  void ownMaddrIsStripped() {
    List<String> lines = maddrCall("192.0.2.222");
    assertEquals("proxy>bob INVITE sip:bob@192.0.2.201:5060 SIP/2.0", lines.get(1), lines
        .toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("482")), lines.toString());
  }

  @Test
  @DisplayName("a maddr of another element is kept, and the Request-URI is the only target"
      + " (section 16.5)")
  void otherMaddrIsTheTarget() {
    List<String> lines = maddrCall("192.0.2.201");
    assertEquals("proxy>bob INVITE sip:bob@atlanta.example.com;maddr=192.0.2.201 SIP/2.0",
        lines.get(1), lines.toString());
  }

  @Test
  @DisplayName("a maddr naming the proxy with another transport than the one the request came"
      + " by is not stripped (section 16.4)")
  void ownMaddrWithAnotherTransportIsKept() {
    List<String> lines = maddrCall("192.0.2.222;transport=tcp");
    assertEquals("proxy>proxy INVITE sip:bob@atlanta.example.com;maddr=192.0.2.222;transport=tcp"
        + " SIP/2.0", lines.get(1), lines.toString());
  }
}
