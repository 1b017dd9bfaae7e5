package org.siplab.check;

import java.util.List;
import java.util.Objects;
import org.siplab.check.Mutation.Mutant;
import org.siplab.testkit.Draw;

/** Mutations that break the Call-ID rules, one a rule. */
final class CallIdMutations {

  private CallIdMutations() {}

  static List<Mutation> all() {
    return List.of(
        new Mutation("CALLID-001", "a user agent changes the Call-ID inside a dialog",
            r -> r.where(s -> r.first(s) && (inDialogRequest(r, s)
                || r.isResponse(s) && r.origin(s))),
            (r, s, d) -> Mutant.of(r.flow(), s,
                Edits.withCallId(r.step(s).message(), "new-" + r.callId(s)))),
        new Mutation("CALLID-002", "a UA registers again with a new Call-ID",
            r -> r.where(s -> r.is(s, "REGISTER") && r.isRequest(s) && r.first(s)
                && !r.earlierFrom(s).stream().filter(e -> r.is(e, "REGISTER")
                    && r.isRequest(e)).toList().isEmpty()),
            (r, s, d) -> new Mutant(r.flow(), Edits.recall(r, s, "again-" + r.callId(s)), s)),
        new Mutation("CALLID-003", "a retry after 401 or 407 changes Call-ID, From or To",
            r -> r.where(s -> isRetry(r, s)), CallIdMutations::changeRetry),
        new Mutation("CALLID-004", "a proxy forwards a request or response with another Call-ID",
            r -> r.where(s -> r.first(s) && (r.forwardedRequest(s) || r.forwardedResponse(s))),
            (r, s, d) -> Mutant.of(r.flow(), s,
                Edits.withCallId(r.step(s).message(), "proxied-" + r.callId(s)))),
        new Mutation("CALLID-005", "a B2BUA reuses the incoming leg's Call-ID on its outgoing leg",
            r -> r.where(s -> incomingLeg(r, s) > 0), (r, s, d) -> {
              String incoming = r.callId(incomingLeg(r, s));
              Flow broken = r.flow();
              for (long e = 1; e <= broken.steps().size(); e++) {
                if (r.callId(e).equals(r.callId(s))) {
                  String text = Edits.withCallId(r.step(e).message(), incoming);
                  broken = broken.with(e, x -> x.withMessage(text));
                }
              }
              return new Mutant(r.flow(), broken, s);
            }));
  }

  /** A user agent's request with both tags, of a dialog some response already named. */
  private static boolean inDialogRequest(Roles r, long s) {
    if (!r.isRequest(s) || r.isProxy(r.step(s).from()) || r.toTag(s) == null) {
      return false;
    }
    for (long e = 1; e < s; e++) {
      if (r.isResponse(e) && Objects.equals(r.callId(e), r.callId(s))
          && (r.fromTag(s).equals(r.fromTag(e)) && r.toTag(s).equals(r.toTag(e))
          || r.fromTag(s).equals(r.toTag(e)) && r.toTag(s).equals(r.fromTag(e)))) {
        return true;
      }
    }
    return false;
  }

  /** A request with credentials, the sender's first of its method after a 401 or 407 to it. */
  static boolean isRetry(Roles r, long s) {
    if (!r.isRequest(s) || !r.first(s) || r.isProxy(r.step(s).from())
        || SipText.fields(r.step(s).message(), "Authorization")
        .isEmpty() && SipText.fields(r.step(s).message(), "Proxy-Authorization").isEmpty()) {
      return false;
    }
    for (long e = s - 1; e >= 1; e--) {
      if (r.step(e).from().equals(r.step(s).from()) && r.isRequest(e) && r.is(e, r.method(s))) {
        return false;
      }
      if ((r.status(e) == 401 || r.status(e) == 407) && r.step(e).to().equals(r.step(s).from())
          && r.is(e, r.method(s))) {
        return true;
      }
    }
    return false;
  }

  private static Mutant changeRetry(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    return Mutant.of(r.flow(), s, switch (d.between(0, 2)) {
      case 0 -> Edits.withCallId(text, "retry-" + r.callId(s));
      case 1 -> SipText.withTag(text, "From", r.fromTag(s) + "x");
      default -> SipText.editField(text, "To", 0, f -> f.replaceFirst("@", "x@"));
    });
  }

  /** For a pbx's new INVITE, the step that brought it the INVITE of its other leg, or 0. */
  private static long incomingLeg(Roles r, long s) {
    Flow.Step step = r.step(s);
    if (!"pbx".equals(r.flow().kind(step.from())) || !r.is(s, "INVITE") || !r.isRequest(s)
        || r.toTag(s) != null) {
      return 0;
    }
    for (long e = 1; e < s; e++) {
      if (r.step(e).to().equals(step.from()) && r.isRequest(e) && r.is(e, "INVITE")
          && !r.callId(e).equals(r.callId(s))) {
        return e;
      }
    }
    return 0;
  }
}
