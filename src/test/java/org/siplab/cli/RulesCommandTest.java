package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.check.Catalog;
import org.siplab.check.Rule;

@DisplayName("siplab rules")
class RulesCommandTest {

  @Test
  @DisplayName("lists every rule of the catalog, in order, with its severity, title and section")
  void table() {
    CommandRun.Result run = CommandRun.run("rules");
    assertEquals(Main.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("32 rules: 27 error, 2 warning, 3 info.\n"), run.out());
    int at = 0;
    for (Rule rule : Catalog.rules()) {
      String line = "\n" + String.format(Locale.ROOT, "%-12s%-10s", rule.info().id(),
          rule.info().severity().label());
      int found = run.out().indexOf(line, at);
      assertTrue(found > at, rule.info().id() + " in order");
      at = found;
      assertTrue(run.out().contains(rule.info().rfc()), rule.info().rfc());
    }
  }

  @Test
  @DisplayName("wraps the quoted RFC text within 80 columns under the rule")
  void wrapped() {
    String out = CommandRun.run("rules").out();
    for (String line : out.split("\n")) {
      assertTrue(line.length() <= 80, line);
    }
    assertTrue(out.contains("\n                      \"Requests within a dialog MUST contain"
        + " strictly\n"), out);
  }

  @Test
  @DisplayName("--json gives one object a rule: id, title, rfc, severity, quote")
  void json() throws Exception {
    CommandRun.Result run = CommandRun.run("rules", "--json");
    assertEquals(Main.OK, run.exitCode(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(Catalog.rules().size(), root.size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode rule = root.get(i);
      List<String> keys = new ArrayList<>();
      Iterator<String> names = rule.fieldNames();
      names.forEachRemaining(keys::add);
      assertEquals(List.of("id", "title", "rfc", "severity", "quote"), keys);
      assertEquals(Catalog.rules().get(i).info().id(), rule.get("id").asText());
    }
    assertEquals("warning", root.get(11).get("severity").asText(), "CALLID-003 is a SHOULD");
    assertTrue(run.out().endsWith("}\n]\n"), "LF line ends and a final newline");
  }

  @Test
  @DisplayName("prints the same bytes every run")
  void deterministic() {
    assertEquals(CommandRun.run("rules").out(), CommandRun.run("rules").out());
    assertEquals(CommandRun.run("rules", "--json").out(),
        CommandRun.run("rules", "--json").out());
  }
}
