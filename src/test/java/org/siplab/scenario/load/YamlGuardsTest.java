package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** YAML features a scenario file has no use for, refused where they are written. */
@DisplayName("a scenario file's YAML")
class YamlGuardsTest {

  @Test
  @DisplayName("with aliases of aliases (billion laughs) is refused at the alias over the limit")
  void aliasBomb() {
    StringBuilder text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'h'; c++) {
      String previous = "*" + (char) (c - 1);
      text.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    // Lines 2 to 6 hold 45 aliases of lists; the 51st is the sixth on line 7, at column 28.
    assertEquals(List.of("t.yaml:7:28: alias number 51 of a list or mapping, and siplab reads at"
            + " most 50: each repeats its anchor's whole value, so aliases of aliases can stand"
            + " for billions of values; expected the values written out"),
        Scenarios.errors(text + Scenarios.BASE));
  }

  @Test
  @DisplayName("with aliases of plain values only is read as usual")
  void scalarAliases() {
    String text = Scenarios.BASE.replace("address: 192.0.2.101", "address: &a 192.0.2.101")
        + "  - { at: 2s, do: alice.hangup }\n".repeat(60).replace("alice.hangup", "*h")
            .replaceFirst("\\*h", "&h alice.hangup");
    assertEquals(List.of(), Scenarios.errors(text));
  }

  @Test
  @DisplayName("with a tag asking for a type of value is refused at the tag, not silently dropped")
  void foreignTags() {
    assertEquals(List.of("t.yaml:8:7: the YAML tag '!!python/object:os.system' asks for a type"
            + " of value scenario files do not have (siplab reads each value as its key expects,"
            + " and would drop the tag); expected the value without it"),
        Scenarios.errors(Scenarios.BASE + "seed: !!python/object:os.system 1\n"));
    assertEquals(List.of("t.yaml:8:7: the YAML tag '!port' asks for a type of value scenario"
            + " files do not have (siplab reads each value as its key expects, and would drop the"
            + " tag); expected the value without it"),
        Scenarios.errors(Scenarios.BASE + "seed: !port 1\n"));
  }

  @Test
  @DisplayName("with a tag of YAML's core schema, such as !!str, is read as without it")
  void coreTags() {
    assertEquals(List.of(), Scenarios.errors(Scenarios.BASE + "seed: !!int 7\n"
        + "description: !!str plain words\n"));
  }
}
