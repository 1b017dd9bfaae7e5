package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.siplab.element.LocationService;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.FlowItem;
import org.siplab.trace.Finding;
import org.siplab.trace.TraceEvent;

/**
 * Judges a scenario's expectations. States and bindings are looked at at their time during the run
 * (a probe scheduled before the run starts, so it sees the state as it stands when that instant
 * begins); flows and findings are judged from the trace afterwards.
 */
final class Expectations {

  private final Simulation sim;
  private final Map<String, ElementAdapter> adapters;
  /** What each probe saw, by the expectation it serves (compared by identity). */
  private final Map<Expectation, String> seen = new IdentityHashMap<>();

  Expectations(Simulation sim, Map<String, ElementAdapter> adapters) {
    this.sim = sim;
    this.adapters = adapters;
  }

  /** When an expectation looks: its {@code by} or {@code at} time, else 0 (judged at the end). */
  static long timeOf(Expectation e) {
    if (e instanceof Expectation.State s) {
      return s.by().micros();
    }
    if (e instanceof Expectation.Bindings b && b.at().isPresent()) {
      return b.at().get().micros();
    }
    return 0;
  }

  void scheduleProbes(List<Expectation> expectations) {
    for (Expectation e : expectations) {
      if (e instanceof Expectation.State s) {
        sim.scheduler().scheduleAt(s.by().micros(),
            () -> seen.put(e, adapters.get(s.element()).state()));
      } else if (e instanceof Expectation.Bindings b && b.at().isPresent()) {
        sim.scheduler().scheduleAt(b.at().get().micros(), () -> seen.put(e, bindingsNow(b)));
      }
    }
  }

  List<RunResult.Verdict> judge(List<Expectation> expectations, List<Finding> findings) {
    List<RunResult.Verdict> verdicts = new ArrayList<>();
    for (Expectation e : expectations) {
      verdicts.add(judge(e, findings));
    }
    return verdicts;
  }

  private RunResult.Verdict judge(Expectation e, List<Finding> findings) {
    if (e instanceof Expectation.State s) {
      String actual = seen.get(e);
      if (actual == null) {
        // A runaway stops the run before the time of the expectation: nothing was looked at.
        return new RunResult.Verdict(e, false, "the run ended before " + s.by() + ", so "
            + s.element() + " was not looked at; expected " + s.state());
      }
      boolean met = actual.equals(s.state());
      return new RunResult.Verdict(e, met, s.element() + " is " + actual + " at " + s.by()
          + (met ? "" : ", expected " + s.state()
              + lastChange(s.element(), actual, s.by().micros())));
    }
    if (e instanceof Expectation.Flow f) {
      FlowMatcher.Outcome o = FlowMatcher.match(f.items(),
          SentMessages.of(sim.trace(), f.includeRetransmissions()));
      return new RunResult.Verdict(e, o.matched(), o.explanation());
    }
    if (e instanceof Expectation.Bindings b) {
      String expected = expectedBindings(b);
      String actual = b.at().isPresent() ? seen.getOrDefault(e, "(not looked at)")
          : bindingsNow(b);
      return new RunResult.Verdict(e, actual.equals(expected), "bindings "
          + (b.at().isPresent() ? "at " + b.at().get() : "at the end") + ": " + actual
          + (actual.equals(expected) ? "" : "; expected " + expected));
    }
    Expectation.Findings f = (Expectation.Findings) e;
    TreeSet<String> actual = new TreeSet<>();
    for (Finding finding : findings) {
      actual.add(finding.rule());
    }
    TreeSet<String> expected = new TreeSet<>(f.ruleIds());
    boolean met = actual.equals(expected);
    return new RunResult.Verdict(e, met, "findings " + (actual.isEmpty() ? "none" : actual)
        + (met ? "" : "; expected " + (expected.isEmpty() ? "none" : expected)));
  }

  /**
   * Why an element is in the state a failed expectation found it in: the last change into that
   * state up to the probe's time ({@code ; it went calling -> ended at 1.02s, on proxy's SIP/2.0
   * 404 Not Found}), naming the delivered message that caused it; "" when it never changed. At
   * the probe's own instant some events come before it (script steps) and some after, so a change
   * counts only if it leads to the state the probe saw.
   */
  private String lastChange(String element, String seen, long byUs) {
    TraceEvent.Action last = null;
    for (TraceEvent event : sim.trace().events()) {
      if (event.timeUs() > byUs) {
        break;
      }
      if (event instanceof TraceEvent.Action a && a.element().equals(element)
          && a.action().equals("state") && a.detail().endsWith("-> " + seen)) {
        last = a;
      }
    }
    if (last == null) {
      return "";
    }
    String on = "";
    TraceEvent cause = event(last.cause());
    if (cause instanceof TraceEvent.Deliver d && event(d.cause()) instanceof TraceEvent.Send send) {
      on = ", on " + send.from() + "'s " + send.firstLine();
    } else if (cause instanceof TraceEvent.Action step && step.action().startsWith(element + ".")) {
      on = ", on the script step " + step.action();
    }
    return "; it went " + last.detail() + " at " + RunTimes.seconds(last.timeUs()) + on;
  }

  /** The trace event of sequence number {@code seq}, or null. */
  private TraceEvent event(long seq) {
    List<TraceEvent> events = sim.trace().events();
    int at = (int) Math.min(Math.max(seq - 1, 0), events.size() - 1);
    if (!events.isEmpty() && events.get(at).seq() == seq) {
      return events.get(at);
    }
    for (TraceEvent event : events) {
      if (event.seq() == seq) {
        return event;
      }
    }
    return null;
  }

  private String bindingsNow(Expectation.Bindings b) {
    List<String> sb = new ArrayList<>();
    for (Expectation.Binding binding : b.bindings()) {
      LocationService ls = adapters.get(binding.registrar()).locationService().orElseThrow(() ->
          new IllegalStateException(binding.registrar() + " keeps no bindings"));
      TreeSet<String> contacts = new TreeSet<>();
      for (LocationService.Binding x : ls.lookup(binding.aor().aorKey())) {
        contacts.add(x.contact().uri().toString());
      }
      sb.add(binding.registrar() + " " + binding.aor() + " " + contacts);
    }
    return String.join("; ", sb);
  }

  private static String expectedBindings(Expectation.Bindings b) {
    List<String> sb = new ArrayList<>();
    for (Expectation.Binding binding : b.bindings()) {
      TreeSet<String> contacts = new TreeSet<>();
      binding.contacts().forEach(u -> contacts.add(u.toString()));
      sb.add(binding.registrar() + " " + binding.aor() + " " + contacts);
    }
    return String.join("; ", sb);
  }

  /** The steps of a flow as written, for messages. */
  static String describe(List<FlowItem> items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(FlowMatcher.describe(i)));
    return String.join(", ", out);
  }
}
