package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * TX-001 beyond the one mutation RulePropertiesTest gives each rule: a CANCEL or an ACK for a
 * non-2xx sent with a branch of its own, and an ACK whose To is not the response's (sections 9.1
 * and 17.1.1.3).
 */
@DisplayName("TX-001 on a CANCEL or an ACK for a non-2xx")
class CancelAckCopiesTest {

  private static final Rule RULE = Catalog.rule("TX-001");

  /** Each clean flow's first CANCEL or non-2xx ACK that shares its INVITE's branch. */
  private record Site(Flow flow, long seq) {}

  private static List<Site> sites(String method) {
    List<Site> out = new ArrayList<>();
    for (Flow flow : CleanFlows.all()) {
      Roles r = new Roles(flow);
      for (long seq : r.where(s -> r.is(s, method) && r.first(s) && r.sharesBranch(s))) {
        out.add(new Site(flow, seq));
      }
    }
    return out;
  }

  private static boolean firesAt(Flow flow, long seq) {
    return Checker.check(flow.trace(), List.of(RULE)).stream().anyMatch(f -> f.event() == seq);
  }

  @Test
  @DisplayName("fires on a CANCEL or an ACK for a non-2xx whose branch is not its INVITE's, which"
      + " no other rule paired with its INVITE")
  void ownBranchIsFound() {
    for (String method : List.of("CANCEL", "ACK")) {
      List<Site> sites = sites(method);
      assertFalse(sites.isEmpty(), "a clean flow with a " + method);
      for (Site site : sites) {
        assertFalse(firesAt(site.flow(), site.seq()), "silent on the clean flow");
        String message = site.flow().step(site.seq()).message();
        Flow broken = site.flow().with(site.seq(), s -> s.withMessage(
            message.replaceFirst("branch=z9hG4bK[^;\\r\\n]*", "branch=z9hG4bKown1")));
        assertTrue(firesAt(broken, site.seq()), broken.name() + " " + method);
      }
    }
  }

  @Test
  @DisplayName("fires on an ACK for a non-2xx whose To tag is not the one the response gave")
  void ackToIsTheResponses() {
    List<Site> sites = sites("ACK");
    for (Site site : sites) {
      String message = site.flow().step(site.seq()).message();
      Flow broken = site.flow().with(site.seq(), s -> s.withMessage(
          SipText.withTag(message, "To", "notTheResponses1")));
      assertTrue(firesAt(broken, site.seq()), broken.name());
    }
  }

  /**
   * Bob is busy; Alice's first ACK for the 486 is held back 6 s, past the proxy's Timer I, so it
   * matches no server transaction and the proxy forwards it statelessly, with a branch of its own
   * above Alice's Via (sections 16.6 step 8 and 16.11).
   */
  private static final String STRAY_ACK = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { delay: ACK, from: alice, to: proxy, nth: 1, by: 6s }
      elements:
        proxy:     { kind: proxy, domain: example.com, address: 192.0.2.10, registrar: registrar }
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
        alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101, proxy: proxy }
        bob:   { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102, proxy: proxy,
                 answer: { with: busy } }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call bob }
      """;

  @Test
  @DisplayName("is silent on a stray ACK a proxy forwards with a branch of its own, since an ACK"
      + " with more than one Via was forwarded, not built by a client transaction")
  void forwardedStrayAckIsNotACopy() {
    Trace trace = ScenarioRuns.run("stray-ack.yaml", STRAY_ACK).trace();
    assertTrue(trace.events().stream().anyMatch(e -> e instanceof TraceEvent.Send s
        && s.from().equals("proxy") && s.firstLine().startsWith("ACK ")
        && s.message().split("\r\nVia: ", -1).length == 3), "the proxy forwarded the stray ACK");
    assertEquals(List.of(), Checker.check(trace, List.of(RULE)));
  }
}
