package org.siplab.check;

import java.util.List;
import java.util.Objects;
import org.siplab.check.Mutation.Mutant;
import org.siplab.testkit.Draw;

/** Mutations that break MSG-001 and the CSeq rules, one a rule. */
final class CseqMutations {

  private CseqMutations() {}

  static List<Mutation> all() {
    return List.of(
        new Mutation("MSG-001", "a message with a doubled space in its start line or a header"
            + " line without its colon", r -> r.where(r::first), CseqMutations::garble),
        new Mutation("CSEQ-001", "a new request without CSeq, or numbered 2**31 or more",
            // Not a CANCEL or an ACK for a non-2xx: those copy the INVITE's number (CSEQ-005).
            r -> r.where(s -> r.isRequest(s) && r.first(s) && r.origin(s) && r.toTag(s) == null
                && !r.sharesBranch(s)),
            CseqMutations::tooLarge),
        new Mutation("CSEQ-002", "a UAS answers with another CSeq number than the request's",
            r -> r.where(s -> r.isResponse(s) && r.first(s) && r.origin(s)),
            (r, s, d) -> Mutant.of(r.flow(), s, Edits.withCseqNumber(r.step(s).message(),
                Edits.other(d, 0, 1000, r.cseq(s).number())))),
        new Mutation("CSEQ-003", "a user agent skips or repeats a CSeq number in a dialog",
            r -> r.where(s -> previousInDialog(r, s) >= 0), CseqMutations::skip),
        new Mutation("CSEQ-004", "a retransmission carries another CSeq number",
            r -> TimerMutations.retransmissionSites(r), CseqMutations::renumberRetransmission),
        new Mutation("CSEQ-005", "an ACK for a non-2xx or a CANCEL with another CSeq number",
            r -> r.where(s -> r.first(s) && r.sharesBranch(s)),
            (r, s, d) -> Mutant.of(r.flow(), s, Edits.withCseqNumber(r.step(s).message(),
                Edits.other(d, 0, 1000, r.cseq(s).number())))),
        new Mutation("CSEQ-006", "an ACK for a 2xx with another number or method in its CSeq",
            r -> r.where(s -> r.is(s, "ACK") && r.first(s) && !r.isProxy(r.step(s).from())
                && !r.sharesBranch(s)), CseqMutations::badAck),
        new Mutation("CSEQ-007", "a request in a dialog with a lower CSeq is answered 200",
            r -> r.where(s -> lowerable(r, s) > 0), CseqMutations::lower),
        new Mutation("CSEQ-008", "a REGISTER skips or repeats a CSeq number",
            r -> r.where(s -> previousRegister(r, s) >= 0), (r, s, d) -> {
              long previous = previousRegister(r, s);
              long number = Edits.other(d, 0, previous + 6, previous + 1);
              return new Mutant(r.flow(), Edits.renumber(r, s, number), s);
            }));
  }

  private static Mutant garble(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    if (d.chance(50)) {
      String line = SipText.startLine(text);
      return Mutant.of(r.flow(), s, SipText.withStartLine(text, line.replaceFirst(" ", "  ")));
    }
    String[] names = {"Via", "From", "To", "Call-ID", "CSeq"};
    String name = d.pick(names);
    return Mutant.of(r.flow(), s, SipText.editField(text, name, 0, f -> f.replaceFirst(":", "")));
  }

  private static Mutant tooLarge(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    if (d.chance(30)) {
      return Mutant.of(r.flow(), s, SipText.removeField(text, "CSeq", 0));
    }
    long number = CseqPresent.LIMIT + d.between(0L, CseqPresent.LIMIT - 1);
    return Mutant.of(r.flow(), s, Edits.withCseqNumber(text, number));
  }

  /**
   * The number of a user agent's request before {@code s} in its call, when {@code s} is in a
   * dialog; -1 otherwise.
   */
  static long previousInDialog(Roles r, long s) {
    if (!r.isRequest(s) || !r.first(s) || r.isProxy(r.step(s).from()) || r.toTag(s) == null
        || r.is(s, "ACK") || r.is(s, "CANCEL")) {
      return -1;
    }
    long previous = -1;
    for (long e : r.earlierFrom(s)) {
      if (r.isRequest(e) && !r.is(e, "ACK") && !r.is(e, "CANCEL")
          && Objects.equals(r.callId(e), r.callId(s)) && r.fromTag(s).equals(r.fromTag(e))) {
        previous = r.cseq(e).number();
      }
    }
    return previous;
  }

  private static Mutant skip(Roles r, long s, Draw d) {
    long previous = previousInDialog(r, s);
    long number = Edits.other(d, 0, previous + 6, previous + 1);
    return new Mutant(r.flow(), Edits.renumber(r, s, number), s);
  }

  private static Mutant renumberRetransmission(Roles r, long s, Draw d) {
    Flow clean = r.flow();
    long at = s;
    if (r.step(s).retransmittedBy() == null) {
      clean = Chains.insert(r.flow(), s, Chains.timerOf(r, s), 1, true);
      at = s + 1;
    }
    Flow.Step step = clean.step(at);
    String text = Edits.withCseqNumber(step.message(),
        Edits.other(d, 0, 1000, r.cseq(s).number()));
    return new Mutant(clean, clean.with(at, x -> x.withMessage(text)), at);
  }

  private static Mutant badAck(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    long number = r.cseq(s).number();
    String value = d.chance(50) ? Edits.other(d, 0, 1000, number) + " ACK"
        : number + " " + d.pick("INVITE", "BYE", "OPTIONS");
    return Mutant.of(r.flow(), s, SipText.setValue(text, "CSeq", value));
  }

  /**
   * For a request in a dialog that reached a user agent which had a request of the same side
   * before it and answered this one: the number of that earlier request (the remote sequence
   * number). 0 when {@code s} is no such request.
   */
  static long lowerable(Roles r, long s) {
    Flow.Step step = r.step(s);
    if (!r.isRequest(s) || !r.first(s) || r.isProxy(step.to()) || r.toTag(s) == null
        || r.is(s, "ACK") || r.is(s, "CANCEL") || answer(r, s) < 0) {
      return 0;
    }
    long remote = 0;
    for (long e = 1; e < s; e++) {
      if (r.step(e).to().equals(step.to()) && r.isRequest(e) && r.first(e)
          && !r.is(e, "ACK") && !r.is(e, "CANCEL") && Objects.equals(r.callId(e), r.callId(s))
          && r.fromTag(s).equals(r.fromTag(e))) {
        remote = r.cseq(e).number();
      }
    }
    return remote;
  }

  /** The final response the receiver of request {@code s} sent back to it, or -1. */
  static long answer(Roles r, long s) {
    for (long e = s + 1; e <= r.flow().steps().size(); e++) {
      if (r.isResponse(e) && r.status(e) >= 200 && r.step(e).from().equals(r.step(s).to())
          && r.step(e).to().equals(r.step(s).from()) && r.cseq(e).equals(r.cseq(s))
          && Objects.equals(r.callId(e), r.callId(s))) {
        return e;
      }
    }
    return -1;
  }

  private static Mutant lower(Roles r, long s, Draw d) {
    long remote = lowerable(r, s);
    long number = d.between(0L, remote - 1);
    return new Mutant(r.flow(), Edits.renumber(r, s, number), answer(r, s));
  }

  /** The number of the sender's previous REGISTER with the same Call-ID, or -1. */
  static long previousRegister(Roles r, long s) {
    if (!r.is(s, "REGISTER") || !r.isRequest(s) || !r.first(s)) {
      return -1;
    }
    long previous = -1;
    for (long e : r.earlierFrom(s)) {
      if (r.isRequest(e) && r.is(e, "REGISTER") && r.callId(e).equals(r.callId(s))) {
        previous = r.cseq(e).number();
      }
    }
    return previous;
  }
}
