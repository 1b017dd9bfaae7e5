package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.siplab.element.Element;
import org.siplab.element.phone.Misbehaviour;
import org.siplab.element.phone.Phone;
import org.siplab.element.phone.PhoneConfig;
import org.siplab.element.phone.PhoneEvent;
import org.siplab.element.phone.PhoneState;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.Argument;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.TraceEvent;

/** The scenario's {@code kind: phone} as a {@link Phone}, with its script actions and events. */
final class PhoneAdapters {

  /** The actions that act on the phone's call, and so do nothing when it has none. */
  static final Set<String> CALL_ACTIONS = Set.of("answer", "decline", "busy", "hangup", "cancel",
      "hold", "resume", "reinvite", "info");

  /**
   * The states in which a phone has no call in progress (PhoneState: while a call is in progress
   * the state is the call's), so that each of {@link #CALL_ACTIONS} is only noted in the trace.
   */
  private static final Set<PhoneState> NO_CALL =
      EnumSet.of(PhoneState.IDLE, PhoneState.REGISTERED, PhoneState.ENDED);

  /** The actions that end in a {@link PhoneEvent#REGISTRATION_FAILED} when they cannot send. */
  private static final Set<String> REGISTER_ACTIONS = Set.of("register", "unregister",
      "unregister-all", "query");

  /** The actions that send a request standing alone, and only note it when they cannot. */
  private static final Set<String> ERRAND_ACTIONS = Set.of("options", "message");

  /**
   * How the phone's line notes a call action it refused ({@code Line}): "nothing to answer",
   * "nothing to cancel", "cannot hold"...
   */
  private static final Set<String> REFUSED = Set.of("nothing to answer", "nothing to hang up",
      "nothing to cancel", MisfitSteps.ALREADY_CANCELLING);

  /** How the failure of a call step on a busy line begins, which the runner tells as it is. */
  static final String BUSY = "the line is busy: ";

  private PhoneAdapters() {}

  /**
   * What the phone did while the runner performed one action on it: the failure it reported at
   * once, before any time passed. A response comes back only through the network, later in
   * virtual time, so a call or REGISTER that failed during its own step sent nothing.
   */
  private static final class Performing {
    Action action;
    String failure;
    String misfit;

    void heard(PhoneEvent event, String detail) {
      if (action == null || failure != null) {
        return;
      }
      boolean call = event == PhoneEvent.FAILED && action.name().equals("call");
      boolean register = event == PhoneEvent.REGISTRATION_FAILED
          && REGISTER_ACTIONS.contains(action.name());
      if (call || register) {
        failure = detail;
      }
    }
  }

  static ElementAdapter adapter(PhoneSpec spec, Scenario scenario, Simulation sim) {
    Phone phone = new Phone(spec.name(), config(spec), element -> aorOf(scenario, element));
    Map<String, List<Runnable>> listeners = new LinkedHashMap<>();
    Performing performing = new Performing();
    phone.listen((p, event, detail) -> {
      performing.heard(event, detail);
      for (Runnable r : listeners.getOrDefault(event.label(), List.of())) {
        r.run();
      }
    });
    return new ElementAdapter() {
      @Override
      public Element element() {
        return phone;
      }

      @Override
      public void perform(Action action) {
        performing.action = action;
        performing.failure = null;
        performing.misfit = null;
        int before = sim.trace().events().size();
        PhoneState was = phone.phoneState();
        // A phone places one call at a time: a call step while its line is busy is only noted
        // in the trace ("cannot call"), and the step sends nothing.
        String busyWith = action.name().equals("call") && !NO_CALL.contains(phone.phoneState())
            ? phone.state() : null;
        try {
          PhoneAdapters.perform(phone, action);
        } finally {
          performing.action = null;
        }
        // An OPTIONS or MESSAGE that cannot be sent fires no event: the phone only notes it.
        if (ERRAND_ACTIONS.contains(action.name()) && !sentSince(sim, before, phone.name())) {
          performing.failure = "no element serves the target and " + phone.name()
              + " has no outbound proxy";
        }
        // A call action in a state with a call that is not one it can act on (an answer while
        // talking, a hold while ringing) is only noted in the trace by the phone's line.
        TraceEvent.Action refusal = CALL_ACTIONS.contains(action.name())
            && !NO_CALL.contains(was) ? refusalSince(sim, before, phone.name()) : null;
        if (refusal != null) {
          performing.misfit = refusal.action().equals(MisfitSteps.ALREADY_CANCELLING)
              ? MisfitSteps.alreadyCancelling(phone.name(), was, refusal.detail())
              : MisfitSteps.why(phone.name(), action.name(), was);
        }
        if (busyWith != null) {
          performing.failure = BUSY + phone.name() + "'s line was busy with a call (it was "
              + busyWith + "), and a phone places one call at a time; time the step after that"
              + " call ends, or end it first (" + phone.name() + ".hangup)";
        }
        if (action.name().equals("move")) {
          // The phone's socket stays bound where it was; the DNS stand-in leads its new address
          // to it, so that requests to the new Contact (RFC 3665 section 3.7, F12) reach it.
          sim.serveDomain(((Argument.Address) action.arguments().get(0)).address().address(),
              phone.name());
        }
      }

      @Override
      public Optional<String> noCallFor(Action action) {
        return CALL_ACTIONS.contains(action.name()) && NO_CALL.contains(phone.phoneState())
            ? Optional.of(phone.state()) : Optional.empty();
      }

      @Override
      public Optional<String> misfitFor(Action action) {
        return Optional.ofNullable(performing.misfit);
      }

      @Override
      public Optional<String> failedAtOnce(Action action) {
        return Optional.ofNullable(performing.failure);
      }

      @Override
      public void on(String event, Runnable listener) {
        listeners.computeIfAbsent(event, e -> new ArrayList<>()).add(listener);
      }
    };
  }

  /** Whether {@code element} sent a datagram among the trace's events from {@code from} on. */
  private static boolean sentSince(Simulation sim, int from, String element) {
    List<TraceEvent> events = sim.trace().events();
    for (int i = from; i < events.size(); i++) {
      if (events.get(i) instanceof TraceEvent.Send send && send.from().equals(element)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The note with which {@code element}'s line refused a call action among the events from
   * {@code from} on, or null.
   */
  private static TraceEvent.Action refusalSince(Simulation sim, int from, String element) {
    List<TraceEvent> events = sim.trace().events();
    for (int i = from; i < events.size(); i++) {
      if (events.get(i) instanceof TraceEvent.Action a && a.element().equals(element)
          && (REFUSED.contains(a.action()) || a.action().startsWith("cannot"))) {
        return a;
      }
    }
    return null;
  }

  /** Carries out {@code alice.call bob} and the other phone actions of the scenario format. */
  private static void perform(Phone phone, Action action) {
    List<Argument> args = action.arguments();
    switch (action.name()) {
      case "register" -> phone.register();
      case "unregister" -> phone.unregister();
      case "unregister-all" -> phone.unregisterAll();
      case "query" -> phone.query();
      case "call" -> phone.call(target(args.get(0)));
      case "answer" -> phone.answer();
      case "decline" -> phone.decline();
      case "busy" -> phone.busy();
      case "hangup" -> phone.hangup();
      case "cancel" -> phone.cancel();
      case "hold" -> phone.hold();
      case "resume" -> phone.resume();
      case "reinvite" -> phone.reinvite();
      case "move" -> phone.move(((Argument.Address) args.get(0)).address().address());
      case "options" -> phone.options(target(args.get(0)));
      case "info" -> phone.info();
      case "message" -> phone.message(target(args.get(0)), ((Argument.Text) args.get(1)).text());
      default -> throw new IllegalStateException("a phone cannot " + action.name());
    }
  }

  /** An element name or a SIP URI, as the phone's call and options take it. */
  private static String target(Argument a) {
    if (a instanceof Argument.ElementTarget t) {
      return t.element();
    }
    return ((Argument.UriTarget) a).uri().toString();
  }

  static PhoneConfig config(PhoneSpec s) {
    Set<Misbehaviour> misbehave = EnumSet.noneOf(Misbehaviour.class);
    for (String word : s.misbehave()) {
      misbehave.add(misbehaviour(word));
    }
    PhoneSpec.AnswerPolicy a = s.answer();
    return new PhoneConfig(s.aor(), s.password(), s.user(), s.displayName(), s.proxies(),
        s.registrar(), s.codecs(), s.offer() == PhoneSpec.OfferMode.SDP
            ? PhoneConfig.Offer.SDP : PhoneConfig.Offer.NONE,
        new PhoneConfig.Register(s.register().expires().micros() / 1_000_000,
            s.register().refresh(), s.register().q().orElse(null)),
        new PhoneConfig.Answer(a.after().micros(), a.finalStatus(), a.ringing(), a.earlyMedia()),
        s.cancelAfter().map(d -> OptionalLong.of(d.micros())).orElse(OptionalLong.empty()),
        misbehave, s.maxForwards());
  }

  private static Misbehaviour misbehaviour(String word) {
    return Misbehaviour.fromToken(word).orElseThrow(() ->
        new IllegalArgumentException("a phone knows no misbehaviour " + word));
  }

  /** The AOR a phone of the scenario answers to: how {@code alice.call bob} finds bob. */
  private static Optional<SipUri> aorOf(Scenario scenario, String element) {
    return scenario.element(element).filter(e -> e instanceof PhoneSpec)
        .map(e -> ((PhoneSpec) e).aor());
  }
}
