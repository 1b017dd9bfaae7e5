/**
 * The registrar and its location service, RFC 3261 section 10, with Digest authentication (RFC
 * 2617, RFC 7616 MD5 and SHA-256, qop=auth).
 *
 * <h2>The pieces</h2>
 *
 * <ul>
 *   <li>{@link org.siplab.element.registrar.Registrar}: the element (a UAS, so a {@link
 *       org.siplab.element.UserAgentElement}) and the {@link org.siplab.element.LocationService}
 *       that proxies and redirect servers read;
 *   <li>{@link org.siplab.element.registrar.RegistrarConfig}: one component for each key of a
 *       scenario file's registrar;
 *   <li>{@code RegisterSteps}: one REGISTER through section 10.3's eight steps, in order;
 *   <li>{@code Authenticator}: steps 3 and 4, through {@link org.siplab.auth.DigestServer};
 *   <li>{@code BindingUpdate} and {@code Expiration}: steps 6 and 7 as a calculation that
 *       changes nothing, so that a REGISTER is committed whole or not at all;
 *   <li>{@code LocationTable}: the bindings, one expiry timer each.
 * </ul>
 *
 * <h2>What the trace shows</h2>
 *
 * <p>Each binding change is a {@code binding} event (added, refreshed, removed, expired, with the
 * virtual time it expires at); each expiry timer is set, cancelled on refresh, and fired; each
 * refusal is a note {@code refuses} ("403: user alice may not change the bindings of ..."), each
 * 401 a note {@code challenges} with the digest server's explanation, and each out-of-order
 * REGISTER a misbehaving registrar lets through a note {@code misbehaves}. Refusals also carry
 * their reason in a Warning header (399), so the message itself explains.
 *
 * <h2>Reading it next to the chan_sip study</h2>
 *
 * <p>{@code handle_request} sends a REGISTER to {@code register_verify}, which parses the
 * Contact, answers 401 with a challenge or 200, and schedules the registration's expiry with
 * {@code ast_sched_add} (the first entry of {@code con->schedq}). Here {@code Authenticator} is
 * the challenge-or-not of {@code register_verify}, {@code BindingUpdate} its {@code
 * parse_contact}, and each binding's expiry is a timer of {@code LocationTable} on the virtual
 * clock.
 *
 * <h2>Where it departs from the RFCs, or chooses</h2>
 *
 * <ul>
 *   <li>Step 1: the registrar is no proxy, so a Request-URI of another domain gets 404 (section
 *       8.2.2.1) instead of being forwarded. A Request-URI that names the registrar itself (its
 *       address, name or a host the scenario resolves to it) counts as its domain.
 *   <li>Step 3: with no users configured, nobody is challenged and the From user is taken as the
 *       sender (the step's MAY); step 4 then applies to that user.
 *   <li>Step 4: a sips: AOR is authorized as the sip: one of the same user and host; bindings of
 *       sip: and sips: AORs are still kept apart (the key is {@code SipUri.aorKey()}).
 *   <li>Step 7: an out-of-order CSeq "fails" without a code in the RFC: 500, with a Warning.
 *       A contact without q is taken as q=1. The default interval is an hour, moved into
 *       [minExpires, maxExpires]; a malformed expires counts as 3600 (section 20.10).
 *   <li>Step 8: the expires listed is the whole seconds left, rounded down but at least 1; the
 *       Date is the instant of section 20.17's example plus virtual time.
 *   <li>No extension is supported (Path, GRUU, outbound): any Require gets 420. No
 *       Authentication-Info is sent. Merged requests (section 8.2.2.2) are not detected. A
 *       REGISTER with a To tag names a dialog the registrar does not have, and its UA core
 *       answers 481.
 * </ul>
 */
package org.siplab.element.registrar;
