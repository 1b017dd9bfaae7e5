package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import org.siplab.check.Mutation.Mutant;
import org.siplab.testkit.Draw;

/**
 * Mutations that break the timer rules. A flow that has no retransmission of the right kind gets
 * some first, on schedule ({@link Chains}): that flow is the clean one the rule must be silent on.
 */
final class TimerMutations {

  private TimerMutations() {}

  static List<Mutation> all() {
    List<Mutation> out = new ArrayList<>();
    String[][] timers = {{"A", "TIMER-001", "an INVITE"},
        {"E", "TIMER-002", "a non-INVITE request"}, {"G", "TIMER-003", "a non-2xx final response"},
        {"2xx", "TIMER-004", "a 2xx response"}};
    for (String[] t : timers) {
      out.add(new Mutation(t[1], t[2] + " retransmitted off Timer " + t[0] + "'s schedule",
          r -> scheduleSites(r, t[0]), (r, s, d) -> offSchedule(r, s, d, t[0])));
    }
    out.add(new Mutation("TIMER-005", "a request retransmitted once more after Timer B or F",
        r -> r.where(s -> r.first(s) && r.isRequest(s) && !r.is(s, "ACK") && insertable(r)),
        TimerMutations::pastTimeout));
    return out;
  }

  /** Whether retransmissions can be added to the flow: it has none of its own to disturb. */
  static boolean insertable(Roles r) {
    return r.flow().steps().stream().allMatch(s -> s.retransmittedBy() == null)
        && r.where(s -> !r.first(s)).isEmpty();
  }

  /** Retransmissions the flow has, and messages a timer would retransmit in a flow without any. */
  static List<Long> retransmissionSites(Roles r) {
    return r.where(s -> r.step(s).retransmittedBy() != null
        || insertable(r) && r.first(s) && Chains.timerOf(r, s) != null);
  }

  private static List<Long> scheduleSites(Roles r, String timer) {
    // A proxy relays the 2xx retransmissions of the UAS; every other timer is the sender's own.
    return r.where(s -> timer.equals(r.step(s).retransmittedBy())
        && (r.origin(s) || !timer.equals("2xx"))
        || insertable(r) && r.first(s) && timer.equals(Chains.timerOf(r, s)));
  }

  private static Mutant offSchedule(Roles r, long s, Draw d, String timer) {
    Flow clean = r.flow();
    long at = s;
    if (r.step(s).retransmittedBy() == null) {
      int count = d.between(1, 6);
      boolean named = !r.isRequest(s) || d.chance(50);
      clean = Chains.insert(r.flow(), s, timer, count, named);
      at = s + d.between(1, count);
    }
    long previous = previousTransmission(clean, at);
    long avoid = timer.equals("E") ? Flow.T2_US : 0;
    return new Mutant(clean, Edits.shift(clean, at, d, previous, avoid), at);
  }

  /** When the message of step {@code at} was last sent by the same timer, or first sent. */
  private static long previousTransmission(Flow flow, long at) {
    Flow.Step step = flow.step(at);
    for (long e = at - 1; e >= 1; e--) {
      Flow.Step before = flow.step(e);
      if (before.from().equals(step.from()) && before.to().equals(step.to())
          && before.message().equals(step.message())) {
        return before.timeUs();
      }
    }
    throw new IllegalStateException("step " + at + " of " + flow.name() + " repeats nothing");
  }

  private static Mutant pastTimeout(Roles r, long s, Draw d) {
    String timer = r.is(s, "INVITE") ? "A" : "E";
    int last = 0;
    while (Chains.offset(timer, last + 1) < 64 * Flow.T1_US) {
      last++;
    }
    boolean named = d.chance(50);
    Flow clean = Chains.insert(r.flow(), s, timer, last, named);
    Flow broken = Chains.insert(r.flow(), s, timer, last + 1, named);
    return new Mutant(clean, broken, s + last + 1);
  }
}
