package org.siplab.check;

import java.util.List;
import java.util.Objects;
import org.siplab.check.Mutation.Mutant;
import org.siplab.testkit.Draw;

/** Mutations that break the tag rules, one a rule. */
final class TagMutations {

  private TagMutations() {}

  static List<Mutation> all() {
    return List.of(
        new Mutation("TAG-001", "a request without a From tag",
            r -> r.where(s -> r.isRequest(s) && r.first(s) && r.origin(s) && !r.sharesBranch(s)),
            (r, s, d) -> Mutant.of(r.flow(), s, SipText.withoutTag(r.step(s).message(), "From"))),
        new Mutation("TAG-002", "a response above 100 without a To tag",
            r -> r.where(s -> r.isResponse(s) && r.first(s) && r.origin(s) && r.status(s) > 100),
            (r, s, d) -> Mutant.of(r.flow(), s, SipText.withoutTag(r.step(s).message(), "To"))),
        new Mutation("TAG-003", "a UAS changes its To tag between responses to one request",
            r -> r.where(s -> r.isResponse(s) && r.first(s) && r.origin(s) && r.status(s) > 100
                && r.toTag(s) != null && hasEarlierTag(r, s)),
            (r, s, d) -> Mutant.of(r.flow(), s,
                SipText.withTag(r.step(s).message(), "To", r.toTag(s) + "x"))),
        new Mutation("TAG-004", "a request in a dialog without the dialog's tags",
            r -> r.where(s -> inConfirmedDialog(r, s)), TagMutations::untag));
  }

  /** The request had a To tag, or the same UAS answered it before with a To tag. */
  private static boolean hasEarlierTag(Roles r, long s) {
    for (long e = 1; e < s; e++) {
      boolean sameCall = Objects.equals(r.callId(e), r.callId(s)) && r.cseq(e).equals(r.cseq(s));
      if (sameCall && r.isRequest(e) && r.step(e).to().equals(r.step(s).from())
          && r.toTag(e) != null) {
        return true;
      }
      if (sameCall && r.isResponse(e) && r.status(e) > 100 && r.toTag(e) != null
          && r.step(e).from().equals(r.step(s).from()) && r.step(e).to().equals(r.step(s).to())) {
        return true;
      }
    }
    return false;
  }

  /** A user agent's request after a 2xx to INVITE of the same call that it sent or received. */
  private static boolean inConfirmedDialog(Roles r, long s) {
    Flow.Step step = r.step(s);
    if (!r.isRequest(s) || !r.first(s) || r.isProxy(step.from()) || r.is(s, "CANCEL")
        || r.sharesBranch(s) || r.toTag(s) == null) {
      return false;
    }
    for (long e = 1; e < s; e++) {
      if (r.isResponse(e) && r.is(e, "INVITE") && r.status(e) / 100 == 2
          && Objects.equals(r.callId(e), r.callId(s))
          && (r.step(e).to().equals(step.from()) || r.step(e).from().equals(step.from()))) {
        return true;
      }
    }
    return false;
  }

  private static Mutant untag(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    return Mutant.of(r.flow(), s, switch (d.between(0, 2)) {
      case 0 -> SipText.withoutTag(text, "To");
      case 1 -> SipText.withTag(text, "To", r.toTag(s) + "x");
      default -> SipText.withTag(text, "From", r.fromTag(s) + "x");
    });
  }
}
