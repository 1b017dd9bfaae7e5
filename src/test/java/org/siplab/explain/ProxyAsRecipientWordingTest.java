package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;

/** A proxy that answers a request addressed to itself, as a UAS (RFC 3261 11.2, 16.1, 8.2.1). */
@DisplayName("the wording of a proxy's answers to requests addressed to itself")
class ProxyAsRecipientWordingTest {

  private static final String TO_THE_PROXY = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 proxy: proxy }
        proxy: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.222 }
      script:
        - { at: 0s, do: alice.options sip:192.0.2.222 }
        - { at: 1s, do: alice.call sip:192.0.2.222 }
      """;

  private static String textOf(Trace trace, String firstLine) {
    return Annotator.annotate(trace).get(Find.starting(trace, firstLine).seq());
  }

  @Test
  @DisplayName("the 200 to an OPTIONS says the proxy answers for itself without an Allow, not"
      + " that it lists Allow")
  void okToOptions() {
    Trace trace = ScenarioRuns.run("own.yaml", TO_THE_PROXY).trace();
    String text = textOf(trace, "SIP/2.0 200");
    assertTrue(text.contains("addressed to the proxy itself") && text.contains("without an"
        + " Allow") && text.contains("11.2"), text);
    assertFalse(text.contains("(Allow, Accept, Supported)"), text);
  }

  @Test
  @DisplayName("the 405 to an INVITE addressed to the proxy says why, with no word of chan_sip")
  void methodNotAllowed() {
    Trace trace = ScenarioRuns.run("own.yaml", TO_THE_PROXY).trace();
    String text = textOf(trace, "SIP/2.0 405");
    assertTrue(text.contains("the INVITE is addressed to the proxy itself")
        && text.contains("8.2.1"), text);
    assertFalse(text.contains("chan_sip"), text);
  }
}
