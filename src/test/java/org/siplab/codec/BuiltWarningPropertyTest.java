package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.message.Warning;
import org.siplab.testkit.Draw;

/**
 * {@code warn-agent = hostport / pseudonym} (RFC 3261 sections 20.43 and 25.1): a Warning a
 * message is built with either is refused or prints as text that parses back to the same value.
 */
@DisplayName("a Warning built from values")
class BuiltWarningPropertyTest {

  private static final long SEED = 0x2043_2026L;

  /** Agents near the grammar's edges: hosts, IPv4 and IPv6 references, ports, stray characters. */
  private static final Gen<String> AGENTS = in -> {
    Draw d = new Draw(in);
    return d.chance(50) ? d.string("ab0129f.-:[]", 1, 14)
        : d.pick("h.example.com", "192.0.2.1", "[2001:db8::1]", "[::ffff:192.0.2.1]", "a")
            + d.pick("", ":", ":5060", ":65536", ":0", ":x", ".", "-", "]", " x", ";");
  };

  @Test
  @DisplayName("any agent is refused when built or prints as a Warning that parses back equal")
  void anyAgentIsRefusedOrRoundTrips() {
    qt().withFixedSeed(SEED).withExamples(5000).forAll(AGENTS).checkAssert(agent -> {
      SipMessage m;
      try {
        m = SipResponse.builder(399, "Note").callId("c@h")
            .cseq(1, org.siplab.message.Method.OPTIONS)
            .header(HeaderName.WARNING, new Warning(399, agent, "x")).build();
      } catch (IllegalArgumentException refused) {
        return;
      }
      byte[] wire = SipPrinter.print(m);
      ParseResult r = SipParser.parse(wire);
      String shown = new String(wire, StandardCharsets.UTF_8);
      assertTrue(r.errors().stream().noneMatch(e -> e.rule().contains("Warning")),
          () -> r.errors() + "\n" + shown);
      assertEquals(m.values(HeaderName.WARNING), r.message().values(HeaderName.WARNING), shown);
    });
  }
}
