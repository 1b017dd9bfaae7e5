package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each deliberate violation is caught by the checker rule it names. Some break a second rule as
 * a consequence, which the checker reports too: a copy without the proxy's Via reuses the
 * caller's branch (VIA-002), and an ACK with another Call-ID leaves its dialog (CALLID-001). A
 * response with the proxy's Via still on top is VIA-005's alone: VIA-003 is the UAS's rule.
 */
@DisplayName("misbehaviour switches")
class MisbehaviourTest {

  private static OneProxy call(ProxyConfig config) {
    OneProxy net = new OneProxy(config);
    net.bob("bob", 201, 1.0);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(40_000_000);
    return net;
  }

  /** A call whose one branch gets no answer: the network loses all the proxy sends to bob. */
  private static OneProxy unansweredCall(ProxyConfig config) {
    OneProxy net = new OneProxy(config);
    net.bob("bob", 201, 1.0);
    net.lab.dropEvery("proxy", "bob");
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(40_000_000);
    return net;
  }

  private static Set<String> expectedRules(Misbehaviour misbehaviour) {
    switch (misbehaviour) {
      case KEEP_VIA:
        return Set.of("VIA-005");
      case NO_VIA:
        return Set.of("VIA-002", "VIA-004");
      case CHANGE_CALL_ID:
        return Set.of("CALLID-001", "CALLID-004");
      case TIMEOUT_480:
        return Set.of("PROXY-001");
      case NO_MAX_FORWARDS_DECREMENT:
      default:
        return Set.of("MAXFWD-001");
    }
  }

  @Test
  @DisplayName("the call without a misbehaviour leaves the checker silent")
  void cleanCallHasNoFindings() {
    assertEquals(List.of(), call(ProxyConfig.defaults()).lab.findings());
  }

  @Test
  @DisplayName("a branch that times out gets 408 from a proxy without a misbehaviour")
  void cleanTimeoutHasNoFindings() {
    OneProxy net = unansweredCall(ProxyConfig.defaults());
    assertEquals(List.of(), net.lab.findings());
    assertTrue(net.lab.notes("proxy").stream().anyMatch(n -> n.startsWith("answers 408")));
  }

  @ParameterizedTest(name = "{0} is caught by its rule")
  @EnumSource(Misbehaviour.class)
  @DisplayName("each misbehaviour is caught by the rule it names, and the trace says it was"
      + " deliberate")
  void caughtByItsRule(Misbehaviour misbehaviour) {
    ProxyConfig config = ProxyConfig.defaults().withMisbehaviour(misbehaviour);
    OneProxy net = misbehaviour == Misbehaviour.TIMEOUT_480 ? unansweredCall(config)
        : call(config);
    Set<String> fired = new TreeSet<>(net.lab.ruleIds());
    assertTrue(fired.contains(misbehaviour.rule()), net.lab.findings().toString());
    assertEquals(new TreeSet<>(expectedRules(misbehaviour)), fired);
    assertTrue(net.lab.notes("proxy").contains("misbehaves: " + misbehaviour.key()
        + ": a deliberate violation, caught by rule " + misbehaviour.rule()));
  }
}
