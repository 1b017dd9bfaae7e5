package org.siplab.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
