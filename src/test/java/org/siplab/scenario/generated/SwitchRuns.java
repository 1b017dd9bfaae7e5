package org.siplab.scenario.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.trace.Finding;
import org.siplab.trace.TraceEvent;

/**
 * The assertions the misbehaviour properties share: a file with one {@code misbehave:} switch
 * runs without an exception and twice to the same trace.json; and when the switch acted (the
 * sends differ from those of the same file without it), its rule is found and every error of
 * another rule is one the property allows it.
 */
final class SwitchRuns {

  private SwitchRuns() {}

  /**
   * Checks the file {@code spoiled} against {@code plain}, the same file without the switch.
   *
   * @param own the switch's rules, one of which must be found when it acted (none: no check)
   * @param allowed error rules of others that the switch may cause
   * @param sends the sends that tell whether it acted
   * @return whether the switch acted
   */
  static boolean check(String plain, String spoiled, Set<String> own, Set<String> allowed,
      Function<RunResult, List<String>> sends, String where) {
    return check(plain, spoiled, own, allowed, sends, result -> { }, where);
  }

  /**
   * {@link #check(String, String, Set, Set, Function, String)}, and when the switch acted,
   * {@code ownFinding} asserts more about its rule's finding in the run with the switch.
   */
  static boolean check(String plain, String spoiled, Set<String> own, Set<String> allowed,
      Function<RunResult, List<String>> sends, Consumer<RunResult> ownFinding, String where) {
    Scenario without = GeneratedRuns.load(plain, where);
    Scenario with = GeneratedRuns.load(spoiled, where);
    RunResult result = GeneratedRuns.run(with, where);
    assertEquals(GeneratedRuns.traceJson(result),
        GeneratedRuns.traceJson(GeneratedRuns.run(with, where)), "two runs differ " + where);
    boolean acted = !sends.apply(GeneratedRuns.run(without, where)).equals(sends.apply(result));
    if (!acted) {
      return false;
    }
    Set<String> rules = new TreeSet<>();
    result.findings().forEach(f -> rules.add(f.rule()));
    if (!own.isEmpty()) {
      assertTrue(rules.stream().anyMatch(own::contains),
          "acted, but no finding of " + own + ", only " + rules + " " + where);
      ownFinding.accept(result);
    }
    List<Finding> unexpected = result.findings().stream()
        .filter(f -> f.severity().equals("error"))
        .filter(f -> !own.contains(f.rule()) && !allowed.contains(f.rule())).toList();
    assertEquals(List.of(), unexpected, "error findings it does not cause " + where);
    return true;
  }

  /** The sends {@code which} picks: time, sender, receiver and wire text. */
  static List<String> sends(RunResult result, Predicate<TraceEvent.Send> which) {
    List<String> sends = new ArrayList<>();
    for (TraceEvent e : result.trace().events()) {
      if (e instanceof TraceEvent.Send s && which.test(s)) {
        sends.add(s.timeUs() + " " + s.from() + ">" + s.to() + "\n" + s.message());
      }
    }
    return sends;
  }
}
