package org.siplab.check;

import java.util.Objects;
import org.siplab.message.CSeq;
import org.siplab.testkit.Draw;

/** Changes the mutations share: a CSeq number, a Call-ID, a whole transaction's numbers, a time. */
final class Edits {

  private Edits() {}

  static String withCseqNumber(String message, long number) {
    String method = SipText.value(message, "CSeq").split(" ")[1];
    return SipText.setValue(message, "CSeq", number + " " + method);
  }

  static String withCallId(String message, String callId) {
    return SipText.setValue(message, "Call-ID", callId);
  }

  /** A number other than {@code avoid}, from {@code lo} to {@code hi}. */
  static long other(Draw d, long lo, long hi, long avoid) {
    long n = d.between(lo, hi - 1);
    return n >= avoid ? n + 1 : n;
  }

  /**
   * The flow with every message of step {@code seq}'s transaction (the same Call-ID and CSeq, on
   * every hop, requests and responses) numbered {@code number}: a user agent that chose another
   * number, and everyone else following it correctly.
   */
  static Flow renumber(Roles roles, long seq, long number) {
    Flow out = roles.flow();
    CSeq cseq = roles.cseq(seq);
    String callId = roles.callId(seq);
    for (long i = 1; i <= roles.flow().steps().size(); i++) {
      if (roles.message(i) != null && Objects.equals(roles.callId(i), callId)
          && cseq.equals(roles.cseq(i))) {
        String text = withCseqNumber(roles.step(i).message(), number);
        out = out.with(i, s -> s.withMessage(text));
      }
    }
    return out;
  }

  /** The flow with every message of step {@code seq}'s transaction given another Call-ID. */
  static Flow recall(Roles roles, long seq, String callId) {
    Flow out = roles.flow();
    CSeq cseq = roles.cseq(seq);
    String was = roles.callId(seq);
    for (long i = 1; i <= roles.flow().steps().size(); i++) {
      if (roles.message(i) != null && was.equals(roles.callId(i))
          && (cseq == null || cseq.equals(roles.cseq(i)))) {
        String text = withCallId(roles.step(i).message(), callId);
        out = out.with(i, s -> s.withMessage(text));
      }
    }
    return out;
  }

  /**
   * The flow with step {@code seq} moved in time by at least {@code 2 ms}, staying between its
   * neighbours, and away from {@code avoidUs} after the step before it, when that is positive.
   */
  static Flow shift(Flow flow, long seq, Draw d, long previousUs, long avoidUs) {
    long time = flow.step(seq).timeUs();
    long lo = seq > 1 ? flow.step(seq - 1).timeUs() + 1 : 0;
    long hi = seq < flow.steps().size() ? flow.step(seq + 1).timeUs() - 1 : time + 1_000_000;
    long moved = time;
    for (int tries = 0; tries < 50 && !farEnough(moved, time, previousUs, avoidUs); tries++) {
      moved = d.between(lo, hi);
    }
    if (!farEnough(moved, time, previousUs, avoidUs)) {
      throw new IllegalStateException("no room to move step " + seq + " of " + flow.name());
    }
    long at = moved;
    return flow.with(seq, s -> s.withTime(at));
  }

  private static boolean farEnough(long moved, long time, long previousUs, long avoidUs) {
    return Math.abs(moved - time) > 2_000
        && (avoidUs <= 0 || Math.abs(moved - previousUs - avoidUs) > 2_000);
  }
}
