package org.siplab.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("did you mean")
class SuggestTest {

  private static final List<String> NAMES = List.of("alice", "bob", "proxy", "registrar");

  @Test
  @DisplayName("suggests the name two letters swapped away")
  void swap() {
    assertEquals(Optional.of("bob"), Suggest.closest("bbo", NAMES));
  }

  @Test
  @DisplayName("suggests a name a letter short, long or wrong")
  void oneEdit() {
    assertEquals(Optional.of("registrar"), Suggest.closest("registar", NAMES));
    assertEquals(Optional.of("proxy"), Suggest.closest("proxyy", NAMES));
    assertEquals(Optional.of("alice"), Suggest.closest("alise", NAMES));
  }

  @Test
  @DisplayName("ignores case, so a method in lower case gets its upper-case name")
  void caseIgnored() {
    assertEquals(Optional.of("INVITE"), Suggest.closest("invite", List.of("ACK", "INVITE")));
  }

  @Test
  @DisplayName("suggests nothing for a word far from every name, and lists the names instead")
  void farWord() {
    assertEquals(Optional.empty(), Suggest.closest("carol", NAMES));
    assertEquals("; expected one of: alice, bob, proxy, registrar",
        Suggest.hint("carol", NAMES, "a name"));
    assertEquals("; expected a name", Suggest.hint("carol", List.of(), "a name"));
  }

  @Test
  @DisplayName("tolerates fewer edits in a short word")
  void shortWords() {
    assertEquals(Optional.empty(), Suggest.closest("xy", List.of("ab")));
    assertEquals(Optional.of("ab"), Suggest.closest("ax", List.of("ab")));
  }

  @Test
  @DisplayName("suggests nothing for a name with another number, which is another name")
  void otherNumber() {
    assertEquals(Optional.empty(), Suggest.closest("T3", List.of("T1", "T2", "T4")));
    assertEquals(Optional.empty(), Suggest.closest("T5", List.of("T1", "T2", "T4")));
    assertEquals(Optional.empty(), Suggest.closest("G723", List.of("PCMU", "G722", "G729")));
    assertEquals(Optional.empty(), Suggest.closest("CSEQ-009", List.of("CSEQ-001", "CSEQ-008")));
    assertEquals("; expected one of: T1, T2, T4", Suggest.hint("T3", List.of("T1", "T2", "T4"),
        "a timer"));
  }

  @Test
  @DisplayName("still suggests a name whose digits were swapped, or whose letters were slipped")
  void digitSlips() {
    assertEquals(Optional.of("CSEQ-001"), Suggest.closest("CSEQ-010", List.of("CSEQ-001")));
    assertEquals(Optional.of("T1"), Suggest.closest("t1", List.of("T1", "T2", "T4")));
    assertEquals(Optional.of("G729"), Suggest.closest("G729a", List.of("G722", "G729")));
    assertEquals(Optional.of("proxy-2"), Suggest.closest("proxy2", List.of("proxy-1", "proxy-2")));
  }

  @Test
  @DisplayName("never offers a name for the same name with one digit changed")
  void noNameForAnotherDigit() {
    qt().withFixedSeed(20_261_127L).withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 8), integers().between(0, 9),
            integers().between(1, 9), strings().allPossible().ofLengthBetween(0, 8))
        .checkAssert((head, digit, shift, tail) -> {
          String name = head + digit + tail;
          String other = head + (digit + shift) % 10 + tail;
          assertEquals(Optional.empty(), Suggest.closest(other, List.of(name)), other);
        });
  }
}
