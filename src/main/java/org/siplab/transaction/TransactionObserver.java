package org.siplab.transaction;

import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;

/**
 * What the transport and transaction layer of one element report, for the trace. Every method is
 * called synchronously, at the virtual time of what it reports, in the order things happen; all
 * do nothing by default.
 *
 * <p>Strings a trace needs come from the values: {@link TransactionId#toString()},
 * {@link TransactionKind#label()}, {@link TransactionState#label()}, {@link TimerName#label()}.
 */
public interface TransactionObserver {

  /** Observes nothing. */
  TransactionObserver NONE = new TransactionObserver() {
    @Override
    public boolean wantsReasons() {
      return false;
    }
  };

  /**
   * Whether the {@code reason} of {@link #stateChanged} is read. When it is not, the layer passes
   * null instead of putting the words together: a string for every step of every transaction is
   * work nobody would see.
   */
  default boolean wantsReasons() {
    return true;
  }

  /**
   * A message is about to be sent: called right before the network's send, so that a recorder can
   * attach it to the network's Sent event that follows at once.
   *
   * @param message the message exactly as it is printed onto the wire
   * @param transaction the transaction sending it, or null for a stateless send or the transport's
   *     own 400
   * @param retransmittedBy the label of the timer whose firing caused this retransmission
   *     ({@code A}, {@code E}, {@code G}), or the cause a TU gave for a stateless retransmission
   *     (such as {@code 2xx}); null for a first transmission
   */
  default void beforeSend(
      String element, SipMessage message, TransactionId transaction, String retransmittedBy) {}

  /**
   * A transaction is about to begin, before its first {@link #stateChanged}: the request that
   * creates it names the call (Call-ID) and, inside a dialog, the dialog the transaction's later
   * reports belong to, which the reports themselves carry only as the {@link TransactionId}.
   */
  default void created(String element, TransactionId transaction, SipRequest request) {}

  /**
   * A transaction was created or changed state.
   *
   * @param from the state before, or null when the transaction is created
   * @param reason what moved it, in words: {@code received 180 Ringing}, {@code Timer B fired};
   *     null when {@link #wantsReasons()} is false
   */
  default void stateChanged(String element, TransactionId transaction, TransactionKind kind,
      TransactionState from, TransactionState to, String reason) {}

  /** A timer was set for {@code durationUs}. */
  default void timerSet(
      String element, TransactionId transaction, TimerName timer, long durationUs) {}

  /**
   * A timer fired. Called before any action the firing causes, so that a recorder can name the
   * timer as the cause of what follows.
   */
  default void timerFired(
      String element, TransactionId transaction, TimerName timer, long durationUs) {}

  /** A running timer was stopped before it fired; {@code durationUs} is what it was set for. */
  default void timerCancelled(
      String element, TransactionId transaction, TimerName timer, long durationUs) {}

  /** The transport discarded a datagram: undecodable, or a response not meant for it. */
  default void discarded(String element, DiscardedDatagram discarded) {}
}
