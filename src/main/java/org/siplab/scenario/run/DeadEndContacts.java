package org.siplab.scenario.run;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.RedirectSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Calls that a redirect server's fixed {@code contacts:} table sent where no element is: the
 * caller follows the 302 (RFC 3261 section 8.1.3.4) to a contact that no element serves, and the
 * call fails at once, or with a proxy's 408 (section 16.6 step 7 finds no destination). The run
 * shows only the caller's failed call after a 302. A registrar's contacts come from the REGISTER
 * of an element that listens there; a fixed table is written by hand, so a wrong address in it
 * is the likely story, and the note says so.
 */
final class DeadEndContacts {

  private static final String FAILED = "call failed";
  /** The caller's note for a next target: {@code tries sip:bob@192.0.2.202 after 302 ...}. */
  private static final String TRIES = "tries";
  private static final String AFTER = " after ";
  private static final String NOWHERE = "no element serves ";

  private final Scenario scenario;
  private final StepEvents steps;
  /** Each contact of a fixed table, as its URI prints, to the redirect server listing it. */
  private final Map<String, String> tables = new LinkedHashMap<>();

  DeadEndContacts(Scenario scenario, StepEvents steps) {
    this.scenario = scenario;
    this.steps = steps;
    for (ElementSpec spec : scenario.elements().values()) {
      if (spec instanceof RedirectSpec r) {
        r.contacts().values().forEach(uris -> uris.forEach(
            uri -> tables.putIfAbsent(uri.toString(), r.core().name())));
      }
    }
  }

  /** The notes, one a call step whose call ended so, in the order of the script. */
  List<RunResult.DeadEndContact> notes(Trace trace) {
    if (tables.isEmpty()) {
      return List.of();
    }
    StepTallies tallies = new StepTallies();
    Map<ScriptStep, String> contactOf = new HashMap<>();
    List<TraceEvent> events = trace.events();
    for (int i = 0; i < events.size(); i++) {
      if (!(events.get(i) instanceof TraceEvent.Action a) || !a.action().equals(FAILED)) {
        continue;
      }
      Optional<String> contact = deadEnd(events, i, a.element());
      Optional<ScriptStep> step = contact.isEmpty() ? Optional.empty()
          : steps.stepOf(trace, a);
      if (step.isPresent()) {
        tallies.found(step.get(), a.timeUs(), "");
        contactOf.putIfAbsent(step.get(), contact.get());
      }
    }
    return tallies.notes(scenario.script(), (step, t) -> {
      String contact = contactOf.get(step);
      return new RunResult.DeadEndContact(step.position(), step.action().toString(), t.times(),
          t.firstUs(), tables.get(contact), contact, hint(contact));
    });
  }

  /**
   * The fixed contact that the call failing at event {@code failed} of {@code caller} last tried,
   * when an element said, between that try and the failure, that no element serves it.
   */
  private Optional<String> deadEnd(List<TraceEvent> events, int failed, String caller) {
    for (int i = failed - 1; i >= 0; i--) {
      if (!(events.get(i) instanceof TraceEvent.Action a) || !a.element().equals(caller)
          || a.detail() == null) {
        continue;
      }
      if (a.action().equals("calls")) {
        return Optional.empty();
      }
      if (a.action().equals(TRIES) && a.detail().contains(AFTER)) {
        String contact = a.detail().substring(0, a.detail().indexOf(AFTER));
        return tables.containsKey(contact) && saidNowhere(events, i, failed, contact)
            ? Optional.of(contact) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean saidNowhere(List<TraceEvent> events, int from, int to, String contact) {
    for (int i = from; i <= to; i++) {
      if (events.get(i) instanceof TraceEvent.Action a && a.detail() != null
          && a.detail().contains(NOWHERE + contact)) {
        return true;
      }
    }
    return false;
  }

  /** Where the phone that the contact's user part names listens, when one does. */
  private String hint(String contact) {
    String user = contact.startsWith("sip:") && contact.indexOf('@') > 0
        ? contact.substring(4, contact.indexOf('@')) : null;
    for (ElementSpec spec : scenario.elements().values()) {
      if (spec instanceof PhoneSpec p && user != null && user.equals(p.aor().user())) {
        return "; " + p.core().name() + " listens at " + p.core().address();
      }
    }
    return "";
  }
}
