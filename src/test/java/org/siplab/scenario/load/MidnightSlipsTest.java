package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Slips of a tired student: a setting for a mapping, an ordinal, a message with no text. */
@DisplayName("a student's slips late at night")
class MidnightSlipsTest {

  private static final String BOB = "bob: { kind: phone, aor: sip:bob@example.com, address:"
      + " 192.0.2.102, proxy: proxy }";

  private static List<String> withBob(String keys) {
    return Scenarios.errors(Scenarios.BASE.replace(BOB, BOB.replace(" }", ", " + keys + " }")));
  }

  @Test
  @DisplayName("answer: 2s is offered answer's own key for a duration, { after: 2s }")
  void answerDuration() {
    assertEquals(List.of("t.yaml:5:93: found '2s'; expected the settings of answer as a mapping,"
        + " such as { after: 2s }"), withBob("answer: 2s"));
  }

  @Test
  @DisplayName("answer: busy is offered { with: busy }, and register: 60s { expires: 60s }")
  void answerChoiceAndRegister() {
    assertTrue(withBob("answer: busy").get(0).endsWith("such as { with: busy }"),
        withBob("answer: busy").toString());
    assertTrue(withBob("register: 60s").get(0).endsWith("such as { expires: 60s }"),
        withBob("register: 60s").toString());
  }

  @Test
  @DisplayName("a scalar that fits no key, or several, is given the mapping's usual example")
  void noSingleFit() {
    assertEquals(List.of("t.yaml:5:93: found 'true'; expected the settings of answer as a"
        + " mapping, such as { after: ..., with: ... }"), withBob("answer: true"));
  }

  @Test
  @DisplayName("nth: 1st, 2nd, third are offered the number alone")
  void ordinals() {
    String fault = "network: { faults: [{ drop: INVITE, from: alice, to: proxy, nth: NTH }] }\n";
    assertEquals(List.of("t.yaml:8:66: '2nd' is not a whole number; expected the number alone, 2"
        + " (a whole number from 1 to 2147483647)"),
        Scenarios.errors(Scenarios.BASE + fault.replace("NTH", "2nd")));
    assertEquals(List.of("t.yaml:8:66: 'third' is not a whole number; expected the number alone,"
        + " 3 (a whole number from 1 to 2147483647)"),
        Scenarios.errors(Scenarios.BASE + fault.replace("NTH", "third")));
  }

  @Test
  @DisplayName("any ordinal written with a suffix is offered its number; 0th, below nth's 1, is"
      + " not")
  void anyOrdinal() {
    String fault = "network: { faults: [{ drop: INVITE, from: alice, to: proxy, nth: NTH }] }\n";
    qt().withFixedSeed(20_261_127L).withExamples(100)
        .forAll(integers().between(1, 100_000), Generate.pick(List.of("st", "nd", "rd", "th",
            "ST", "Th")))
        .checkAssert((n, suffix) -> assertEquals(List.of("t.yaml:8:66: '" + n + suffix + "' is"
            + " not a whole number; expected the number alone, " + n + " (a whole number from 1"
            + " to 2147483647)"),
            Scenarios.errors(Scenarios.BASE + fault.replace("NTH", n + suffix))));
    assertEquals(List.of("t.yaml:8:66: '0th' is not a whole number; expected a whole number"
        + " from 1 to 2147483647"), Scenarios.errors(Scenarios.BASE + fault.replace("NTH", "0th")));
  }

  @Test
  @DisplayName("a MESSAGE with no text is told at the place after its target, with an example")
  void messageWithoutText() {
    assertEquals(List.of("t.yaml:7:36: alice.message needs <text...> after 'bob': text, to the"
        + " end of the line; expected alice.message <target> <text...>, such as alice.message"
        + " bob See you at five"),
        Scenarios.errors(Scenarios.BASE.replace("alice.call bob", "alice.message bob")));
  }
}
