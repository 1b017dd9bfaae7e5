/**
 * The redirect server, RFC 3261 section 8.3: a transaction user over a location service that
 * answers requests with 302 (Moved Temporarily) and the Contacts to try, and takes no further part
 * in the call.
 *
 * <ul>
 *   <li>{@link org.siplab.element.redirect.RedirectServer}: the element;
 *   <li>{@link org.siplab.element.redirect.RedirectConfig}: a registrar's location service or a
 *       fixed table, and optionally the one domain it serves;
 *   <li>{@code StaticLocations}: the fixed table as a location service whose bindings never
 *       expire.
 * </ul>
 *
 * <p>Answers: 302 with every current binding, highest q first, each with an {@code expires}
 * parameter of the seconds it has left (a fixed table's contacts have none); 404 for an
 * address-of-record the location service does not know, for another domain, or when the only
 * binding is the Request-URI itself (section 8.3 forbids redirecting there); 480 (Temporarily
 * Unavailable) for a known address without a binding now; 416 for a Request-URI that is not a SIP
 * URI. Each decision is a note in the trace ({@code redirects}, {@code refuses}) and each refusal
 * carries a Warning (399) saying why.
 *
 * <p>The caller follows the redirect itself (section 8.1.3.4); RFC 3665 section 3.6 shows it. In
 * chan_sip 0.2.0 there is no redirect server; the study names it only in its list of SIP's
 * components.
 */
package org.siplab.element.redirect;
