package org.siplab.element.phone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.siplab.dialog.Cancels;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.UserAgentCore;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.TransactionLayer;

/**
 * Every request the phone sends leaves here, and every response comes back here to the part of
 * the phone that waits for it (a {@link ResponseHandler}): the registration, the call, a MESSAGE.
 *
 * <p>Requests outside a dialog get the phone's Via with a new branch (section 8.1.1.7) and, for an
 * INVITE, its Contact (section 8.1.1.8). Requests in a dialog go through the UA core, which keeps
 * the dialog's CSeq (section 12.2.1.1), unless a misbehaviour spoils their CSeq, Call-ID or To
 * tag.
 */
final class Outbox {

  private final UserAgentCore core;
  private final TransactionLayer layer;
  private final OutboundRoute route;
  private final Misbehaviours misbehaviours;
  private final Reporter reporter;
  private final Map<ClientTransaction, ResponseHandler> waiting = new LinkedHashMap<>();
  private static final int MIN_SWEEP = 16;
  /** The size of {@link #waiting} at which ended transactions are next swept out. */
  private int sweepAt = MIN_SWEEP;

  Outbox(UserAgentCore core, OutboundRoute route, Misbehaviours misbehaviours,
      Reporter reporter) {
    this.core = core;
    this.layer = core.layer();
    this.route = route;
    this.misbehaviours = misbehaviours;
    this.reporter = reporter;
  }

  OutboundRoute route() {
    return route;
  }

  /** Sends a request (without Via) to {@code destination} in a new client transaction. */
  ClientTransaction send(SipRequest request, Endpoint destination, ResponseHandler handler) {
    SipRequest out = misbehaviours.outgoing(request)
        .prepend(HeaderName.VIA, Via.udp(layer.transport().sentBy(),
            misbehaviours.branch(request.method())));
    if (out.method().equals(Method.INVITE) && out.contacts().isEmpty()) {
      out = out.append(HeaderName.CONTACT, core.contact());
    }
    ClientTransaction transaction = layer.startClientTransaction(out, destination);
    waitFor(transaction, handler);
    return transaction;
  }

  /**
   * The next request in a dialog (section 12.2.1.1), sent where its route set leads; empty, with a
   * note, when that is nowhere in the network (a peer that moved to an address nobody serves).
   * {@code customize} adds headers and a body; it may run twice, so it must do nothing else.
   */
  Optional<ClientTransaction> sendInDialog(DialogId id, Method method,
      Consumer<SipRequest.Builder> customize, ResponseHandler handler) {
    Optional<Dialog> found = core.dialog(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Dialog dialog = found.get();
    Dialog.Next next = dialog.nextRequest(method, 1);
    customize.accept(next.request());
    SipRequest request = next.request().build();
    Optional<Endpoint> hop = route.nextHop(request);
    if (hop.isEmpty()) {
      reporter.note("cannot send", method + ": no element serves " + request.requestUri()
          + ", the remote target of the dialog");
      return Optional.empty();
    }
    OptionalLong cseq = misbehaviours.dialogCseq(dialog, method);
    SipRequest spoiled = misbehaviours.inDialog(cseq.isPresent()
        ? request.with(HeaderName.CSEQ, new CSeq(cseq.getAsLong(), method)) : request);
    if (spoiled != request) {
      return Optional.of(send(spoiled, hop.get(), handler));
    }
    ClientTransaction transaction = core.sendInDialog(id, method, customize);
    waitFor(transaction, handler);
    return Optional.of(transaction);
  }

  /**
   * Section 9.1: the CANCEL of a pending INVITE, built from it and sent where it went ("[t]he
   * destination address, port, and transport for the CANCEL MUST be identical to those used to
   * send the original request"), in a transaction of its own.
   */
  ClientTransaction cancel(ClientTransaction invite, ResponseHandler handler) {
    ClientTransaction transaction = layer.startClientTransaction(
        misbehaviours.cancel(Cancels.cancelOf(invite.request()), invite.destination()),
        invite.destination());
    waitFor(transaction, handler);
    return transaction;
  }

  /** ack-wrong-cseq: a second ACK for the 2xx, with a CSeq number unlike the INVITE's. */
  void wrongAck(DialogId id, long inviteCseq) {
    OptionalLong wrong = misbehaviours.wrongAckCseq(inviteCseq);
    Optional<Dialog> dialog = core.dialog(id);
    if (wrong.isEmpty() || dialog.isEmpty()) {
      return;
    }
    SipRequest ack = dialog.get().ackFor(new CSeq(wrong.getAsLong(), Method.ACK)).build()
        .prepend(HeaderName.VIA, Via.udp(layer.transport().sentBy(), core.ids().branch()));
    route.nextHop(ack).ifPresent(destination -> layer.sendStateless(ack, destination));
  }

  private void waitFor(ClientTransaction transaction, ResponseHandler handler) {
    // Ended transactions are swept out when the map has doubled since the last sweep, not on
    // every send: a scenario that calls again on every failure (a runaway) sends thousands of
    // requests in one virtual instant, and a sweep per send made the run quadratic, so that it
    // never reached the event limit that stops it.
    if (waiting.size() >= sweepAt) {
      waiting.keySet().removeIf(ClientTransaction::isTerminated);
      sweepAt = Math.max(MIN_SWEEP, 2 * waiting.size());
    }
    waiting.put(transaction, handler);
  }

  /** Passes a response to the part that waits for it; false when nothing does. */
  boolean deliver(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    ResponseHandler handler = waiting.get(transaction);
    if (handler == null) {
      return false;
    }
    handler.onResponse(response, transaction, dialog);
    return true;
  }

  /** Tells the part that waits that its transaction failed; false when nothing waits. */
  boolean fail(ClientTransaction transaction, String why) {
    ResponseHandler handler = waiting.remove(transaction);
    if (handler == null) {
      return false;
    }
    handler.onTimeout(transaction, why);
    return true;
  }
}
