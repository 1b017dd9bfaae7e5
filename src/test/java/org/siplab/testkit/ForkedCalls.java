package org.siplab.testkit;

/**
 * A scenario the tests of forking share: Alice calls Bob's AOR through a proxy, which forks the
 * INVITE to Bob's desk phone and to his mobile, whose link to the proxy is slower. Both answer.
 */
public final class ForkedCalls {

  private ForkedCalls() {}

  /**
   * The scenario text: the mobile's link delay, the desk phone's answer delay, and the script
   * steps after the registrations and the call at 1 s (each a flow mapping, such as {@code { at:
   * 10s, do: alice.hangup }}).
   */
  public static String scenario(String mobileDelay, String deskAnswer, String... laterSteps) {
    StringBuilder steps = new StringBuilder();
    for (String step : laterSteps) {
      steps.append("  - ").append(step).append('\n');
    }
    return """
        seed: 1
        network:
          default: { delay: 10ms }
          links:
            - { between: [proxy, bob-mobile], delay: %s }
        elements:
          alice:      { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                        proxy: proxy }
          proxy:      { kind: proxy, domain: biloxi.example.com, address: 192.0.2.222,
                        registrar: registrar }
          bob-desk:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                        registrar: registrar, answer: { after: %s } }
          bob-mobile: { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.202,
                        registrar: registrar, answer: { after: 0s } }
          registrar:  { kind: registrar, domain: biloxi.example.com, address: 192.0.2.223 }
        script:
          - { at: 0s, do: bob-desk.register }
          - { at: 0s, do: bob-mobile.register }
          - { at: 1s, do: alice.call sip:bob@biloxi.example.com }
        """.formatted(mobileDelay, deskAnswer) + steps;
  }
}
