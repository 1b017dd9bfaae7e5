package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Slips a student makes while typing a scenario, found in a bug hunt: each is reported once, in
 * the student's words, and does not bring a cascade of errors about what follows from it.
 */
@DisplayName("a slip in a scenario file")
class SlipsTest {

  @Test
  @DisplayName("a key glued to its value, as kind:proxy, is told to take a space after the colon")
  void keyWithoutSpaceAfterColon() {
    assertEquals(List.of("t.yaml:3:12: 'kind:proxy' needs a space after ':'; expected kind: proxy"),
        Scenarios.errors(Scenarios.BASE.replace("kind: proxy,", "kind:proxy,")));
    assertEquals(List.of("t.yaml:8:23: 'delay:20ms' needs a space after ':'; expected delay: 20ms"),
        Scenarios.errors(Scenarios.BASE + "network: { default: { delay:20ms } }\n"));
  }

  @Test
  @DisplayName("an expectation's key glued to its value is told to take a space after the colon")
  void expectationKeyWithoutSpaceAfterColon() {
    assertEquals(List.of("t.yaml:9:15: 'alice:in-call' needs a space after ':'; expected alice:"
            + " in-call"),
        Scenarios.errors(Scenarios.BASE + "expect:\n  - { by: 4s, alice:in-call }\n"));
    assertEquals(List.of("t.yaml:9:5: 'findings:none' needs a space after ':'; expected findings:"
            + " none"),
        Scenarios.errors(Scenarios.BASE + "expect:\n  - { findings:none }\n"));
  }

  @Test
  @DisplayName("an element name that is refused is reported once, not again at each reference")
  void refusedNameReportedOnce() {
    String references = "  - { at: 2s, do: alice.hangup }\n"
        + "expect:\n  - { by: 4s, alice: in-call }\n  - flow: [alice>proxy INVITE, ...]\n";
    for (String name : List.of("Alice", "alic\u00E9")) {
      assertEquals(List.of("t.yaml:4:3: element name '" + name + "' has characters a name cannot"
              + " have; expected lower-case letters, digits and '-', starting with a letter, such"
              + " as alice or proxy-2"),
          Scenarios.errors(Scenarios.BASE.replace("  alice: {", "  " + name + ": {") + references));
    }
  }

  @Test
  @DisplayName("a duplicate element name is reported alone, not checked as the first one's kind")
  void duplicateNameWithoutCascade() {
    String text = Scenarios.BASE.replace("  registrar: { kind: registrar",
        "  proxy: { kind: registrar") + "  - { at: 2s, do: proxy.call bob }\n";
    assertEquals(List.of("t.yaml:3:3: duplicate element 'proxy', already defined at line 2;"
            + " expected each element name once"),
        Scenarios.errors(text));
  }

  @Test
  @DisplayName("a reason phrase after a status, as 200 OK, is told it is not part of a pattern")
  void reasonPhraseAfterStatus() {
    assertEquals(List.of("t.yaml:9:26: the reason phrase 'OK' is not part of a message pattern;"
            + " expected a response by its status code (200) or its status and method"
            + " (200 INVITE)"),
        Scenarios.errors(Scenarios.BASE + "expect:\n  - flow: [bob>proxy 200 OK, ...]\n"));
    assertEquals(List.of("t.yaml:8:34: the reason phrase 'Busy Here' is not part of a message"
            + " pattern; expected a response by its status code (486) or its status and method"
            + " (486 INVITE)"),
        Scenarios.errors(Scenarios.BASE
            + "network: { faults: [{ drop: \"486 Busy Here\", from: bob, to: proxy }] }\n"));
  }

  @Test
  @DisplayName("a top-level key indented under elements is told to start its line")
  void topLevelKeyUnderElements() {
    assertEquals(List.of("t.yaml:6:3: 'script' is a top-level key, but it is indented under"
            + " elements:, so it was read as an element; expected script: at the start of its"
            + " line, like elements:"),
        Scenarios.errors(Scenarios.BASE.replace("script:", "  script:")));
  }

  @Test
  @DisplayName("an element's key indented like the element names is told to go under its element")
  void elementKeyAtTheLevelOfNames() {
    assertEquals(List.of("t.yaml:6:5: phone 'bob' has no 'address'; expected address: an IP"
            + " address with an optional port, such as 192.0.2.10 or 192.0.2.10:5070 or"
            + " \"[2001:db8::1]:5060\"",
            "t.yaml:9:3: 'address' is a key of an element's settings, but it is indented like the"
                + " element names, so it was read as an element; expected it indented like the"
                + " other keys of its element"),
        Scenarios.errors(Scenarios.BASE.replace(
            "  bob: { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102, proxy: proxy }",
            "  bob:\n    kind: phone\n    aor: sip:bob@example.com\n    proxy: proxy\n"
                + "  address: 192.0.2.102")));
  }

  @Test
  @DisplayName("a YAML 1.1 merge key is told that YAML 1.2 has none, with or without a kind")
  void mergeKey() {
    String alice = "  alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101,"
        + " proxy: proxy }";
    String anchored = Scenarios.BASE.replace(alice, alice.replace("alice: {", "alice: &ph {"));
    String bob =
        "  bob: { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102, proxy: proxy }";
    String message = "'<<' is the merge key of YAML 1.1, which YAML 1.2 (the YAML siplab reads)"
        + " does not have, so nothing is merged into ";
    assertEquals(List.of("t.yaml:6:5: " + message + "element 'bob'; expected its keys written"
            + " out"),
        Scenarios.errors(anchored.replace(bob,
            "  bob:\n    <<: *ph\n    aor: sip:bob@example.com\n    address: 192.0.2.102")));
    assertEquals(List.of("t.yaml:6:5: " + message + "phone 'bob'; expected its keys written out"),
        Scenarios.errors(anchored.replace(bob, "  bob:\n    <<: *ph\n    kind: phone\n"
            + "    aor: sip:bob@example.com\n    address: 192.0.2.102")));
  }

  @Test
  @DisplayName("a flow arrow drawn as -> or => is told that the arrow is '>' alone")
  void longFlowArrow() {
    assertEquals(List.of(
            "t.yaml:9:17: '->' is not the flow arrow, which is '>' alone; did you mean"
                + " 'alice>proxy INVITE'?",
            "t.yaml:9:38: '=>' is not the flow arrow, which is '>' alone; did you mean"
                + " 'proxy>bob INVITE'?",
            "t.yaml:9:56: '-->' is not the flow arrow, which is '>' alone; did you mean"
                + " 'bob>proxy 200'?"),
        Scenarios.errors(Scenarios.BASE
            + "expect:\n  - flow: [alice->proxy INVITE, proxy=>bob INVITE, bob --> proxy 200]\n"));
  }

  @Test
  @DisplayName("a flow step written backwards with '<' is told the step with the sender first")
  void backwardsFlowArrow() {
    assertEquals(List.of(
            "t.yaml:9:17: '<' is not a flow arrow: a step names its sender first, from>to; did"
                + " you mean 'proxy>alice 200 INVITE'?",
            "t.yaml:9:41: '<' is not a flow arrow: a step names its sender first, from>to; did"
                + " you mean 'bob>proxy 180'?"),
        Scenarios.errors(Scenarios.BASE
            + "expect:\n  - flow: [alice<proxy 200 INVITE, proxy<-bob 180]\n"));
  }

  @Test
  @DisplayName("an element whose name ends with '-' may send in a flow step")
  void nameEndingWithDashIsNoArrow() {
    assertEquals(List.of(),
        Scenarios.errors(Scenarios.BASE.replace("alice", "alice-")
            + "expect:\n  - flow: [alice->proxy INVITE, ...]\n"));
  }

  @Test
  @DisplayName("two or four dots, or an ellipsis character, in a flow suggest the three dots")
  void nearMissGap() {
    assertEquals(List.of(
            "t.yaml:9:32: '..' is not a flow step; did you mean '...' (any messages between its"
                + " neighbours)?",
            "t.yaml:9:36: '....' is not a flow step; did you mean '...' (any messages between its"
                + " neighbours)?",
            "t.yaml:9:60: '\u2026' is not a flow step; did you mean '...' (any messages between its"
                + " neighbours)?"),
        Scenarios.errors(Scenarios.BASE
            + "expect:\n  - flow: [alice>proxy INVITE, .., ...., proxy>bob INVITE, \u2026]\n"));
  }

  @Test
  @DisplayName("a non-breaking or zero-width space in an action is named, with its code point")
  void invisibleCharacterNamed() {
    assertEquals(List.of("t.yaml:7:29: 'alice.call<U+00A0>bob' holds a non-breaking space"
            + " (U+00A0), which looks like a space but does not separate words; expected an"
            + " ordinary space"),
        Scenarios.errors(Scenarios.BASE.replace("alice.call bob", "alice.call\u00A0bob")));
    assertEquals(List.of("t.yaml:7:33: 'alice.call bob<U+200B>' holds a zero-width space"
            + " (U+200B), an invisible character; expected nothing there (delete it)"),
        Scenarios.errors(Scenarios.BASE.replace("alice.call bob", "alice.call bob\u200B")));
  }

  @Test
  @DisplayName("a non-breaking space inside a message's free text is taken as written")
  void nonBreakingSpaceInMessageText() {
    assertEquals(List.of(), Scenarios.errors(Scenarios.BASE
        + "  - { at: 2s, do: alice.message bob \u00C0 bient\u00F4t\u00A0! }\n"));
  }

  @Test
  @DisplayName("a T1 above T2's default is blamed on T1, and T2 is called the default")
  void t1AboveDefaultT2() {
    assertEquals(List.of("t.yaml:8:15: T1 3600s is above T2's default of 4s; expected T1 at most"
            + " T2, or T2 set too (17.1.2.2)"),
        Scenarios.errors(Scenarios.BASE + "timers: { T1: 1h }\n"));
  }

  @Test
  @DisplayName("a value starting with & is told that YAML read it as an anchor")
  void ampersandValueIsAnAnchor() {
    assertEquals(List.of("t.yaml:4:85: a value starting with '&' is read by YAML as an anchor;"
            + " expected it in quotes, such as \"&secret\""),
        Scenarios.errors(Scenarios.BASE.replace("address: 192.0.2.101,",
            "address: 192.0.2.101, password: &secret,")));
  }

  @Test
  @DisplayName("a link between two names joined by a dash is shown them as a list of two")
  void linkEndsJoined() {
    assertEquals(List.of("t.yaml:10:18: found 'alice-proxy'; expected the two elements of the"
            + " link as a list, such as [alice, proxy]"),
        Scenarios.errors(Scenarios.BASE
            + "network:\n  links:\n    - { between: alice-proxy, loss: 20% }\n"));
  }
}
