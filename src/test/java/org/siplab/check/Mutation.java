package org.siplab.check;

import java.util.List;
import java.util.function.Function;
import org.siplab.testkit.Draw;

/**
 * A way to break one rule in a clean flow: where it can be done ({@link #sites}) and how (a
 * {@link Breaker}), which also says which event then breaks the rule.
 *
 * @param rule the id of the rule the mutation breaks
 * @param description what the mutation does, in words
 */
record Mutation(String rule, String description, Function<Roles, List<Long>> sites,
    Breaker breaker) {

  /** Breaks the rule at one site, drawing the details from {@code d}. */
  interface Breaker {
    Mutant apply(Roles roles, long site, Draw d);
  }

  /**
   * A broken flow, the clean flow it was made from (the base, or the base with retransmissions
   * added on schedule) and the event that breaks the rule.
   */
  record Mutant(Flow clean, Flow broken, long event) {

    /** The base unchanged but for the message at {@code seq}. */
    static Mutant of(Flow clean, long seq, String message) {
      return new Mutant(clean, clean.with(seq, s -> s.withMessage(message)), seq);
    }
  }

  @Override
  public String toString() {
    return rule + ": " + description;
  }
}
