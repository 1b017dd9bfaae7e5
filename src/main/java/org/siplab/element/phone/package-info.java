/**
 * The phone: a SIP user agent, client and server (RFC 3261 section 8), as the flows of RFC 3665
 * show it. It registers, calls and answers, holds, moves, and sends and answers OPTIONS, INFO and
 * MESSAGE; it can also be switched into deliberate mistakes for teaching.
 *
 * <h2>Driving it</h2>
 *
 * <pre>{@code
 * PhoneConfig config = PhoneConfig.of("sip:alice@atlanta.example.com")
 *     .withPassword("cleartext").withProxies("proxy-1");
 * Phone alice = new Phone("alice", config, runner::aorOf);   // element name -> AOR
 * alice.listen((phone, event, detail) -> ...);              // registered, incoming, ...
 * simulation.add(alice, "192.0.2.101", 5060);
 * simulation.at(0, "alice", "register", alice::register);
 * simulation.at(1_000_000, "alice", "call bob", () -> alice.call("bob"));
 * }</pre>
 *
 * <p>Each script action is one method of {@link org.siplab.element.phone.Phone}; each key of a
 * phone in a scenario file is one component of {@link org.siplab.element.phone.PhoneConfig}.
 * {@link org.siplab.element.phone.Phone#state()} gives the {@link
 * org.siplab.element.phone.PhoneState}, listeners hear the {@link
 * org.siplab.element.phone.PhoneEvent}s, and the trace gets every state change, media span and
 * decision through the element's events.
 *
 * <h2>The parts</h2>
 *
 * <ul>
 *   <li>{@link org.siplab.element.phone.Registration}: REGISTER, refresh, unregister, query
 *       (section 10.2, RFC 3665 section 2);
 *   <li>{@link org.siplab.element.phone.Line}, the one line, with {@link
 *       org.siplab.element.phone.OutgoingInvite} (caller), {@link
 *       org.siplab.element.phone.IncomingInvite} (callee) and {@link
 *       org.siplab.element.phone.Reinvite} (section 14) for each {@link
 *       org.siplab.element.phone.Call}, whose {@link org.siplab.element.phone.CallMedia} does
 *       offer/answer (RFC 3264) and reports the media span;
 *   <li>{@link org.siplab.element.phone.Messaging}: OPTIONS, MESSAGE, INFO; {@link
 *       org.siplab.element.phone.Screening}: the UAS checks of section 8.2 (405, 501, 416, 404,
 *       420, 415);
 *   <li>{@link org.siplab.element.phone.Keyring}: digest answers to 401 and 407 (section 22);
 *       {@link org.siplab.element.phone.Outbox} and {@link
 *       org.siplab.element.phone.OutboundRoute}: sending, outbound proxies and their failover;
 *   <li>{@link org.siplab.element.phone.Misbehaviours}: the deliberate mistakes, in one place.
 * </ul>
 *
 * <h2>Reading it next to the chan_sip study</h2>
 *
 * <p>Asterisk's {@code handle_request} switches on the method; here the UA core answers BYE and
 * CANCEL itself, and {@link org.siplab.element.phone.Phone#onRequest} hands the rest to the part
 * that handles it, after {@link org.siplab.element.phone.Screening} has sent the 405 that {@code
 * handle_request} sends for a method it has no branch for. {@code find_call} finds a call by
 * Call-ID; here the UA core finds the dialog by Call-ID and both tags.
 *
 * <h2>Where it departs from the RFCs, or stops short</h2>
 *
 * <ul>
 *   <li>One call at a time: a new INVITE during a call gets 486, as does OPTIONS (section 11.2).
 *       A second 2xx to its INVITE (another fork) is ACKed and ended with BYE.
 *   <li>No extension is supported (empty Supported; any Require gets 420): no reliable
 *       provisional responses (RFC 3262), UPDATE or session timers. A Request-URI of a scheme
 *       other than sip and sips, tel included, gets 416 (section 8.2.2.1): the phone has no
 *       telephone number. A SIP Request-URI is taken as this phone's when its user is the AOR's
 *       (or it has none), whatever its host, so a request for another user at its address gets
 *       404 (section 8.2.2.1); the To header field is not checked (the RFC recommends accepting
 *       any). A merged request (section 8.2.2.2: a copy of a request whose transaction is still
 *       going, arrived by another path) gets 482 from the UA core, which asks for the phone's
 *       checks in section 8.2's order around its own: the method and the Request-URI before it,
 *       Require and the body after. A BYE and the requests within a call are checked too
 *       (sections 15.1.2 and 12.2.2): a BYE that requires an extension gets 420, and the call
 *       goes on. A CANCEL is not (section 8.2.2.3 has a Require in one ignored).
 *   <li>It understands bodies in English only, as the Accept-Language of its answer to OPTIONS
 *       says: a body in another Content-Language gets 415 with Accept-Language (section 8.2.3).
 *       A body of a type it does not understand marked {@code handling=optional} (section
 *       20.11) is passed over; the disposition type itself is not checked.
 *   <li>The INVITE resent to the next outbound proxy keeps its Call-ID and CSeq (section 8.1.2:
 *       each try is a new transaction, with a new branch); RFC 3665 section 3.4 shows a new
 *       Call-ID there. Only an INVITE fails over; REGISTER, OPTIONS and MESSAGE do not.
 *   <li>After a 3xx, the Contact's URI headers ({@code ?Subject=...}) are not turned into header
 *       fields of the new INVITE (section 8.1.3.4); contacts are tried one after the other.
 *   <li>A 401 or 407 to a request inside a dialog ends that request; only requests outside a
 *       dialog are retried with credentials. A 413, 415, 416 or 420 ends the request, where
 *       section 8.1.3.5 says the UAC SHOULD retry without the body, extension or URI refused.
 *   <li>A response with more than one Via value is discarded, as section 8.1.3.3 says "the UAC
 *       SHOULD discard the message", but by the phone's transport, before its client transaction
 *       sees it (as every user agent's transport does): the request is retransmitted and times out
 *       as if the response were lost, where a transaction that took it would have ended with a
 *       response the phone then ignored. The VIA-003 scenario shows the call failing so.
 *   <li>The retry after a 3xx, 401 or 407 waits on a timer of no length for the transaction's ACK
 *       to leave first, as RFC 3665 draws it.
 *   <li>The RTP port is always 49172; {@code move} changes the advertised address but does not
 *       re-register by itself.
 * </ul>
 */
package org.siplab.element.phone;
