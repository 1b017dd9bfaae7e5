package org.siplab.transaction;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sim.Scheduler;

/** Writes down every report of the transport and layers it observes, as timed lines of text. */
final class RecordingObserver implements TransactionObserver {

  private final Scheduler scheduler;
  final List<String> lines = new ArrayList<>();
  final List<DiscardedDatagram> discarded = new ArrayList<>();

  RecordingObserver(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void beforeSend(String element, SipMessage message, TransactionId transaction,
      String retransmittedBy) {
    add(element + " sends " + firstWord(message)
        + (retransmittedBy == null ? "" : " (" + retransmittedBy + ")"));
  }

  @Override
  public void stateChanged(String element, TransactionId transaction, TransactionKind kind,
      TransactionState from, TransactionState to, String reason) {
    add(element + " " + kind.label() + " " + (from == null ? "new" : from.label()) + " -> "
        + to.label() + " (" + reason + ")");
  }

  @Override
  public void timerSet(String element, TransactionId transaction, TimerName timer,
      long durationUs) {
    add(element + " set " + timer.label() + " " + Rig.seconds(durationUs));
  }

  @Override
  public void timerFired(String element, TransactionId transaction, TimerName timer,
      long durationUs) {
    add(element + " fired " + timer.label());
  }

  @Override
  public void timerCancelled(String element, TransactionId transaction, TimerName timer,
      long durationUs) {
    add(element + " cancelled " + timer.label());
  }

  @Override
  public void discarded(String element, DiscardedDatagram datagram) {
    discarded.add(datagram);
    add(element + " discarded: " + datagram.reason());
  }

  private void add(String line) {
    lines.add(Rig.seconds(scheduler.nowUs()) + " " + line);
  }

  /** The lines that contain {@code text}. */
  List<String> linesWith(String text) {
    return lines.stream().filter(line -> line.contains(text)).toList();
  }

  static String firstWord(SipMessage message) {
    return message instanceof SipResponse response
        ? Integer.toString(response.status())
        : ((SipRequest) message).method().name();
  }
}
