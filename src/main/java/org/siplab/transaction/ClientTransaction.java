package org.siplab.transaction;

import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.TransactionEvent.ForClient;

/**
 * A client transaction (section 17.1): it sends a request to one destination, retransmits it,
 * passes the responses up and, for an INVITE, ACKs a failure. The TU gets it from
 * {@link TransactionLayer#startClientTransaction} and sees it again in every callback about it.
 */
public final class ClientTransaction extends Transaction {

  private final ClientContext context;
  private final Endpoint destination;
  private long renumbered;

  ClientTransaction(TransactionLayer layer, SipRequest request, Endpoint destination,
      TimerSettings timers) {
    super(layer, TransactionId.of(request), kindOf(request));
    this.context = new ClientContext(timers, request);
    this.destination = destination;
  }

  private static TransactionKind kindOf(SipRequest request) {
    return request.method().equals(Method.INVITE)
        ? TransactionKind.INVITE_CLIENT
        : TransactionKind.NON_INVITE_CLIENT;
  }

  /** The request exactly as the transaction sends it (with rport, if the transport adds it). */
  @Override
  public SipRequest request() {
    return context.request();
  }

  /**
   * The TU gives up on the request (section 9.1: no final response 64*T1 after its CANCEL): a
   * transaction still waiting for its final response terminates at once, saying why in the
   * trace; one that has its final response is left to its own timers.
   */
  public void abandon(String reason) {
    handle(new TransactionEvent.Abandoned(reason));
  }

  /** Where the request goes; section 17.1.1.2 sends the ACK for a failure there too. */
  public Endpoint destination() {
    return destination;
  }

  @Override
  Step<?> startStep() {
    return kind() == TransactionKind.INVITE_CLIENT
        ? InviteClientMachine.start(context)
        : NonInviteClientMachine.start(context);
  }

  @Override
  Step<?> step(TransactionEvent event) {
    ForClient forClient = (ForClient) event;
    if (kind() == TransactionKind.INVITE_CLIENT) {
      return InviteClientMachine.step((InviteClientMachine.State) state(), forClient, context);
    }
    return NonInviteClientMachine.step((NonInviteClientMachine.State) state(), forClient, context);
  }

  /**
   * Section 17.1.1.2: the ACK "MUST be sent to the same address, port, and transport to which the
   * original request was sent", so every request of the transaction goes to the destination.
   */
  @Override
  SendOutcome send(SipMessage message, String retransmittedBy) {
    SipRequest request = (SipRequest) message;
    if (retransmittedBy != null && layer().settings().renumberRetransmissions()) {
      request = renumbered(request);
    }
    return layer().transport().sendRequest(request, destination, id(), retransmittedBy);
  }

  /**
   * The renumber-retransmissions misbehaviour ({@link LayerSettings#renumberRetransmissions()}):
   * the k-th retransmission carries the request's CSeq number plus k, where section 17.1.1.2
   * resends "the message previously sent to the transport layer" unchanged.
   */
  private SipRequest renumbered(SipRequest request) {
    CSeq cseq = request.cseq();
    renumbered++;
    return request.with(HeaderName.CSEQ, cseq.withNumber(cseq.number() + renumbered));
  }

  @Override
  void passToTu(SipMessage message) {
    layer().user().onResponse((SipResponse) message, this);
  }
}
