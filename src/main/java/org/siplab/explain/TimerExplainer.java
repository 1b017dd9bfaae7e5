package org.siplab.explain;

import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Send;
import org.siplab.trace.TraceEvent.Timer;

/**
 * Explains a timer being set, firing or being cancelled: what the timer is for, the value in force
 * (from the T1, T2 and T4 of the element that set it: its own if the trace records them, else the
 * run's), what it belongs to, and its RFC section.
 */
final class TimerExplainer {

  private final TraceIndex index;
  private final Causes causes;
  private final Owners owners;

  TimerExplainer(TraceIndex index, Causes causes, Owners owners) {
    this.index = index;
    this.causes = causes;
    this.owners = owners;
  }

  /** The timers whose firing ends a transaction as timed out (17.1.1.2, 17.1.2.2, 17.2.1). */
  private static final java.util.Set<String> TIMEOUTS = java.util.Set.of("B", "F", "H");

  Explanation explain(Timer t) {
    TimerCatalog.Info info = TimerCatalog.of(t.timer());
    String value = index.timers(t.element()).describe(t.durationUs(), info.basis());
    String text;
    Owners.Ref owner = owners.owner(t.element(), t.owner());
    if (t.action().equals("fired")) {
      text = fired(t, info, value, owner);
    } else if (t.action().equals("cancelled")) {
      text = t.element() + " cancels " + info.title() + ", set to " + value + ", for "
          + owner.text() + owner.on(t, causes) + ": " + onCancel(t, info) + info.citation() + ".";
    } else {
      text = t.element() + " " + verb(t.action()) + " " + info.title() + " to " + value + " for "
          + owner.text() + owner.on(t, causes) + ": it " + info.purpose() + info.citation()
          + ".";
    }
    return new Explanation(text, note(t));
  }

  /**
   * Why the timer was cancelled. Timer C is cancelled by any response on its branch: a final one
   * ends the wait, a provisional one starts it again (section 16.7 step 2, "the proxy MUST reset
   * timer C"), which the trace shows as cancelled, then set.
   */
  private String onCancel(Timer t, TimerCatalog.Info info) {
    String transportError = endedByTransportError(t);
    if (transportError != null) {
      return "the transaction ended because the transport could not send its message ("
          + transportError + "), so no response will come (section 17.1.4)";
    }
    if (t.timer().equals("Timer C")
        && index.event(t.cause()) instanceof TraceEvent.Deliver d
        && index.messageOf(d) instanceof org.siplab.message.SipResponse r && r.isProvisional()) {
      return "a provisional response came on the branch, so Timer C starts again (section 16.7"
          + " step 2)";
    }
    if (index.event(t.cause()) instanceof Timer fired && fired.action().equals("fired")
        && TIMEOUTS.contains(fired.timer()) && fired.element().equals(t.element())
        && fired.owner().equals(t.owner())) {
      // Cancelled because another timer of the same transaction fired (Timer B, F or H: it
      // timed out), not because a response or an ACK came, which is what the catalogue says.
      return TimerCatalog.of(fired.timer()).title() + " fired first and ended the transaction,"
          + " so " + info.title()
          + " has nothing left to do";
    }
    return info.onCancel();
  }

  /**
   * When the timer is cancelled because its transaction just ended by a transport error (a
   * message too large for a datagram), the reason given, else null: the transaction's change to
   * Terminated comes right before the cancellations of its timers, at the same seq's cause.
   */
  private String endedByTransportError(Timer t) {
    for (long seq = t.seq() - 1; seq > 0; seq--) {
      TraceEvent e = index.event(seq);
      if (e instanceof Timer other && other.element().equals(t.element())
          && other.action().equals("cancelled") && other.owner().equals(t.owner())) {
        continue;
      }
      if (e instanceof TraceEvent.Transaction x && x.element().equals(t.element())
          && x.transaction().equals(t.owner()) && x.reason() != null
          && x.reason().startsWith("transport error: ")) {
        return x.reason().substring("transport error: ".length());
      }
      return null;
    }
    return null;
  }

  private String fired(Timer t, TimerCatalog.Info info, String value, Owners.Ref owner) {
    long set = index.timerSet(t);
    String recorded = causes.of(t);
    String when = set != TraceEvent.NO_CAUSE ? ", set at seq " + set
        : recorded == null ? "" : ", on " + recorded;
    return t.element() + "'s " + info.name() + " fired after " + value + when + " (for "
        + owner.text() + "): " + onFire(t, info) + info.citation() + ".";
  }

  /** The 2xx timer's last firing gives up instead of retransmitting (RFC 3261 13.3.1.4). */
  private String onFire(Timer t, TimerCatalog.Info info) {
    if (t.timer().equals("2xx retransmit")) {
      for (TraceEvent effect : index.effects(t.seq())) {
        if (effect instanceof Send s && s.message().startsWith("BYE ")) {
          return "64*T1 = " + Durations.text(64 * index.timers(t.element()).t1Us())
              + " have passed without an ACK, so the UA core stops retransmitting and ends the"
              + " session with BYE";
        }
      }
    }
    if (t.timer().equals("give up 64*T1 after CANCEL")
        && "pbx".equals(index.kindOf(t.element()))) {
      return ElementTimers.PBX_GIVES_UP;
    }
    return info.onFire();
  }

  private static String verb(String action) {
    return action.equals("set") ? "sets" : action;
  }

  private static Note note(Timer t) {
    String label = t.timer();
    if (label.startsWith("registration") || label.startsWith("expiry of ")) {
      return Note.REGISTRATION_AND_DIGEST;
    }
    if (label.equals("2xx retransmit")) {
      return Note.DIALOGS_AND_TAGS;
    }
    if (label.equals("cancel if unanswered") || label.equals("give up 64*T1 after CANCEL")
        || label.equals("ring timeout")) {
      return Note.CANCEL;
    }
    if (label.equals("Timer C")) {
      return Note.FORKING;
    }
    return Note.TRANSACTIONS_AND_TIMERS;
  }
}
