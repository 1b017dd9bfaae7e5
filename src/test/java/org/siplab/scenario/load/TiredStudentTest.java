package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Mistakes of a scenario written late at night, each told once and at its place. */
@DisplayName("a scenario written at midnight")
class TiredStudentTest {

  @Test
  @DisplayName("a misspelt required key is told as misspelt, not also as missing")
  void misspeltRequiredKey() {
    assertEquals(List.of("t.yaml:5:49: unknown key 'adress' in phone 'bob'; did you mean"
        + " 'address'?"),
        Scenarios.errors(Scenarios.BASE.replace("address: 192.0.2.102", "adress: 192.0.2.102")));
    assertEquals(List.of("t.yaml:1:1: unknown key 'element' in the scenario; did you mean"
        + " 'elements'?"), Scenarios.errors(Scenarios.BASE.replace("elements:", "element:")));
  }

  @Test
  @DisplayName("a required key that is simply left out is still told as missing")
  void missingRequiredKey() {
    assertEquals(List.of("t.yaml:5:8: phone 'bob' has no 'address'; expected address: an IP"
        + " address with an optional port, such as 192.0.2.10 or 192.0.2.10:5070 or"
        + " \"[2001:db8::1]:5060\""),
        Scenarios.errors(Scenarios.BASE.replace(", address: 192.0.2.102", "")));
  }

  @Test
  @DisplayName("an action written as a function call is shown the way to write it")
  void functionCall() {
    assertEquals(List.of("t.yaml:7:25: phone 'alice' has no action 'call(bob)': an action is not"
        + " a function call, and takes its arguments after a space; expected alice.call bob"),
        Scenarios.errors(Scenarios.BASE.replace("alice.call bob", "alice.call(bob)")));
    assertEquals(List.of("t.yaml:7:25: phone 'alice' has no action 'hangup()': an action is not"
        + " a function call, and takes its arguments after a space; expected alice.hangup"),
        Scenarios.errors(Scenarios.BASE.replace("alice.call bob", "alice.hangup()")));
  }

  @Test
  @DisplayName("elements written as a list are told once, and references to them are not"
      + " called unknown")
  void elementsAsAList() {
    String text = """
        elements:
          - alice: { kind: phone, aor: sip:alice@atlanta.example.com, address: 192.0.2.1 }
          - bob: { kind: phone, aor: sip:bob@biloxi.example.com, address: 192.0.2.2 }
        script:
          - { at: 1s, do: alice.call bob }
        """;
    assertEquals(List.of("t.yaml:2:3: found a list of elements, each after '- '; expected a"
        + " mapping of names to settings: the same lines without the '- ', such as alice: {"
        + " kind: phone, ... }"), Scenarios.errors(text));
  }

  @Test
  @DisplayName("a flow step with a long arrow and a reason phrase is offered the step without"
      + " either")
  void arrowAndReasonPhrase() {
    assertEquals(List.of("t.yaml:9:15: '->' is not the flow arrow, which is '>' alone; did you"
        + " mean 'bob>alice 180'?",
        "t.yaml:9:41: '<' is not a flow arrow: a step names its sender first, from>to; did you"
        + " mean 'bob>alice 486'?",
        "t.yaml:9:65: '->' is not the flow arrow, which is '>' alone; did you mean 'bob>alice"
        + " 200 INVITE'?"),
        Scenarios.errors(Scenarios.BASE + "expect:\n  - flow: [bob->alice 180 Ringing,"
            + " alice<-bob 486 Busy Here, bob->alice 200 INVITE]\n"));
  }

  @Test
  @DisplayName("a state expectation timed with at: is told to say by:")
  void stateWithAt() {
    assertEquals(List.of("t.yaml:9:5: a state expectation has no 'by' (at: goes with script"
        + " steps and bindings; a state expectation says by:); expected such as { by: 4s, alice:"
        + " in-call }"),
        Scenarios.errors(Scenarios.BASE + "expect:\n  - { at: 5s, alice: in-call }\n"));
  }

  @Test
  @DisplayName("a loss written as a whole number without % is offered the percentage")
  void lossWithoutPercent() {
    assertEquals(List.of("t.yaml:8:29: '5' is above 1; did you mean '5%'? (a ratio is from 0%"
        + " to 100%, or from 0 to 1)"),
        Scenarios.errors(Scenarios.BASE + "network: { default: { loss: 5 } }\n"));
  }

  @Test
  @DisplayName("a step's key written at the left margin is told once, at the key, with the"
      + " column it belongs at")
  void keyAtTheLeftMargin() {
    assertEquals(List.of("t.yaml:8:1: 'do' is at the left margin, so YAML read it as a key of the"
        + " whole scenario, not of the script item on line 7; expected it indented like that"
        + " item's keys (column 5)"),
        Scenarios.errors(Scenarios.BASE.replace("  - { at: 1s, do: alice.call bob }\n",
            "  - at: 1s\ndo: alice.call bob\n")));
    assertEquals(List.of("t.yaml:10:1: 'alice' is at the left margin, so YAML read it as a key"
        + " of the whole scenario, not of the expect item on line 9; expected it indented like"
        + " that item's keys (column 5)"),
        Scenarios.errors(Scenarios.BASE + "expect:\n  - by: 4s\nalice: in-call\n"));
  }

  @Test
  @DisplayName("an unknown top-level key after a list is still told as unknown when the list's"
      + " items are written in { }")
  void unknownKeyAfterFlowItems() {
    assertEquals(List.of("t.yaml:8:1: unknown key 'colour' in the scenario; expected one of:"
        + " name, description, seed, timers, network, elements, script, expect"),
        Scenarios.errors(Scenarios.BASE + "colour: blue\n"));
  }
}
