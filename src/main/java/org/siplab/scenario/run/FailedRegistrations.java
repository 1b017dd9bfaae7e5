package org.siplab.scenario.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.scenario.model.PbxSpec;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.RegistrarSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Registrations that a step started and that failed once the registrar had answered or had
 * stayed silent (RFC 3261 sections 10.2 and 22.2), given back as notes. Without one, a run whose
 * call fails tells only the call's side: a student whose phone was given the wrong password sees
 * "expected in-call ... 480 Temporarily Unavailable" and not that the callee never registered.
 *
 * <p>Each failure is traced back to its step through the events' causes (trace.json's
 * {@code cause}), so that a refresh that fails an hour later still points at the step that
 * registered. A step that failed before sending anything is {@link UnsentSteps}' to tell.
 */
final class FailedRegistrations {

  /** The phone's trace action for a failed registration (element/phone/Registration). */
  private static final String FAILED = "registration failed";

  private final Scenario scenario;
  private final StepEvents steps;

  FailedRegistrations(Scenario scenario, StepEvents steps) {
    this.scenario = scenario;
    this.steps = steps;
  }

  /** The notes, one a step whose registration failed, in the order of the script. */
  List<RunResult.FailedRegistration> notes(Trace trace) {
    StepTallies tallies = new StepTallies();
    Map<ScriptStep, String> answerers = new HashMap<>();
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Action a && a.action().equals(FAILED) && a.detail() != null) {
        stepOf(trace, a).ifPresent(step -> {
          tallies.found(step, a.timeUs(), a.detail());
          answerers.putIfAbsent(step, answerer(trace, a).orElse(""));
        });
      }
    }
    return tallies.notes(scenario.script(), (step, t) -> new RunResult.FailedRegistration(
        step.position(), step.action().toString(), t.times(), t.firstUs(), t.detail(),
        hints(step.action().element(), answerers.get(step))));
  }

  private String hints(String phone, String answerer) {
    String answered = new RegistrarAnswerers(scenario).hint(phone, answerer);
    String password = passwordHint(phone);
    return answered.isEmpty() || password.isEmpty() ? answered + password
        : answered + "; " + password;
  }

  /**
   * The element that wrote the final response the registration failed on: the first sender of
   * it, back along the causes, before the proxies that passed it on. Empty when it timed out.
   */
  private static Optional<String> answerer(Trace trace, TraceEvent failure) {
    String answerer = null;
    for (long seq = failure.cause(); seq != TraceEvent.NO_CAUSE; ) {
      TraceEvent e = trace.event(seq);
      if (e instanceof TraceEvent.Send send) {
        if (!send.message().startsWith("SIP/")) {
          break;
        }
        answerer = send.from();
      }
      seq = e.cause();
    }
    return Optional.ofNullable(answerer);
  }

  /**
   * The step the failure goes back to, when a message or a timer lies between them: a failure
   * caused by the step's own event is one at once, before anything was sent.
   */
  private Optional<ScriptStep> stepOf(Trace trace, TraceEvent failure) {
    boolean answeredOrTimedOut = false;
    for (long seq = failure.cause(); seq != TraceEvent.NO_CAUSE; ) {
      ScriptStep step = steps.stepAt(seq);
      if (step != null) {
        return answeredOrTimedOut ? Optional.of(step) : Optional.empty();
      }
      TraceEvent e = trace.event(seq);
      answeredOrTimedOut |= e instanceof TraceEvent.Deliver || e instanceof TraceEvent.Timer;
      seq = e.cause();
    }
    return Optional.empty();
  }

  /**
   * Section 22.2: credentials are the user's name and password as the server knows them. When
   * the scenario gives the phone no password, or one that an element that authenticates lists
   * otherwise for the same user, that is said; the failure itself may have had another cause.
   */
  private String passwordHint(String phoneName) {
    Optional<PhoneSpec> phone = scenario.element(phoneName)
        .filter(e -> e instanceof PhoneSpec).map(e -> (PhoneSpec) e);
    if (phone.isEmpty()) {
      return "";
    }
    String user = phone.get().user();
    Optional<String> password = phone.get().password();
    for (RegistrarSpec r : scenario.elementsOf(RegistrarSpec.class)) {
      String hint = hint(phoneName, user, password, r.users().get(user), r.name(), "its users:");
      if (!hint.isEmpty()) {
        return hint;
      }
    }
    for (ProxySpec p : scenario.elementsOf(ProxySpec.class)) {
      String known = p.auth().map(a -> a.users().get(user)).orElse(null);
      String hint = hint(phoneName, user, password, known, p.name(), "its users:");
      if (!hint.isEmpty()) {
        return hint;
      }
    }
    for (PbxSpec x : scenario.elementsOf(PbxSpec.class)) {
      PbxSpec.Account account = x.accounts().get(user);
      String known = account == null ? null : account.secret().orElse(null);
      String hint = hint(phoneName, user, password, known, x.name(),
          "the secret: of its account");
      if (!hint.isEmpty()) {
        return hint;
      }
    }
    return "";
  }

  /**
   * The hint when {@code server}'s password for {@code user}, {@code known} (null when it has
   * none), is not the phone's: {@code alice's password: is not the one registrar has for user
   * alice (its users:)}.
   */
  private static String hint(String phone, String user, Optional<String> password, String known,
      String server, String where) {
    if (known == null || password.isPresent() && password.get().equals(known)) {
      return "";
    }
    String has = server + " has for user " + user + " (" + where + ")";
    return password.isEmpty() ? phone + " has no password:, but " + server + " has one for user "
        + user + " (" + where + ")" : phone + "'s password: is not the one " + has;
  }
}
