package org.siplab.scenario.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.scenario.model.PbxSpec;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.RedirectSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Calls refused because the callee had no binding when the INVITE reached a location service:
 * a proxy's 404 or 480 (RFC 3261 section 16.5), a redirect server's (section 8.3), a PBX's 480
 * for a host=dynamic peer (section 21.4.18). The run shows only the caller's failed call; the
 * note says who refused and when, and when the callee's binding was made, had expired, or that
 * nobody registered it, so that a student sees a race of two steps at the same time.
 *
 * <p>Everything is read from the trace: the refusing element's own words for the request (which
 * name the address-of-record it looked up), the binding events of its location service, and the
 * events' causes back to the steps, as {@link FailedRegistrations} does. No note is made when
 * the trace shows a binding alive at the refusal, or one removed (an unregistration is a
 * different story).
 */
final class UnregisteredCallees {

  /** The phone's trace action for a call that ended without being answered. */
  private static final String FAILED = "call failed";

  /** The refusing element's words (proxy, redirect server, PBX) to the address they name. */
  private static final List<Pattern> NO_BINDING = List.of(
      Pattern.compile("^(\\S+) is not a user of "),
      Pattern.compile("^no binding for (\\S+): the user is known but not registered now"),
      Pattern.compile("^404: (\\S+) is not an address-of-record this server knows"),
      Pattern.compile("^480: no binding for (\\S+): the user is known but not registered now"),
      Pattern.compile("^answers 480: account (\\S+) is host=dynamic and has no registered"));

  private final Scenario scenario;
  private final StepEvents steps;

  UnregisteredCallees(Scenario scenario, StepEvents steps) {
    this.scenario = scenario;
    this.steps = steps;
  }

  /** A refusal for want of a binding: who sent it, and the callee as the refuser named it. */
  private record Refusal(TraceEvent.Send response, String callee, String service, boolean pbx) {}

  /** The notes, one a call step refused so, in the order of the script. */
  List<RunResult.UnregisteredCallee> notes(Trace trace) {
    StepTallies tallies = new StepTallies();
    Map<ScriptStep, RunResult.UnregisteredCallee> first = new HashMap<>();
    for (TraceEvent e : trace.events()) {
      if (!(e instanceof TraceEvent.Action a) || !a.action().equals(FAILED)
          || a.detail() == null || !(a.detail().startsWith("404 ")
              || a.detail().startsWith("480 "))) {
        continue;
      }
      Optional<ScriptStep> step = steps.stepOf(trace, a);
      Optional<Refusal> refusal = refusal(trace, a);
      if (step.isEmpty() || refusal.isEmpty()) {
        continue;
      }
      Optional<RunResult.UnregisteredCallee> note = note(trace, step.get(), a, refusal.get());
      if (note.isPresent()) {
        tallies.found(step.get(), a.timeUs(), "");
        first.putIfAbsent(step.get(), note.get());
      }
    }
    return tallies.notes(scenario.script(), (step, t) -> first.get(step).times(t.times()));
  }

  /**
   * The final response the call failed on, as its first sender wrote it, when that sender
   * refused it for want of a binding in a location service the scenario names.
   */
  private Optional<Refusal> refusal(Trace trace, TraceEvent failure) {
    TraceEvent.Send origin = null;
    for (long seq = failure.cause(); seq != TraceEvent.NO_CAUSE; ) {
      TraceEvent e = trace.event(seq);
      if (e instanceof TraceEvent.Send send) {
        if (!send.message().startsWith("SIP/")) {
          break;
        }
        origin = send;
      }
      seq = e.cause();
    }
    if (origin == null) {
      return Optional.empty();
    }
    Optional<String> service = locationService(origin.from());
    if (service.isEmpty()) {
      return Optional.empty();
    }
    // The refuser's note for the request is caused by the same delivery as its response.
    for (long seq = origin.cause(); seq < origin.seq(); seq++) {
      if (trace.event(seq) instanceof TraceEvent.Action a && a.cause() == origin.cause()
          && a.element().equals(origin.from()) && a.detail() != null) {
        for (Pattern p : NO_BINDING) {
          Matcher m = p.matcher(a.detail());
          if (m.find()) {
            boolean pbx = scenario.element(origin.from()).orElseThrow() instanceof PbxSpec;
            return Optional.of(new Refusal(origin, m.group(1), service.get(), pbx));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The element whose bindings {@code element} reads: its registrar, or a PBX itself. */
  private Optional<String> locationService(String element) {
    return scenario.element(element).flatMap(spec -> {
      if (spec instanceof ProxySpec p) {
        return p.registrar();
      } else if (spec instanceof RedirectSpec r) {
        return r.registrar();
      } else if (spec instanceof PbxSpec) {
        return Optional.of(element);
      }
      return Optional.empty();
    });
  }

  /**
   * The note when the binding events of the location service agree that the callee had no
   * binding at the refusal: none made yet, or the last one expired.
   */
  private Optional<RunResult.UnregisteredCallee> note(Trace trace, ScriptStep step,
      TraceEvent failure, Refusal refusal) {
    long refusedAt = refusal.response().seq();
    int alive = 0;
    String last = null;
    long lastUs = 0;
    TraceEvent.Binding later = null;
    for (TraceEvent e : trace.events()) {
      if (!(e instanceof TraceEvent.Binding b) || !b.element().equals(refusal.service())
          || !sameCallee(b.aor(), refusal)) {
        continue;
      }
      if (b.seq() > refusedAt) {
        if (later == null && b.action().equals("added")) {
          later = b;
        }
        continue;
      }
      alive += switch (b.action()) {
        case "added" -> 1;
        case "refreshed" -> 0;
        default -> -1;
      };
      last = b.action();
      lastUs = b.timeUs();
    }
    if (alive > 0 || last != null && !last.equals("expired")) {
      return Optional.empty();
    }
    String status = refusal.response().message().lines().findFirst().orElseThrow()
        .substring("SIP/2.0 ".length());
    String answer = refusal.response().from() + " answered " + status + " at "
        + RunTimes.seconds(refusal.response().timeUs());
    String callee = refusal.pbx() ? "account " + refusal.callee() : refusal.callee();
    RunResult.UnregisteredCallee.Binding story;
    if (last != null) {
      story = new RunResult.UnregisteredCallee.Expired(lastUs);
    } else if (later != null) {
      Optional<ScriptStep> by = steps.stepOf(trace, later);
      story = new RunResult.UnregisteredCallee.MadeLater(
          by.map(s -> s.action().toString()).orElse(""),
          by.map(ScriptStep::position).orElse(null), later.timeUs());
    } else {
      story = new RunResult.UnregisteredCallee.Never(refusal.service());
    }
    return Optional.of(new RunResult.UnregisteredCallee(step.position(),
        step.action().toString(), 1, failure.timeUs(), answer, callee, story));
  }

  /**
   * Whether a binding's address-of-record is the callee's: the same key at a registrar; at a
   * PBX, the same user part, since the account is what it looks up (chan_sip's peer name).
   */
  private static boolean sameCallee(String aor, Refusal refusal) {
    if (!refusal.pbx()) {
      return aor.equals(refusal.callee());
    }
    int colon = aor.indexOf(':');
    int at = aor.indexOf('@');
    return colon >= 0 && at > colon && aor.substring(colon + 1, at).equals(refusal.callee());
  }
}
