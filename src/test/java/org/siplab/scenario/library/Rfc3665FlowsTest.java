package org.siplab.scenario.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.siplab.codec.SipParser;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.FlowItem;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Each flow of RFC 3665 (sections 2.1 to 2.5 and 3.1 to 3.11, as extracted in the corpus's
 * flows.tsv) has its scenario in {@code scenarios/rfc3665/}, and the scenario's flow expectation
 * lists every step of the RFC's flow, in the RFC's order, with nothing left out ({@code ...}).
 */
@DisplayName("the RFC 3665 scenarios and the RFC's flows")
class Rfc3665FlowsTest {

  private static final Path FLOWS = Path.of("src/test/resources/corpus/rfc3665/flows.tsv");
  private static final Path FOLDER = Library.ROOT.resolve("rfc3665");

  /** The RFC's names for the parties, as element names. */
  private static final Map<String, String> ELEMENTS = Map.of(
      "Alice", "alice", "Bob", "bob", "Proxy 1", "proxy-1", "Proxy 2", "proxy-2",
      "Proxy 3", "proxy-3", "SIP Server", "sip-server", "Redirect Server", "redirect-server",
      "SIP ALG", "sip-alg");

  /**
   * Two F-lines of section 3.6 name the party otherwise: F2 comes from "Redirect Proxy", the
   * redirect server of F1 and F3; F10 from "Proxy", which is Proxy 3 of F9 and F11.
   */
  private static final Map<String, String> LABEL_TYPOS = Map.of(
      "3.6 F2 Redirect Proxy", "redirect-server", "3.6 F10 Proxy", "proxy-3");

  /**
   * Where the scenarios follow RFC 3261 instead (the corpus's NOTES.md): in 3.10 Proxy 2 has no
   * final response from any branch, so section 16.7 step 6 makes it send 408, not 480.
   */
  private static final Map<String, String> RFC3261_INSTEAD = Map.of(
      "3.10 F12", "408", "3.10 F14", "408");

  /**
   * Sections 2.2 to 2.4 are separate examples that each start after a registration; their
   * scenarios register first (the four steps of 2.1), then take the step of interest.
   */
  private static final List<String> REGISTRATION_FIRST = List.of("2.2", "2.3", "2.4");

  /** One step of a flow: {@code alice>proxy-1 INVITE} or {@code proxy-1>alice 407}. */
  private record Step(String from, String to, String message) {
    @Override
    public String toString() {
      return from + ">" + to + " " + message;
    }
  }

  /** One flow of flows.tsv: its steps, and whether some are retransmissions. */
  private record RfcFlow(String id, String title, List<Step> steps, boolean retransmits) {}

  private static Map<String, RfcFlow> rfcFlows() {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    List<String> lines = Library.read(FLOWS).lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
    }
    Map<String, RfcFlow> flows = new LinkedHashMap<>();
    rows.forEach((id, cells) -> {
      List<Step> steps = new ArrayList<>();
      boolean retransmits = false;
      for (String[] c : cells) {
        String where = id + " " + c[2];
        String message = RFC3261_INSTEAD.getOrDefault(where, c[5].split(" ")[0]);
        steps.add(new Step(element(where, c[3]), element(where, c[4]), message));
        retransmits |= c[6].startsWith("Same as") || c[6].startsWith("Resend of");
      }
      flows.put(id, new RfcFlow(id, cells.get(0)[1], steps, retransmits));
    });
    return flows;
  }

  private static String element(String where, String rfcName) {
    String name = LABEL_TYPOS.getOrDefault(where + " " + rfcName, ELEMENTS.get(rfcName));
    if (name == null) {
      throw new AssertionError(where + ": no element name for the RFC's \"" + rfcName + "\"");
    }
    return name;
  }

  @Test
  @DisplayName("flows.tsv has the sixteen flows, 2.1 to 2.5 and 3.1 to 3.11, 193 steps in all")
  void corpusHasSixteenFlows() {
    Map<String, RfcFlow> flows = rfcFlows();
    assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5",
        "3.6", "3.7", "3.8", "3.9", "3.10", "3.11"), List.copyOf(flows.keySet()));
    assertEquals(193, flows.values().stream().mapToInt(f -> f.steps().size()).sum());
  }

  @TestFactory
  @DisplayName("each RFC flow has its scenario, whose one flow expectation lists every step of"
      + " the RFC, in order")
  Stream<DynamicTest> eachFlowHasItsScenario() {
    return rfcFlows().values().stream().map(flow -> DynamicTest.dynamicTest(
        flow.id() + " " + flow.title(), () -> matches(flow)));
  }

  private static void matches(RfcFlow flow) {
    Path file = scenarioOf(flow.id());
    Scenario scenario = Library.load(file);
    List<Expectation.Flow> expectations = scenario.expectations().stream()
        .filter(e -> e instanceof Expectation.Flow).map(e -> (Expectation.Flow) e).toList();
    assertEquals(1, expectations.size(), file + " has one flow expectation");
    Expectation.Flow expected = expectations.get(0);
    assertEquals(flow.retransmits(), expected.includeRetransmissions(), file
        + ": retransmissions: include exactly when the RFC lists retransmissions");
    List<Step> rfc = new ArrayList<>();
    if (REGISTRATION_FIRST.contains(flow.id())) {
      rfc.addAll(rfcFlows().get("2.1").steps());
    }
    rfc.addAll(flow.steps());
    int at = 0;
    for (FlowItem item : expected.items()) {
      if (item instanceof FlowItem.Gap gap) {
        fail(gap.position() + ": a flow of RFC 3665 lists every step, without ...");
      }
      List<FlowItem.Message> group = item instanceof FlowItem.AnyOrder any ? any.messages()
          : List.of((FlowItem.Message) item);
      if (at + group.size() > rfc.size()) {
        fail(file + ": the flow has more steps than the RFC's " + rfc.size() + ": " + item);
      }
      List<Step> rfcSteps = new ArrayList<>(rfc.subList(at, at + group.size()));
      for (FlowItem.Message m : group) {
        Step step = new Step(m.from(), m.to(), m.pattern().toString());
        assertTrue(rfcSteps.remove(step), m.position() + ": " + step
            + " where the RFC has " + rfc.subList(at, at + group.size()));
      }
      at += group.size();
    }
    assertEquals(rfc.size(), at, file + ": the flow lists " + at + " steps, the RFC "
        + rfc.size());
  }

  @TestFactory
  @DisplayName("an any-order group holds only messages that leave one element at one instant of"
      + " the run, where the RFC's own order is not consistent")
  Stream<DynamicTest> anyOrderOnlyForSimultaneousSends() {
    return Library.scenarioFiles(FOLDER).stream().map(file -> DynamicTest.dynamicTest(
        FOLDER.relativize(file).toString(), () -> simultaneousInEveryGroup(file)));
  }

  private static void simultaneousInEveryGroup(Path file) {
    Scenario scenario = Library.load(file);
    List<FlowItem.AnyOrder> groups = scenario.expectations().stream()
        .filter(e -> e instanceof Expectation.Flow).flatMap(e -> ((Expectation.Flow) e).items()
            .stream()).filter(i -> i instanceof FlowItem.AnyOrder)
        .map(i -> (FlowItem.AnyOrder) i).toList();
    if (groups.isEmpty()) {
      return;
    }
    Trace trace = ScenarioRunner.run(scenario, scenario.seed()).trace();
    for (FlowItem.AnyOrder group : groups) {
      String sender = group.messages().get(0).from();
      for (FlowItem.Message m : group.messages()) {
        assertEquals(sender, m.from(), group.position() + ": an any-order group holds messages"
            + " of one sender");
      }
      // Some instant at which the sender sends every message of the group.
      boolean together = trace.events().stream()
          .filter(e -> e instanceof TraceEvent.Send s && s.from().equals(sender))
          .map(TraceEvent::timeUs).distinct().anyMatch(t -> group.messages().stream()
              .allMatch(m -> sentAt(trace, m, t)));
      assertTrue(together, group.position() + ": " + group.messages() + " do not leave "
          + sender + " at one instant");
    }
  }

  private static boolean sentAt(Trace trace, FlowItem.Message step, long timeUs) {
    return trace.events().stream().anyMatch(e -> e instanceof TraceEvent.Send s
        && s.timeUs() == timeUs && s.from().equals(step.from()) && s.to().equals(step.to())
        && step.pattern().matches(SipParser.parse(s.message()).message()));
  }

  /** The one file of scenarios/rfc3665 named after the flow: {@code 3.1-...yaml}. */
  private static Path scenarioOf(String id) {
    List<Path> named = Library.scenarioFiles(FOLDER).stream()
        .filter(p -> p.getFileName().toString().startsWith(id + "-")).toList();
    assertEquals(1, named.size(), "one scenario for RFC 3665 section " + id + " in " + FOLDER
        + ": " + named);
    return named.get(0);
  }
}
