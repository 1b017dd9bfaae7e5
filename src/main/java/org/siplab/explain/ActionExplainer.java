package org.siplab.explain;

import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Action;

/**
 * Explains an action event: a step of the scenario's script, an element's change of state
 * ("idle -> calling"), or a decision the messages alone do not show (an element's note).
 */
final class ActionExplainer {

  private final TraceIndex index;
  private final Causes causes;

  ActionExplainer(TraceIndex index, Causes causes) {
    this.index = index;
    this.causes = causes;
  }

  Explanation explain(Action a) {
    if (isScriptStep(a)) {
      String detail = a.detail() == null ? "" : " (" + a.detail() + ")";
      String trigger = a.cause() == TraceEvent.NO_CAUSE ? ""
          : ", triggered by " + causes.phrase(a.cause());
      return new Explanation("Script step at " + Durations.at(a.timeUs()) + ": " + a.element()
          + " is told to \"" + a.action() + "\"" + detail + trigger + "; what it does next"
          + " points back to seq " + a.seq() + ActionSections.SCRIPT + ".", null);
    }
    String on = ", on " + causes.of(a);
    String cite = ActionSections.of(a, index.kindOf(a.element()));
    if (a.action().equals("state") && a.detail() != null) {
      return new Explanation(a.element() + "'s state changes: " + a.detail() + on + cite + ".",
          null);
    }
    if (a.action().equals("discarded")) {
      return new Explanation(a.element() + " discards a datagram it could not use: " + a.detail()
          + on + discardSections(a) + ".", Note.CHAN_SIP_AND_THE_KERNEL);
    }
    String detail = a.detail() == null ? "" : ": " + clause(a.detail());
    return new Explanation(a.element() + " " + a.action() + detail + on + cite + ".",
        note(a.action()));
  }

  /**
   * A note's detail as a clause the explanation goes on after ("..., on the REGISTER ..."): a
   * detail written as a sentence, as the digest check's explanations are, loses its full stop.
   */
  private static String clause(String detail) {
    return detail.endsWith(".") && !detail.endsWith("..")
        ? detail.substring(0, detail.length() - 1) : detail;
  }

  /**
   * The section of the transport that received the discarded datagram: a client transport's
   * receipt of a response (18.1.2) or a server transport's receipt of a request (18.2.1); both
   * when the datagram is not known to be either (a capture's, or one that does not parse).
   */
  private String discardSections(Action a) {
    if (index.event(a.cause()) instanceof TraceEvent.Deliver d) {
      TraceEvent.Send s = index.sendOf(d.datagram());
      if (s != null) {
        return Rfc.cite(s.firstLine().startsWith("SIP/") ? "18.1.2" : "18.2.1");
      }
    }
    return Rfc.cite("18.1.2", "18.2.1");
  }

  /**
   * A step of the scenario's script: nothing caused it and its name is the element's, a dot and
   * the command ({@code alice.call bob}), or a bare command without detail (a test's script); or
   * a step an element's event triggered, named so, with the detail {@code on alice.in-call} and
   * the event behind the trigger as its cause. An
   * element's note with no cause (a proxy announcing its
   * misbehaviour when it starts) is the element's own.
   */
  static boolean isScriptStep(Action a) {
    boolean named = a.action().startsWith(a.element() + ".");
    boolean triggered = named && a.detail() != null && a.detail().startsWith("on ");
    return triggered || a.cause() == TraceEvent.NO_CAUSE && (a.detail() == null || named);
  }

  /** The learner note about an element's decision, by the words elements use for it. */
  private static Note note(String action) {
    if (action.contains("challenge") || action.contains("authenticat")) {
      return Note.REGISTRATION_AND_DIGEST;
    }
    if (action.contains("fork") || action.contains("branch") || action.contains("target")
        || action.contains("best response")) {
      return Note.FORKING;
    }
    if (action.contains("cancel")) {
      return Note.CANCEL;
    }
    if (action.contains("leg") || action.contains("bridge") || action.contains("relay")) {
      return Note.PROXY_VERSUS_B2BUA;
    }
    if (action.contains("redirect")) {
      return Note.AOR_AND_CONTACT;
    }
    return null;
  }
}
