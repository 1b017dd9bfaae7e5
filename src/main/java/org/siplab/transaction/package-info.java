/**
 * RFC 3261 sections 17 and 18 with RFC 6026 and RFC 3581: the four transaction state machines,
 * their timers, the matching rules, and the UDP transport, over siplab's simulated network.
 *
 * <h2>The pieces</h2>
 *
 * <ul>
 *   <li>{@link org.siplab.transaction.InviteClientMachine}, {@link
 *       org.siplab.transaction.NonInviteClientMachine}, {@link
 *       org.siplab.transaction.InviteServerMachine}, {@link
 *       org.siplab.transaction.NonInviteServerMachine}: each an enum of states and one pure step
 *       function from (state, event) to (next state, actions), with its RFC figure drawn in the
 *       Javadoc. No I/O happens inside; {@link org.siplab.transaction.Transaction} carries the
 *       actions out.
 *   <li>{@link org.siplab.transaction.TimerSettings}: T1, T2, T4 and every timer derived from them.
 *   <li>{@link org.siplab.transaction.UdpTransport}: prints on send, parses on receive, marks
 *       received and rport, routes responses by their Via, answers broken requests with 400,
 *       discards responses whose top Via is not its own (section 18.1.2) and, for a user agent,
 *       responses with more than one Via (section 8.1.3.3, a UAC rule applied where the response
 *       enters the UA, so that its transaction retransmits and times out rather than ends with a
 *       response its TU ignores).
 *   <li>{@link org.siplab.transaction.TransactionLayer}: matches messages to transactions, runs the
 *       timers on the scheduler, and talks to a {@link org.siplab.transaction.TransactionUser}.
 *   <li>{@link org.siplab.transaction.TransactionObserver}: what the trace records.
 * </ul>
 *
 * <h2>How a TU uses it</h2>
 *
 * <pre>{@code
 * UdpTransport transport = new UdpTransport("alice", network, new Endpoint("192.0.2.1", 5060),
 *     TransportSettings.DEFAULT, recorder);
 * TransactionLayer layer = new TransactionLayer(transport, scheduler, LayerSettings.DEFAULT, tu);
 *
 * // a phone calling: its own Via (transport.sentBy(), a fresh z9hG4bK branch) on top
 * ClientTransaction invite = layer.startClientTransaction(request, proxyEndpoint);
 * // tu.onResponse(180, invite), tu.onResponse(200, invite): the TU sends the ACK itself
 * layer.sendStateless(ack, proxyEndpoint);
 *
 * // answering: tu.onRequest(request, serverTransaction)
 * serverTransaction.respond(ringing);
 * serverTransaction.respond(ok);       // the 2xx; the UA core retransmits it (section 13.3.1.4):
 * serverTransaction.respond(ok);       //   through the transaction while it is Accepted,
 * layer.sendStateless(ok, "2xx");      //   statelessly once it has ended
 * // a CANCEL: tu.onRequest(cancel, cancelTransaction), then
 * layer.findCancelTarget(cancel).ifPresent(inviteTx -> inviteTx.respond(requestTerminated));
 * }</pre>
 *
 * <p>A stateful proxy is a TU that, for each request it gets, starts client transactions for the
 * branches it forwards to and passes their responses back through the server transaction,
 * including each further 2xx an INVITE client transaction passes up while Accepted (RFC 6026).
 *
 * <h2>Reading it next to the chan_sip study</h2>
 *
 * <p>Asterisk 0.2.0 has no transaction layer: {@code sipsock_read} parses the datagram, {@code
 * find_call} looks the call up by Call-ID and {@code handle_request} switches on the method, and
 * retransmissions are scheduled per call with {@code ast_sched_add}. Here {@link
 * org.siplab.transaction.UdpTransport} is {@code sipsock_read} and {@code parse}, the matching in
 * {@link org.siplab.transaction.TransactionLayer} comes before any {@code find_call} (it finds the
 * transaction by branch), and each transaction's timers are its own scheduled events.
 *
 * <h2>Where it departs from the RFCs</h2>
 *
 * <ul>
 *   <li>UDP only: no TCP fallback for large requests (section 18.1.1); a message too large for one
 *       datagram is a transport error.
 *   <li>Names are not resolved (section 18.2.2's "procedures of Section 5 of [4]"): a response
 *       whose Via leads to a host name without {@code received} cannot be sent.
 *   <li>RFC 2543 matching compares the top Via by value and the Request-URI by section 19.1.4.
 * </ul>
 */
package org.siplab.transaction;
