/**
 * IP addresses as text (RFC 4291, RFC 5954), with nothing of SIP in them: the simulated network
 * ({@code sim}) and the SIP model ({@code message}) both read addresses, and this is the one place
 * that says what one is.
 */
package org.siplab.ip;
