package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.siplab.check.Mutation.Mutant;
import org.siplab.testkit.Draw;

/** Mutations that break the Via, Max-Forwards and proxy rules, one a rule. */
final class ViaMutations {

  private static final String EXTRA_VIA = "Via: SIP/2.0/UDP extra.example.com:5060"
      + ";branch=z9hG4bKextra";

  private ViaMutations() {}

  static List<Mutation> all() {
    return List.of(
        new Mutation("VIA-001", "a request whose own Via has a branch without z9hG4bK, or none",
            r -> r.where(s -> r.isRequest(s) && r.first(s) && !r.sharesBranch(s)),
            ViaMutations::noCookie),
        new Mutation("VIA-002", "a new request reuses the branch of another transaction, as"
            + " written or in other case (a branch is a token, section 7.3.1)",
            r -> r.where(s -> !reusable(r, s).isEmpty()), (r, s, d) -> Mutant.of(r.flow(), s,
                SipText.withTopBranch(r.step(s).message(),
                    inEitherCase(r.branch(d.pick(reusable(r, s))), d)))),
        // A UAS's rule: a response a proxy forwards is VIA-005's.
        new Mutation("VIA-003", "a response whose Via values differ from its request's",
            r -> r.where(s -> r.isResponse(s) && r.first(s) && !r.forwardedResponse(s)),
            ViaMutations::otherVias),
        new Mutation("VIA-004", "a proxy forwards a request without adding its Via",
            r -> r.where(s -> r.first(s) && r.forwardedRequest(s)),
            (r, s, d) -> Mutant.of(r.flow(), s, SipText.removeField(r.step(s).message(), "Via",
                0))),
        new Mutation("VIA-005", "a proxy forwards a response without removing its Via",
            r -> r.where(s -> r.first(s) && r.forwardedResponse(s)), (r, s, d) -> {
              String own = SipText.fields(r.step(r.received(s, false)).message(), "Via").get(0);
              return Mutant.of(r.flow(), s, SipText.insertBefore(r.step(s).message(), "Via",
                  own));
            }),
        new Mutation("MAXFWD-001", "a proxy forwards a request without decrementing"
            + " Max-Forwards by exactly one",
            r -> r.where(s -> r.first(s) && r.forwardedRequest(s)),
            ViaMutations::badMaxForwards),
        new Mutation("PROXY-001", "a proxy whose branch timed out answers with another code"
            + " than 408",
            r -> r.where(s -> timedOutAnswer(r, s)), (r, s, d) -> Mutant.of(r.flow(), s,
                SipText.withStartLine(r.step(s).message(), "SIP/2.0 " + d.pick("480 No Response",
                    "404 Not Found", "486 Busy Here", "500 Server Internal Error",
                    "503 Service Unavailable", "603 Decline")))));
  }

  /** {@code branch} as written, or with everything after the magic cookie in upper case. */
  private static String inEitherCase(String branch, Draw d) {
    String cookie = "z9hG4bK";
    String upper = branch.startsWith(cookie)
        ? cookie + branch.substring(cookie.length()).toUpperCase(Locale.ROOT) : branch;
    return d.pick(branch, upper);
  }

    private static Mutant noCookie(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    if (d.chance(30)) {
      return Mutant.of(r.flow(), s, SipText.editField(text, "Via", 0,
          f -> f.replaceAll(";\\s*branch=[^;\\s,]*", "")));
    }
    String branch = r.branch(s).substring("z9hG4bK".length());
    return Mutant.of(r.flow(), s, SipText.withTopBranch(text, d.pick(branch, "x" + branch)));
  }

  /**
   * The earlier requests whose branch {@code s} could take to break VIA-002: of another
   * transaction, and not a request that {@code s} could legally share it with (the INVITE of an
   * ACK, or the request of a CANCEL, on the same hop: then it is that ACK or CANCEL, judged by
   * CSEQ-005).
   */
  private static List<Long> reusable(Roles r, long s) {
    List<Long> out = new ArrayList<>();
    if (!r.isRequest(s) || !r.first(s)) {
      return out;
    }
    for (long e = 1; e < s; e++) {
      if (r.isRequest(e) && r.first(e) && !r.branch(e).equals(r.branch(s))
          && !mayShare(r, s, r.branch(e))) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether an ACK or CANCEL {@code s} may carry {@code branch}: a request's on its hop. */
  private static boolean mayShare(Roles r, long s, String branch) {
    for (long e = 1; e < s; e++) {
      boolean sameHop = r.step(e).from().equals(r.step(s).from())
          && r.step(e).to().equals(r.step(s).to());
      if (sameHop && r.isRequest(e) && r.branch(e).equals(branch)
          && (r.is(s, "CANCEL") && !r.is(e, "ACK") || r.is(s, "ACK") && r.is(e, "INVITE"))) {
        return true;
      }
    }
    return false;
  }

  private static Mutant otherVias(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    int count = r.vias(s).size();
    return Mutant.of(r.flow(), s, switch (d.between(0, 2)) {
      case 0 -> SipText.removeField(text, "Via", count - 1);
      case 1 -> SipText.insertBefore(text, "From", EXTRA_VIA);
      default -> SipText.editField(text, "Via", count - 1,
          f -> f.replaceAll("branch=([^;\\s,]*)", "branch=$1x"));
    });
  }

  private static Mutant badMaxForwards(Roles r, long s, Draw d) {
    String text = r.step(s).message();
    int now = r.message(s).maxForwards();
    int choice = d.between(0, 2);
    if (choice == 0) {
      return Mutant.of(r.flow(), s, SipText.removeField(text, "Max-Forwards", 0));
    }
    int wrong = choice == 1 || now < 1 ? now + 1 + d.between(0, 3)
        : Math.max(0, now - 1 - d.between(0, 3));
    return Mutant.of(r.flow(), s, SipText.setValue(text, "Max-Forwards", "" + wrong));
  }

  /**
   * A final response a proxy made itself to a request it had forwarded, with no final response
   * coming back from where it forwarded it.
   */
  private static boolean timedOutAnswer(Roles r, long s) {
    Flow.Step step = r.step(s);
    if (!r.isResponse(s) || !r.first(s) || !r.isProxy(step.from()) || r.status(s) < 200
        || r.is(s, "CANCEL") || !r.origin(s)) {
      return false;
    }
    boolean forwarded = false;
    for (long e = 1; e < s; e++) {
      boolean sameCall = Objects.equals(r.callId(e), r.callId(s)) && r.cseq(e).equals(r.cseq(s));
      if (sameCall && r.isRequest(e) && r.step(e).from().equals(step.from())) {
        forwarded = true;
      }
      if (sameCall && r.isResponse(e) && r.status(e) >= 200
          && r.step(e).to().equals(step.from())) {
        return false;
      }
    }
    return forwarded;
  }
}
