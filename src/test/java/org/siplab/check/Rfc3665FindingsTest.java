package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.trace.Finding;

/**
 * The RFC 3665 call flows as published break some rules, on purpose or by a slip (the corpus's
 * NOTES.md lists them); the checker must find exactly those, on exactly those messages, and the
 * flows mended by {@link Rfc3665Repairs} must come out clean.
 */
@DisplayName("the RFC 3665 call flows")
class Rfc3665FindingsTest {

  /** Flow id: each finding as "step rule", in the order of the flow. */
  private static final Map<String, List<String>> PUBLISHED = Map.ofEntries(
      // F3: the Authorization lacks a comma; the retry after 401 changes the From tag.
      Map.entry("2.1", List.of("F3 MSG-001", "F3 CALLID-003")),
      Map.entry("2.2", List.of()),
      Map.entry("2.3", List.of()),
      Map.entry("2.4", List.of()),
      Map.entry("2.5", List.of("F3 CALLID-003")),
      Map.entry("3.1", List.of()),
      // F4: a shortened digest; each proxy reuses its INVITE branch for the ACK and the BYE.
      Map.entry("3.2", List.of("F4 MSG-001", "F16 VIA-002", "F17 VIA-002", "F19 VIA-002",
          "F20 VIA-002")),
      // Shortened digests; Proxy 1 ACKs the 407 with Alice's branch (F8: a branch used twice, and
      // not its own INVITE's top Via), reuses its branch for the second INVITE (F13) and the ACK
      // (F20); Proxy 2 for the ACK (F21).
      Map.entry("3.3", List.of("F4 MSG-001", "F8 VIA-002", "F8 TX-001", "F10 MSG-001",
          "F11 MSG-001",
          "F13 MSG-001", "F13 VIA-002", "F19 MSG-001", "F20 MSG-001", "F20 VIA-002",
          "F21 VIA-002")),
      Map.entry("3.4", List.of("F19 VIA-002", "F21 VIA-002")),
      Map.entry("3.5", List.of("F13 VIA-002", "F15 VIA-002")),
      Map.entry("3.6", List.of("F12 VIA-002", "F14 VIA-002")),
      Map.entry("3.7", List.of()),
      // The 200 OK to CANCEL without To tag, three times; Proxy 1 ACKs the 487 with Proxy 2's Via
      // (F18: a branch used twice, and not its own INVITE's top Via).
      Map.entry("3.8", List.of("F10 TAG-002", "F11 TX-001", "F12 TAG-002", "F14 TAG-002",
          "F18 VIA-002", "F18 TX-001")),
      // "SIP/2.0  486 Busy Here": two spaces.
      Map.entry("3.9", List.of("F6 MSG-001", "F8 MSG-001", "F10 MSG-001")),
      // F4: an unfolded Record-Route line; F12: 480 where RFC 3261 wants 408. Proxy 1 only
      // relays that 480 in F14, which is not its own mistake.
      Map.entry("3.10", List.of("F4 MSG-001", "F12 PROXY-001")),
      Map.entry("3.11", List.of()));

  static Stream<String> ids() {
    return Rfc3665Flows.IDS.stream();
  }

  static Stream<Flow> cleanFlows() {
    return CleanFlows.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  @DisplayName("each published flow breaks exactly the rules its slips break, where they are")
  void publishedFindings(String id) {
    Flow flow = Rfc3665Flows.published(id);
    assertEquals(PUBLISHED.get(id), labels(flow, Checker.check(flow.trace())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cleanFlows")
  @DisplayName("no rule fires on a mended flow or a hand-made legal flow")
  void cleanFlowsAreClean(Flow flow) {
    assertEquals(List.of(), labels(flow, Checker.check(flow.trace())));
  }

  @Test
  @DisplayName("the table covers every flow of the corpus")
  void everyFlowIsExpected() {
    assertEquals(Rfc3665Flows.IDS.size(), PUBLISHED.size());
  }

  @Test
  @DisplayName("a From tag changed on the retry is a warning that names both tags")
  void retryWarning() {
    Flow flow = Rfc3665Flows.published("2.1");
    Finding f = only(flow, "CALLID-003");
    assertEquals("warning", f.severity());
    assertEquals("bob retried REGISTER after 401 Unauthorized (event 2) with From tag"
        + " 'ja743ks76zlflH' instead of 'a73kszlfl'.", f.message());
    assertEquals("RFC 3261 section 8.1.3.5", f.rfc());
  }

  @Test
  @DisplayName("Proxy 2's 480 after its branch timed out is an error that asks for 408")
  void timeoutAnswer() {
    Finding f = only(Rfc3665Flows.published("3.10"), "PROXY-001");
    assertEquals("error", f.severity());
    assertTrue(f.message().startsWith("proxy-2 answered INVITE with 480 No Response after its"
        + " branch (to bob, event 4) got no final response"), f.message());
  }

  @Test
  @DisplayName("a proxy reusing its INVITE branch for the ACK of a 2xx is told which event had it")
  void branchReuse() {
    Flow flow = Rfc3665Flows.published("3.2");
    Finding f = Checker.check(flow.trace()).stream()
        .filter(x -> x.event() == flow.seq("F16")).findFirst().orElseThrow();
    assertEquals("proxy-1 sent ACK with branch 'z9hG4bK2d4790.1', already used by proxy-1 for"
        + " INVITE to proxy-2 (event 5); a new transaction needs a new branch.", f.message());
  }

  private static Finding only(Flow flow, String rule) {
    List<Finding> found = Checker.check(flow.trace()).stream()
        .filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  private static List<String> labels(Flow flow, List<Finding> findings) {
    List<String> out = new ArrayList<>();
    for (Finding f : findings) {
      out.add(flow.step(f.event()).label() + " " + f.rule());
    }
    return out;
  }
}
