/**
 * The transaction-stateful proxy of RFC 3261 section 16, with forking, proxy authentication
 * (section 22.3) and a SIP ALG mode (RFC 3665 section 3.5).
 *
 * <h2>Reading it next to the RFC</h2>
 *
 * <table>
 *   <caption>Where each step of section 16 lives</caption>
 *   <tr><th>RFC 3261</th><th>class</th></tr>
 *   <tr><td>16.2 the proxy core, 100 Trying</td><td>{@link
 *       org.siplab.element.proxy.StatefulProxy}</td></tr>
 *   <tr><td>16.3 validation (416, 483, 482, 420)</td><td>{@link
 *       org.siplab.element.proxy.RequestValidation}</td></tr>
 *   <tr><td>16.3 step 6, 22.3 Proxy-Authorization (407)</td><td>{@link
 *       org.siplab.element.proxy.ProxyAuthentication}</td></tr>
 *   <tr><td>16.4 Route preprocessing; 16.6 steps 6 and 7</td><td>{@link
 *       org.siplab.element.proxy.RouteInformation}</td></tr>
 *   <tr><td>16.5 targets (404, 480)</td><td>{@link
 *       org.siplab.element.proxy.TargetDetermination}</td></tr>
 *   <tr><td>16.6 steps 1 to 8, the copy</td><td>{@link
 *       org.siplab.element.proxy.RequestForwarding}</td></tr>
 *   <tr><td>16.6 step 8 branch, 16.3 step 4 loops</td><td>{@link
 *       org.siplab.element.proxy.Branches}</td></tr>
 *   <tr><td>16.6 steps 10, 11; 16.7; 16.8 Timer C; 16.9; 16.10 CANCEL</td><td>{@link
 *       org.siplab.element.proxy.ResponseContext}</td></tr>
 *   <tr><td>16.7 steps 6 and 7, the best response</td><td>{@link
 *       org.siplab.element.proxy.BestResponse}</td></tr>
 *   <tr><td>16.7 steps 3 and 9, responses upstream</td><td>{@link
 *       org.siplab.element.proxy.Upstream}</td></tr>
 *   <tr><td>16.10 and 16.11 ACK for 2xx, CANCEL with no context, responses with no
 *       transaction</td><td>{@link
 *       org.siplab.element.proxy.StatelessForwarding}</td></tr>
 * </table>
 *
 * <h2>What the trace shows</h2>
 *
 * Besides its messages, the proxy notes each decision with {@code ElementEvents.note}: {@code
 * answers 404} and the other refusals, {@code challenges}, {@code authenticated}, {@code finds
 * targets}, {@code forks}, {@code tries the next target}, {@code cancels pending branches} (or
 * {@code leaves pending branches} of a request other than INVITE), {@code cancels a branch}
 * (Timer C), {@code gives up on a branch}, {@code chooses the best response}, {@code answers 408}
 * (or {@code answers 480} when misbehaving), {@code answers 500}, {@code forwards statelessly} (a
 * CANCEL with no context, or a response), {@code drops ACK}, {@code alg}, {@code set up} and
 * {@code misbehaves}. An ALG reports the two media legs it bridges as media events.
 *
 * <h2>Where it departs from the RFCs</h2>
 *
 * <ul>
 *   <li>A branch counts as finished for section 16.7 step 6 when it has its final response or has
 *       timed out, not when its client transaction has terminated (Timer D would hold every
 *       failure back by 32 s). The response context itself is kept until every transaction has
 *       terminated, as step 9 asks.
 *   <li>A next hop no element serves counts as a 408 from that target (section 16.6 step 7), not
 *       as a 503 (section 16.9), as there is no transport error.
 *   <li>Not implemented: the maddr rules of section 16.4, Record-Route rewriting in responses
 *       (16.7 step 8, a MAY), recursion on 3xx (16.5, a MAY), 485 for ambiguous users,
 *       answering OPTIONS addressed to the proxy itself, and TLS (sips: URIs are forwarded over
 *       UDP like sip: ones).
 *   <li>The proxy sends 100 Trying right after forwarding the INVITE, in the same instant, as
 *       most of RFC 3665's flows draw it (3.3 draws the 100 first).
 * </ul>
 */
package org.siplab.element.proxy;
