/**
 * Digest authentication for SIP: RFC 2617, RFC 7616 (SHA-256, SHA-512-256, userhash) and RFC 3261
 * section 22.
 *
 * <ul>
 *   <li>{@link org.siplab.auth.DigestCalculator} computes HA1, HA2 and the response;
 *   <li>{@link org.siplab.auth.DigestChallenge} and {@link org.siplab.auth.DigestCredentials} are
 *       the header values, convertible from and to the unquoted parameter maps the SIP codec reads
 *       and prints; their {@code isQuoted} methods tell the codec which values to quote;
 *   <li>{@link org.siplab.auth.DigestServer} challenges and verifies, keeping nonces in a {@link
 *       org.siplab.auth.NonceService};
 *   <li>{@link org.siplab.auth.DigestClient} answers a challenge.
 * </ul>
 *
 * <p>Deterministic: nonces and cnonces come from a caller's {@link org.siplab.auth.NonceSource},
 * and time is virtual microseconds passed in by the caller. Text is hashed as UTF-8. This package
 * depends on nothing outside the JDK.
 */
package org.siplab.auth;
