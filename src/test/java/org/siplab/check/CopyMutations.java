package org.siplab.check;

import java.util.List;
import org.siplab.check.Mutation.Mutant;

/** Mutations that break the rules on what a hop-by-hop request copies, one a rule. */
final class CopyMutations {

  private CopyMutations() {}

  static List<Mutation> all() {
    return List.of(
        new Mutation("TX-001", "a CANCEL with a Request-URI other than its INVITE's",
            r -> r.where(s -> r.is(s, "CANCEL") && r.first(s) && r.sharesBranch(s)),
            (r, s, d) -> Mutant.of(r.flow(), s, SipText.withStartLine(r.step(s).message(),
                "CANCEL sip:someone-else@192.0.2.250 SIP/2.0"))));
  }
}
