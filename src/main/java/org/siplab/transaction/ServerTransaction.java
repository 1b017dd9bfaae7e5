package org.siplab.transaction;

import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.TransactionEvent.ForServer;
import org.siplab.transaction.TransactionEvent.ResponseFromTu;

/**
 * A server transaction (section 17.2): the layer creates it for a request that matched none and
 * hands it to the TU, which answers through {@link #respond}. It absorbs retransmissions of the
 * request and resends the last response for them.
 */
public final class ServerTransaction extends Transaction {

  private ServerContext context;
  private ServerTransactionTable.BranchKey tableKey;

  ServerTransaction(TransactionLayer layer, SipRequest request, LayerSettings settings) {
    super(layer, TransactionId.of(request), kindOf(request));
    boolean autoTrying = settings.autoTrying() && kind() == TransactionKind.INVITE_SERVER;
    this.context = new ServerContext(settings.timers(), request, null, autoTrying);
  }

  private static TransactionKind kindOf(SipRequest request) {
    return request.method().equals(Method.INVITE)
        ? TransactionKind.INVITE_SERVER
        : TransactionKind.NON_INVITE_SERVER;
  }

  /** The request as it arrived, its top Via marked with received and rport (section 18.2.1). */
  @Override
  public SipRequest request() {
    return context.request();
  }

  /** The last response passed to the transport, or null. */
  public SipResponse lastResponse() {
    return context.lastResponse();
  }

  /**
   * Passes the TU's response to the transaction, which sends it or discards it as its state says
   * (a final response in Completed is discarded, section 17.2.2). Returns false, sending nothing,
   * when the transaction has already terminated: a late 2xx retransmission then goes through
   * {@link TransactionLayer#sendStateless(SipResponse, String)}.
   */
  public boolean respond(SipResponse response) {
    if (isTerminated()) {
      return false;
    }
    handle(new ResponseFromTu(response));
    return true;
  }

  /**
   * Ends the transaction without a response, for a TU that forwards the request statelessly and
   * so keeps no transaction for it: a proxy's CANCEL that matches no response context (RFC 3261
   * section 16.10: it "MUST statelessly forward the CANCEL request"). Section 16.11's stateless
   * proxy has no server transaction, so a retransmission of the request is not absorbed: it makes
   * a new transaction, and the TU forwards it again. Nothing happens once it has terminated.
   */
  public void release(String reason) {
    end(kind() == TransactionKind.INVITE_SERVER ? InviteServerMachine.State.TERMINATED
        : NonInviteServerMachine.State.TERMINATED, reason);
  }

  /** The key the layer's table holds the transaction under; null for an RFC 2543 one. */
  ServerTransactionTable.BranchKey tableKey() {
    return tableKey;
  }

  void tableKey(ServerTransactionTable.BranchKey key) {
    tableKey = key;
  }

  @Override
  Step<?> startStep() {
    return kind() == TransactionKind.INVITE_SERVER
        ? InviteServerMachine.start(context)
        : NonInviteServerMachine.start(context);
  }

  @Override
  Step<?> step(TransactionEvent event) {
    ForServer forServer = (ForServer) event;
    if (kind() == TransactionKind.INVITE_SERVER) {
      return InviteServerMachine.step((InviteServerMachine.State) state(), forServer, context);
    }
    return NonInviteServerMachine.step((NonInviteServerMachine.State) state(), forServer, context);
  }

  /** Sends a response where its top Via says, and remembers it for retransmission. */
  @Override
  SendOutcome send(SipMessage message, String retransmittedBy) {
    SipResponse response = (SipResponse) message;
    context = context.withLastResponse(response);
    return layer().transport().sendResponse(response, id(), retransmittedBy);
  }

  /** The request that created the transaction, or an ACK that reached it in Accepted. */
  @Override
  void passToTu(SipMessage message) {
    SipRequest request = (SipRequest) message;
    if (request.method().equals(Method.ACK)) {
      layer().user().onStrayAck(request);
    } else {
      layer().user().onRequest(request, this);
    }
  }
}
