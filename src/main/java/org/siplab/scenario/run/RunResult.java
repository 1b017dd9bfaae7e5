package org.siplab.scenario.run;

import java.util.List;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;

/**
 * What a scenario run produced: the trace, the checker's findings, the verdict of each
 * expectation, the script steps that could not be carried out, and notes for the writer (faults
 * that hit nothing, links too slow for any transaction, steps that did nothing or sent nothing).
 *
 * @param stopped why the run loop stopped, in words
 * @param runaway whether the run loop stopped at the runaway limit of events before the
 *     scenario's end ({@code RunOutcome.Runaway}): an element or a timer that keeps making events
 *     without end, which makes the scenario broken whatever its expectations say
 */
public record RunResult(Scenario scenario, long seed, Trace trace, List<Finding> findings,
    List<Verdict> verdicts, List<ScriptProblem> scriptProblems, String stopped,
    boolean runaway, List<Note> notes) {

  public RunResult {
    findings = List.copyOf(findings);
    verdicts = List.copyOf(verdicts);
    scriptProblems = List.copyOf(scriptProblems);
    notes = List.copyOf(notes);
  }

  /**
   * Something about the run that the scenario's writer should know whatever the verdict, told
   * under it and kept in trace.json's {@code run.notes}: a note does not fail the run.
   */
  public sealed interface Note permits IdleFault, SlowLink, IdleStep, MisfitStep, UnsentStep,
      FailedRegistration, UnregisteredCallee, DeadEndContact, ShortTimerC {

    /** Where in the scenario file the note points. */
    SourcePosition position();

    /** The note in words, naming the scenario file's place as {@code at}. */
    String note(SourcePosition at);
  }

  /**
   * A fault of the scenario that hit no message, so the run shows nothing of it: its pattern,
   * direction or nth does not fit what was sent. A note, not a failure: the run is still what the
   * scenario describes.
   *
   * @param fault the fault in words: {@code drop 200 INVITE from bob to alice}
   * @param matches how many messages it matched (all before its nth, when it has one)
   */
  public record IdleFault(SourcePosition position, String fault, long matches) implements Note {

    /** {@code the fault at t.yaml:9:22 (drop 200 INVITE from bob to alice) matched no message}. */
    @Override
    public String note(SourcePosition at) {
      String what = "the fault at " + at + " (" + fault + ")";
      if (matches == 0) {
        return what + " matched no message";
      }
      return what + " hit no message: it matched " + matches
          + (matches == 1 ? " message" : " messages") + ", fewer than its nth";
    }
  }

  /**
   * A link so slow that no answer can come back across it before Timers B and F (64*T1) end the
   * transaction that waits for it (RFC 3261 sections 17.1.1.2 and 17.1.2.2): every transaction
   * across it times out. Written on purpose it is a lesson on timeouts; more often it is a slip,
   * such as {@code 1m} (a minute) for {@code 1ms}. A note, not a failure.
   *
   * @param link the link in words: {@code the link between alice and proxy}
   * @param roundTripUs the least time a request and its answer take across it
   * @param timeoutUs 64*T1 of the run
   * @param minutes whether the delay was a whole number of minutes, the unit mistaken for ms
   */
  public record SlowLink(SourcePosition position, String link, long roundTripUs, long timeoutUs,
      boolean minutes) implements Note {

    /**
     * {@code the link between alice and proxy at t.yaml:12:5 takes at least 2m for a request and
     * its answer, longer than Timers B and F wait (64*T1 = 32s): every transaction across it
     * times out (m is minutes; for milliseconds write ms)}.
     */
    @Override
    public String note(SourcePosition at) {
      return link + " at " + at + " takes at least " + Duration.ofMicros(roundTripUs)
          + " for a request and its answer, longer than Timers B and F wait (64*T1 = "
          + Duration.ofMicros(timeoutUs) + "): every transaction across it times out"
          + (minutes ? " (m is minutes; for milliseconds write ms)" : "");
    }
  }

  /**
   * A script step that acts on a call (hangup, answer, hold...) and found its phone with no call,
   * so that it did nothing. Written on purpose it shows that a phone ignores it; more often the
   * step's time is wrong, or it was written in the file before the call and taken to run in file
   * order. A note, not a failure.
   *
   * @param step the step's action as written: {@code alice.hangup}
   * @param times how many times it found no call (an {@code on:} step may run many times)
   * @param firstUs when it first found no call
   * @param state the phone's state then: idle, registered or ended
   * @param hint why there was no call, as far as the script tells, or empty
   */
  public record IdleStep(SourcePosition position, String step, int times, long firstUs,
      String state, String hint) implements Note {

    /**
     * {@code the step at t.yaml:9:5 (alice.hangup) did nothing at 0s: alice had no call (it was
     * idle); ...}.
     */
    @Override
    public String note(SourcePosition at) {
      String element = step.substring(0, step.indexOf('.'));
      String when = RunTimes.when(times, firstUs);
      String why = state.equals("ended") ? element + "'s last call had already ended"
          : element + " had no call (it was " + state + ")";
      return "the step at " + at + " (" + step + ") did nothing" + when + ": " + why
          + (hint.isEmpty() ? "" : "; " + hint);
    }
  }

  /**
   * A script step that acts on a call (answer, hold, cancel...) and found its phone with a call,
   * but not one it can act on: an answer while the phone is in an established call (nothing
   * rings), a hold while the call still rings, a cancel of a call already answered. The phone
   * only notes it in the trace ("nothing to answer", "cannot hold"). A note, not a failure.
   *
   * @param step the step's action as written: {@code alice.answer}
   * @param times how many times it did nothing so (an {@code on:} step may run many times)
   * @param firstUs when it first did nothing
   * @param why the phone's state then, what the step needs, and what step does what was meant
   */
  public record MisfitStep(SourcePosition position, String step, int times, long firstUs,
      String why) implements Note {

    /**
     * {@code the step at t.yaml:9:5 (alice.answer) did nothing at 5s: alice was in an
     * established call (it was in-call), ...}.
     */
    @Override
    public String note(SourcePosition at) {
      String when = RunTimes.when(times, firstUs);
      return "the step at " + at + " (" + step + ") did nothing" + when + ": " + why;
    }
  }

  /**
   * A script step that failed before its phone sent anything: a call, OPTIONS or MESSAGE to a
   * domain or address no element serves from a phone with no outbound proxy, a REGISTER with no
   * registrar to go to, a call while the line is busy with another. The trace shows only "call
   * failed", "registration failed" or "cannot call", and no message on the ladder. A note, not
   * a failure: a scenario may do it on purpose.
   *
   * @param step the step's action as written: {@code alice.call sip:carol@nowhere.com}
   * @param times how many times it failed so (an {@code on:} step may run many times)
   * @param firstUs when it first failed
   * @param why why nothing was sent, and what to add to the scenario
   */
  public record UnsentStep(SourcePosition position, String step, int times, long firstUs,
      String why) implements Note {

    /**
     * {@code the step at t.yaml:9:5 (alice.call sip:carol@nowhere.com) failed at 1s without
     * sending anything: no element serves nowhere.com ...}.
     */
    @Override
    public String note(SourcePosition at) {
      String when = RunTimes.when(times, firstUs) + (times == 1 ? "" : ",");
      return "the step at " + at + " (" + step + ") failed" + when + " without sending"
          + " anything: " + why;
    }
  }

  /**
   * A registration that a step started and that failed after its REGISTER was sent: refused
   * (credentials, 403, 404...) or never answered. The trace shows "registration failed"; what the
   * run's verdict tells is only what followed, such as a call to the phone that got 480. A note,
   * not a failure: a scenario may show a refused registration on purpose (RFC 3665 section 2.5).
   *
   * @param step the step's action as written: {@code bob.register}
   * @param times how many of the registrations it started failed (refreshes included)
   * @param firstUs when the first one failed
   * @param why the phone's words: what it was doing, and the registrar's answer or silence
   * @param hint what in the scenario may explain it (a password that the server lists otherwise),
   *     or empty
   */
  public record FailedRegistration(SourcePosition position, String step, int times, long firstUs,
      String why, String hint) implements Note {

    /**
     * {@code the step at t.yaml:27:5 (bob.register) failed at 0.181635s, after sending its
     * REGISTER: the server refused the credentials ...; bob's password: is not ...}.
     */
    @Override
    public String note(SourcePosition at) {
      String when = RunTimes.when(times, firstUs);
      // The phone's words start with what the REGISTER was for (element/phone/Registration).
      int colon = why.indexOf(": ");
      String purpose = colon < 0 ? "" : why.substring(0, colon);
      String after = purpose.equals("refresh") ? ", when refreshing the registration: "
          : ", after sending its REGISTER: ";
      return "the step at " + at + " (" + step + ") failed" + when + after
          + (colon < 0 ? why : why.substring(colon + 2)) + (hint.isEmpty() ? "" : "; " + hint);
    }
  }

  /**
   * A call step refused with 404 or 480 by an element that looked the callee up in a location
   * service and found no binding (RFC 3261 sections 16.5, 8.3, 21.4.18): the callee registered
   * after the INVITE arrived, had let its binding expire, or never registered. The run shows
   * only a failed call; this says why. A note, not a failure: a scenario may show it on purpose
   * (RFC 3665 section 3.11 shows a 480 of another kind).
   *
   * @param step the step's action as written: {@code alice.call bob}
   * @param times how many of its calls were refused so (an {@code on:} step may run many times)
   * @param firstUs when the first of them failed at the caller
   * @param answer who refused with what, and when: {@code proxy answered 480 ... at 0.01s}
   * @param callee the address-of-record looked up ({@code sip:bob@example.com}), or the PBX
   *     account ({@code account bob})
   * @param binding what the trace shows of the callee's binding
   */
  public record UnregisteredCallee(SourcePosition position, String step, int times, long firstUs,
      String answer, String callee, Binding binding) implements Note {

    /** What became of the callee's binding, as the location service's binding events show. */
    public sealed interface Binding permits MadeLater, Expired, Never {}

    /**
     * The first binding was made after the refusal.
     *
     * @param step the step that registered, as written, or empty when no step led to it
     * @param at that step's place (its file is the note's), or null
     */
    public record MadeLater(String step, SourcePosition at, long boundUs) implements Binding {}

    /** The callee's last binding before the call had expired at {@code expiredUs}. */
    public record Expired(long expiredUs) implements Binding {}

    /**
     * No binding was made for the callee in the whole run at the location service read: a
     * registration with another registrar does not count, so the service is named.
     *
     * @param service the element whose bindings were read: a registrar, or the PBX
     */
    public record Never(String service) implements Binding {}

    /** The same note for {@code count} refused calls. */
    UnregisteredCallee times(int count) {
      return new UnregisteredCallee(position, step, count, firstUs, answer, callee, binding);
    }

    /**
     * {@code the step at t.yaml:10:5 (alice.call bob) failed at 0.02s: proxy answered 404 Not
     * Found at 0.01s, as sip:bob@example.com had no binding then; bob.register at t.yaml:9:5
     * made its binding only at 1.01s; call after that, for example at: 2s}.
     */
    @Override
    public String note(SourcePosition at) {
      String when = RunTimes.when(times, firstUs);
      return "the step at " + at + " (" + step + ") failed" + when + ": " + answer + ", as "
          + callee + " had no binding then; " + story(at.file());
    }

    private String story(String file) {
      if (binding instanceof Expired e) {
        return "its binding had expired at " + RunTimes.seconds(e.expiredUs());
      } else if (binding instanceof MadeLater m) {
        String who = m.at() == null ? "its binding was made"
            : m.step() + " at " + new SourcePosition(file, m.at().line(), m.at().column())
                + " made its binding";
        // A whole second after the binding: the INVITE then finds it, whatever the links' delay
        // under a second.
        long suggestion = m.boundUs() / 1_000_000 + 1;
        return who + " only at " + RunTimes.seconds(m.boundUs())
            + "; call after that, for example at: " + suggestion + "s";
      }
      return "nobody registered " + callee + " with " + ((Never) binding).service()
          + " in the run";
    }
  }

  /**
   * A call that a redirect server's fixed {@code contacts:} table sent to a contact no element
   * serves: the caller followed the 302 and the call failed there. A note, not a failure.
   *
   * @param step the call step as written: {@code alice.call sip:bob@biloxi.example.com}
   * @param times how many of its calls ended so
   * @param firstUs when the first failed
   * @param redirect the redirect server whose table holds the contact
   * @param contact the contact, as the 302 and the table write it
   * @param hint where the phone the contact's user part names listens ({@code ; bob listens at
   *     192.0.2.201:5060}), or empty
   */
  public record DeadEndContact(SourcePosition position, String step, int times, long firstUs,
      String redirect, String contact, String hint) implements Note {

    /**
     * {@code the step at t.yaml:9:5 (alice.call sip:bob@biloxi.example.com) failed at 0.02s:
     * redirect's 302 sent the call to sip:bob@192.0.2.202, from its contacts: table, and no
     * element serves that address; ...}.
     */
    @Override
    public String note(SourcePosition at) {
      String when = RunTimes.when(times, firstUs);
      return "the step at " + at + " (" + step + ") failed" + when + ": " + redirect + "'s 302"
          + " sent the call to " + contact + ", from its contacts: table, and no element serves"
          + " that address; a fixed table is not updated by any REGISTER, so write in it the"
          + " address of an element" + hint;
    }
  }

  /**
   * A proxy's Timer C set to 3 minutes or less, which RFC 3261 forbids (section 16.6 step 11:
   * "The timer MUST be larger than 3 minutes."). A teaching scenario shortens it on purpose, to
   * show it firing (section 16.8) in a short run; the note says that it is the scenario's choice,
   * not the RFC's. A note, not a failure.
   *
   * @param proxy the proxy's name
   * @param timerCUs its Timer C
   */
  public record ShortTimerC(SourcePosition position, String proxy, long timerCUs)
      implements Note {

    /**
     * {@code proxy's timer-c at t.yaml:5:40 is 30s: RFC 3261 section 16.6 step 11 says "The
     * timer MUST be larger than 3 minutes."; ...}.
     */
    @Override
    public String note(SourcePosition at) {
      return proxy + "'s timer-c at " + at + " is " + Duration.ofMicros(timerCUs) + ": RFC 3261"
          + " section 16.6 step 11 says \"The timer MUST be larger than 3 minutes.\"; this"
          + " scenario shortens it, as a teaching scenario may to show Timer C firing (section"
          + " 16.8); a real proxy must not";
    }
  }

  /** One expectation and whether the run met it, with what happened in words. */
  public record Verdict(Expectation expectation, boolean met, String explanation) {}

  /** A script step the element could not carry out ("alice.hangup: alice is not in a call"). */
  public record ScriptProblem(SourcePosition position, String message) {}

  /**
   * Passed: the run came to its end, every expectation was met and every script step carried out
   * (findings alone do not fail).
   */
  public boolean passed() {
    return !runaway && scriptProblems.isEmpty() && verdicts.stream().allMatch(Verdict::met);
  }
}
