package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.check.Catalog;
import org.siplab.check.Rule;

@DisplayName("the sections a misbehaviour's annotation cites")
class BrokenRulesTest {

  private static final Pattern SECTION = Pattern.compile("\\d+(\\.\\d+)*( steps? \\d+)?");

  @Test
  @DisplayName("are, for every rule of the catalog, the sections the catalog gives that rule")
  void sameAsTheCatalog() {
    for (Rule rule : Catalog.rules()) {
      String rfc = rule.info().rfc().replace("RFC 3261 ", "");
      List<String> sections = new ArrayList<>();
      Matcher m = SECTION.matcher(rfc);
      while (m.find()) {
        sections.add(m.group());
      }
      assertEquals(sections, BrokenRules.SECTIONS.get(rule.info().id()), rule.info().id());
    }
    assertEquals(Catalog.rules().size(), BrokenRules.SECTIONS.size());
  }

  @Test
  @DisplayName("name every rule of a range such as TIMER-001 to TIMER-004")
  void ranges() {
    assertEquals(List.of("17.1.1.2", "17.1.2.2", "17.2.1", "13.3.1.4"),
        BrokenRules.sections("half-t1 (the rule checker flags it as TIMER-001 to TIMER-004)"));
  }
}
