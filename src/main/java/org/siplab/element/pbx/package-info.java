/**
 * A PBX after Asterisk 0.2.0's {@code chan_sip}, as the chan_sip study walks through it: a
 * registrar for its own accounts and a back-to-back user agent (B2BUA) for the calls between
 * them.
 *
 * <h2>Reading it next to the study</h2>
 *
 * <table>
 *   <caption>chan_sip and siplab</caption>
 *   <tr><th>chan_sip</th><th>here</th></tr>
 *   <tr><td>{@code load_module}, {@code sip.conf}</td><td>{@link
 *       org.siplab.element.pbx.PbxConfig}, {@link org.siplab.element.pbx.Pbx#started}</td></tr>
 *   <tr><td>{@code do_monitor}, {@code ast_sched_wait}, {@code ast_io_wait}, {@code
 *       ast_sched_runq}</td><td>the simulation's run loop, in virtual time</td></tr>
 *   <tr><td>{@code sipsock_read}, {@code parse}</td><td>the transport and transaction layer
 *       below the element</td></tr>
 *   <tr><td>{@code find_call}, {@code sip_alloc}, {@code iflist}</td><td>{@link
 *       org.siplab.element.pbx.CallTable}</td></tr>
 *   <tr><td>{@code handle_request}</td><td>{@link
 *       org.siplab.element.pbx.Pbx#handleRequest}</td></tr>
 *   <tr><td>{@code register_verify}, {@code check_auth}, {@code parse_contact}, {@code
 *       expire_register}, {@code ast_sched_add}</td><td>{@link
 *       org.siplab.element.pbx.Registrations}, {@link org.siplab.element.pbx.DigestCheck}, the
 *       element's timers</td></tr>
 *   <tr><td>{@code check_user}, {@code get_destination}</td><td>{@link
 *       org.siplab.element.pbx.Dialplan}</td></tr>
 *   <tr><td>{@code sip_new}, {@code sip_call}, {@code transmit_invite_with_sdp}, {@code
 *       handle_response}, {@code sip_hangup}</td><td>{@link org.siplab.element.pbx.Bridge},
 *       {@link org.siplab.element.pbx.OutboundInvite}</td></tr>
 * </table>
 *
 * <h2>A call, leg by leg</h2>
 *
 * <pre>{@code
 *   alice                 PBX                  bob
 *     | INVITE (Call-ID A)  |                    |
 *     |-------------------->|                    |
 *     |           100       | INVITE (Call-ID B, CSeq 101)
 *     |<--------------------|------------------->|
 *     |           180       |        180         |
 *     |<--------------------|<-------------------|
 *     |                     |        200         |
 *     |           200       |<-------------------|
 *     |<--------------------|        ACK         |
 *     |           ACK       |------------------->|
 *     |-------------------->|                    |
 *     |           BYE       |                    |
 *     |-------------------->|        BYE         |
 *     |           200       |------------------->|
 *     |<--------------------|        200         |
 *     |                     |<-------------------|
 * }</pre>
 *
 * A proxy would forward alice's INVITE with its Call-ID A to bob; the PBX ends it and starts a
 * dialog of its own with Call-ID B. The trace's note "second leg" names both.
 *
 * <h2>Where it departs from chan_sip 0.2.0</h2>
 *
 * <ul>
 *   <li>A REGISTER for an account with a secret is challenged with Digest (the later {@code
 *       check_auth}), with {@code qop="auth"}, which RFC 3261 section 22.4 requires and chan_sip
 *       never sent. The study shows no challenge: {@code handle_request} answers 200 OK when
 *       {@code register_verify} succeeds and a plain {@code 401 Unauthorized}, with no {@code
 *       WWW-Authenticate}, when it fails (lines 314-315); it does not show what {@code
 *       register_verify} checks.
 *   <li>A REGISTER that no password would make good is not answered with that plain 401, which
 *       section 22.2 forbids ("The WWW-Authenticate response-header field MUST be included in
 *       401"), and a challenge would invite a retry that cannot succeed: a name that is no
 *       account, or an address-of-record of another domain, gets 404 (section 10.3 step 5; the
 *       study does not show what {@code register_verify} compares, and chan_sip of that time
 *       looks at the name only), a {@code user} account or one with a fixed host 403 (section
 *       21.4.4, as with step 4's 403), each with a Warning that says why.
 *   <li>{@code Expires: 0} removes a registration (RFC 3261 section 10.2.2); chan_sip read it as
 *       "the default".
 *   <li>A REGISTER asking for more than an hour is granted an hour (section 10.3 step 7 lets a
 *       registrar shorten the interval); chan_sip of that time granted its default instead.
 *   <li>The number is taken from the Request-URI, not from the To header; OPTIONS is answered
 *       200 (section 11), not 405.
 *   <li>The Request-URI's host must name the PBX (its domain or its address): an INVITE or
 *       OPTIONS for another host gets 404 (section 8.2.2.1), and so does a REGISTER (section 10.3
 *       step 1; the PBX is no proxy, so it cannot forward it); a URI of another scheme gets 416.
 *       The study's {@code get_destination} reads only the number.
 *   <li>A call the callee does not answer within the {@code ring-timeout} (20 s unless set, the
 *       timeout of the dialplan's {@code Dial()}) is cancelled towards the callee and answered
 *       480 to the caller (408 when the callee sent nothing back); the study shows neither the
 *       dialplan nor {@code sip_hangup}.
 *   <li>Media is not touched: the SDP passes through unchanged and RTP flows between the
 *       phones. chan_sip 0.2.0 answered with its own SDP and relayed the RTP itself.
 *   <li>{@code check_user} finds an account of any type by the From URI's user part, and an
 *       account with a fixed host also by the address a request comes from (later chan_sip's
 *       {@code find_peer}); the call starts in that account's context. 0.2.0's {@code
 *       check_user} looks among the users only, so a peer's call started in the {@code
 *       [general]} context. In both, the call is taken: 0.2.0 ignores what {@code check_user}
 *       returns (the study's line 292), and so no caller is refused for its type.
 * </ul>
 *
 * <h2>Where it departs from RFC 3261</h2>
 *
 * <ul>
 *   <li>REGISTER gets 100 Trying first, as in chan_sip, though section 8.2.6.1 says a UAS
 *       "SHOULD NOT issue a provisional response for a non-INVITE request".
 *   <li>An account has one registered address: a new Contact replaces the old one (chan_sip's
 *       {@code sip_peer.addr}), where section 10.3 would keep both; the 200 has no Date.
 *   <li>INVITEs are not authenticated, as in chan_sip 0.2.0.
 *   <li>An INVITE or re-INVITE without SDP gets 488: the UA core ACKs a callee's 2xx at once, so
 *       the answer to an offer in that 2xx could not be carried in the ACK.
 * </ul>
 */
package org.siplab.element.pbx;
