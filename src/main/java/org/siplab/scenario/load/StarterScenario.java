package org.siplab.scenario.load;

import java.util.Locale;

/**
 * The scenario {@code siplab new} writes: a basic call through a proxy, commented for a first-time
 * author, that loads without errors as it is.
 */
public final class StarterScenario {

  private static final String TEMPLATE = """
      # A siplab scenario. Every key is explained in scenarios/README.md.
      # Run it with: siplab run {{file}}
      name: {{name}}
      description: |
        Alice and Bob register, Alice calls Bob through the proxy,
        Bob answers after 2 seconds, and Alice hangs up 5 seconds later.

      seed: 1                # the same seed replays the same run; siplab run --seed overrides it

      network:
        default: { delay: 20ms, jitter: 5ms }   # every link: 20 ms one way, plus 0 to 5 ms
        # To make the link between Alice and the proxy lose one datagram in five, add:
        #   links:
        #     - { between: [alice, proxy], loss: 20% }

      elements:                # who is on the network; names are lower case
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11,
                     users: { alice: alice-secret, bob: bob-secret } }
        proxy:     { kind: proxy, domain: example.com, address: 192.0.2.10, registrar: registrar }
        alice:     { kind: phone, aor: sip:alice@example.com, password: alice-secret,
                     address: 192.0.2.101, proxy: proxy }
        bob:       { kind: phone, aor: sip:bob@example.com, password: bob-secret,
                     address: 192.0.2.102, proxy: proxy,
                     answer: { after: 2s } }   # Bob's phone answers by itself after 2 s

      script:                  # what happens, and when (virtual time from the start)
        - { at: 0s, do: alice.register }
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call bob }
        - { on: alice.in-call, after: 5s, do: alice.hangup }

      expect:                  # what the run must show
        - { by: 4s, alice: in-call, bob: in-call }
        - flow: [alice>proxy INVITE, ..., proxy>bob INVITE, ..., bob>proxy 200 INVITE,
                 proxy>alice 200 INVITE, ...]
        - findings: none
      """;

  private StarterScenario() {}

  /**
   * The starter scenario, named {@code name}; {@code file} is the file as its "Run it with"
   * comment names it, as one shell word (quoted, or after ./), the way the command that wrote it
   * prints it.
   */
  public static String text(String name, String file) {
    String printableFile = file.codePoints().allMatch(c -> c >= ' ' && c != 0x7F) ? file : "FILE";
    return TEMPLATE.replace("{{file}}", printableFile).replace("{{name}}", quoted(name));
  }

  /** A YAML double-quoted scalar holding exactly {@code text}. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < ' ' || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF
          || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }
}
