package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("repeated diagnostics in text output")
class RepeatsTest {

  private static List<Repeats.Item> items(int... keys) {
    List<Repeats.Item> items = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      items.add(new Repeats.Item("error " + keys[i], 1, i + 1));
    }
    return items;
  }

  @Test
  @DisplayName("are printed three times, then counted once where the fourth would be")
  void firstThreeThenCount() {
    List<Repeats.Line> plan = Repeats.plan(items(7, 7, 1, 7, 7, 7, 2, 7));
    assertEquals(List.of(new Repeats.Full(0), new Repeats.Full(1), new Repeats.Full(2),
        new Repeats.Full(3), new Repeats.Rest(4, 3, 1, 8, false), new Repeats.Left(5),
        new Repeats.Full(6), new Repeats.Left(7)), plan);
    assertEquals("3 more of the same, the last at 1:8",
        ((Repeats.Rest) plan.get(4)).words());
  }

  @Test
  @DisplayName("are all printed when counting would save no more than one line")
  void fourAreAllPrinted() {
    assertEquals(List.of(new Repeats.Full(0), new Repeats.Full(1), new Repeats.Full(2),
        new Repeats.Full(3)), Repeats.plan(items(5, 5, 5, 5)));
  }

  @Test
  @DisplayName("at one place say so instead of naming the last place")
  void samePlace() {
    List<Repeats.Item> same = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      same.add(new Repeats.Item("x", 4, 2));
    }
    Repeats.Rest rest = (Repeats.Rest) Repeats.plan(same).get(3);
    assertEquals("3 more of the same at this place", rest.words());
  }

  @Test
  @DisplayName("keep every diagnostic accounted for, in order, and show no error more than four"
      + " times")
  void everyDiagnosticAccountedFor() {
    qt().withFixedSeed(20_261_127L).withExamples(300)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 60))
        .checkAssert(keys -> {
          int[] array = keys.stream().mapToInt(Integer::intValue).toArray();
          List<Repeats.Line> plan = Repeats.plan(items(array));
          assertEquals(array.length, plan.size());
          int counted = 0;
          Map<Integer, Integer> lines = new HashMap<>();
          for (int i = 0; i < plan.size(); i++) {
            Repeats.Line line = plan.get(i);
            int index = line instanceof Repeats.Full f ? f.index()
                : line instanceof Repeats.Rest r ? r.index() : ((Repeats.Left) line).index();
            assertEquals(i, index);
            if (!(line instanceof Repeats.Left)) {
              lines.merge(array[i], 1, Integer::sum);
            }
            counted += line instanceof Repeats.Rest r ? r.count()
                : line instanceof Repeats.Full ? 1 : 0;
          }
          assertEquals(array.length, counted);
          lines.values().forEach(n -> assertTrue(n <= Repeats.SHOWN + 1, "" + n));
        });
  }
}
