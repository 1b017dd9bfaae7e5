package org.siplab.transaction;

/** A state of one of the four state machines; each machine's enum of states implements this. */
public interface TransactionState {

  /** The RFC's name for the state, as its figure writes it: {@code Calling}, {@code Completed}. */
  String label();

  /** Whether this is the Terminated state, in which the transaction no longer exists. */
  boolean isTerminated();
}
