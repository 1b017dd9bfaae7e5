package org.siplab.transaction;

import java.util.List;
import java.util.Objects;

/**
 * The result of one step of a state machine: the state it moves to (the same one for a
 * self-loop) and the actions to carry out, in order.
 */
public record Step<S extends TransactionState>(S next, List<Action> actions) {

  public Step {
    Objects.requireNonNull(next, "next");
    actions = List.copyOf(actions);
  }

  static <S extends TransactionState> Step<S> to(S next, Action... actions) {
    return new Step<>(next, List.of(actions));
  }

  /** The event changes nothing: it is absorbed or ignored. */
  static <S extends TransactionState> Step<S> stay(S state) {
    return new Step<>(state, List.of());
  }
}
