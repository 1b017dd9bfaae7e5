package org.siplab.check;

import java.util.List;
import org.siplab.check.Mutation.Mutant;

/** Mutations that break the header-field rules, one a rule. */
final class HeaderMutations {

  /**
   * Fields RFC 3261's Tables 2 and 3 mark not applicable ({@code -}) to every request but an
   * INVITE: ACK, BYE, CANCEL, OPTIONS and REGISTER.
   */
  private static final List<String> NOT_APPLICABLE = List.of("Subject: lunch?",
      "Priority: urgent", "In-Reply-To: 70710@saturn.bell-tel.com", "Reply-To: Bob"
      + " <sip:bob@biloxi.com>", "Alert-Info: <http://www.example.com/sounds/moo.wav>");

  private HeaderMutations() {}

  static List<Mutation> all() {
    return List.of(
        new Mutation("HDR-001", "a request other than INVITE with a header field its method's"
            + " column marks not applicable",
            r -> r.where(s -> r.isRequest(s) && r.first(s) && r.origin(s)
                && List.of("ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER").contains(r.method(s))),
            (r, s, d) -> Mutant.of(r.flow(), s,
                SipText.appendField(r.step(s).message(), d.pick(NOT_APPLICABLE)))));
  }
}
