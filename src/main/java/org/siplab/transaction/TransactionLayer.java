package org.siplab.transaction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;
import org.siplab.sim.Scheduler;
import org.siplab.transaction.TransactionEvent.RequestReceived;
import org.siplab.transaction.TransactionEvent.ResponseReceived;

/**
 * The transaction layer of one element (RFC 3261 section 17): it matches what its
 * {@link UdpTransport} passes up to client and server transactions, creates a server transaction
 * for each new request, runs the transactions' timers on the {@link Scheduler}, and passes to its
 * {@link TransactionUser} what the transactions and the matching rules send up.
 *
 * <p>In the chan_sip study, {@code find_call} finds the call a datagram belongs to by Call-ID and
 * {@code handle_request} switches on the method; here a message first finds its transaction by
 * branch (sections 17.1.3 and 17.2.3), and only what no transaction absorbs reaches the TU.
 *
 * <p>A transaction that terminates leaves nothing behind: it is removed from the tables and its
 * timers are cancelled.
 */
public final class TransactionLayer {

  private final UdpTransport transport;
  private final Scheduler scheduler;
  private final LayerSettings settings;
  private final TransactionUser user;
  private final Map<TransactionId, ClientTransaction> clients = new LinkedHashMap<>();
  private final ServerTransactionTable servers = new ServerTransactionTable();

  /** A layer over {@code transport}, which it starts listening; it reports to its observer. */
  public TransactionLayer(UdpTransport transport, Scheduler scheduler, LayerSettings settings,
      TransactionUser user) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.user = Objects.requireNonNull(user, "user");
    transport.listen(new TransportListener() {
      @Override
      public void onRequest(SipRequest request) {
        receiveRequest(request);
      }

      @Override
      public void onResponse(SipResponse response) {
        receiveResponse(response);
      }
    });
  }

  /**
   * Starts a client transaction that sends {@code request} to {@code destination}. The request is
   * complete, with this element's Via on top carrying a branch that is unique (section 8.1.1.7)
   * and the transaction's CSeq. An INVITE gets an INVITE client transaction, anything else a
   * non-INVITE one; an ACK never has a client transaction (section 17.1.1.3 sends the ACK for a
   * failure itself, section 13.2.2.4 has the UA core send the ACK for a 2xx): send it with
   * {@link #sendStateless(SipRequest, Endpoint)}.
   */
  public ClientTransaction startClientTransaction(SipRequest request, Endpoint destination) {
    Objects.requireNonNull(destination, "destination");
    if (request.method().equals(Method.ACK)) {
      throw new IllegalArgumentException("an ACK is sent statelessly, not in a client transaction"
          + " (sections 17.1.1.3 and 13.2.2.4)");
    }
    Via top = request.topVia();
    if (top == null || top.branch() == null || request.cseq() == null) {
      throw new IllegalArgumentException("a client transaction needs a request with a top Via"
          + " carrying a branch and a CSeq (sections 8.1.1.5, 8.1.1.7): " + request.startLine());
    }
    ClientTransaction transaction = new ClientTransaction(
        this, transport.outgoing(request), destination, settings.timers());
    if (clients.containsKey(transaction.id())) {
      throw new IllegalStateException("a client transaction " + transaction.id() + " exists"
          + " already: section 8.1.1.7 requires a new branch for every transaction");
    }
    clients.put(transaction.id(), transaction);
    transaction.begin(observer().wantsReasons() ? Reasons.createdByTu(request.method()) : null);
    return transaction;
  }

  /**
   * Sends a request outside any transaction: the ACK for a 2xx (section 13.2.2.4), or a request a
   * stateless proxy forwards (section 16.11).
   */
  public SendOutcome sendStateless(SipRequest request, Endpoint destination) {
    return transport.sendRequest(request, destination, null, null);
  }

  /** Sends a response outside any transaction, where its top Via says (section 18.2.2). */
  public SendOutcome sendStateless(SipResponse response) {
    return sendStateless(response, null);
  }

  /**
   * Sends a response outside any transaction: a stateless proxy forwarding a response (section
   * 16.11), or the UA core retransmitting its 2xx (section 13.3.1.4).
   *
   * @param retransmittedBy what the trace should give as the retransmission's cause (such as
   *     {@code 2xx}), or null for a first transmission
   */
  public SendOutcome sendStateless(SipResponse response, String retransmittedBy) {
    return sendStateless(response, null, retransmittedBy);
  }

  /**
   * As {@link #sendStateless(SipResponse, String)}, for a response that answers the request of a
   * transaction (which may have ended): the UA core's copies of its 2xx answer the INVITE of
   * {@code transaction}, and the trace names it.
   */
  public SendOutcome sendStateless(SipResponse response, TransactionId transaction,
      String retransmittedBy) {
    return transport.sendResponse(response, transaction, retransmittedBy);
  }

  /**
   * The server transaction a CANCEL targets, normally an INVITE's (section 9.2), matched as
   * section 17.2.3 says with the CANCEL's method taken to be the target's.
   */
  public Optional<ServerTransaction> findCancelTarget(SipRequest cancel) {
    if (!cancel.method().equals(Method.CANCEL) || cancel.topVia() == null) {
      throw new IllegalArgumentException("not a CANCEL with a Via: " + cancel.startLine());
    }
    return Optional.ofNullable(servers.cancelTarget(cancel));
  }

  public int clientTransactionCount() {
    return clients.size();
  }

  public int serverTransactionCount() {
    return servers.size();
  }

  /** The element this layer belongs to, as the trace names it. */
  public String element() {
    return transport.element();
  }

  public UdpTransport transport() {
    return transport;
  }

  public LayerSettings settings() {
    return settings;
  }

  Scheduler scheduler() {
    return scheduler;
  }

  TransactionObserver observer() {
    return transport.observer();
  }

  TransactionUser user() {
    return user;
  }

  /** Removes a terminated transaction from the tables. */
  void forget(Transaction transaction) {
    if (transaction instanceof ServerTransaction server) {
      servers.remove(server, server.tableKey());
    } else {
      clients.remove(transaction.id(), transaction);
    }
  }

  /**
   * Section 18.1.2: a response goes to the client transaction it matches (section 17.1.3: the
   * branch of its top Via and the method of its CSeq). One that matches none goes to the TU, which
   * discards it unless it forwards it as a stateless proxy (RFC 6026 section 8.9).
   */
  private void receiveResponse(SipResponse response) {
    TransactionId id = TransactionId.ofResponse(response);
    ClientTransaction transaction = id == null ? null : clients.get(id);
    if (transaction == null) {
      user.onStrayResponse(response);
      return;
    }
    transaction.handle(new ResponseReceived(response));
  }

  /**
   * Section 18.2.1: "If a matching server transaction is found, the request is passed to that
   * transaction", else to the core: an ACK that matches nothing is the ACK for a 2xx and goes to
   * the TU as it is; any other request gets a new server transaction.
   */
  private void receiveRequest(SipRequest request) {
    ServerTransaction transaction = servers.match(request);
    if (transaction != null) {
      transaction.handle(new RequestReceived(request));
    } else if (request.method().equals(Method.ACK)) {
      user.onStrayAck(request);
    } else {
      ServerTransaction created = new ServerTransaction(this, request, settings);
      created.tableKey(servers.add(created));
      created.begin(observer().wantsReasons() ? Reasons.createdByNetwork(request.method())
          : null);
    }
  }
}
