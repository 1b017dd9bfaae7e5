package org.siplab.sim;

import org.siplab.ip.IpLiterals;

/**
 * Checks that a host's address is an IPv4 or IPv6 literal, by its text alone: the simulated
 * network has no DNS, and a name looked up on the machine running the simulation would make the
 * run depend on that machine.
 */
final class IpAddressText {

    private IpAddressText() {
    }

    /**
     * Four decimal octets 0-255 separated by dots, without leading zeros (so that one address has
     * one spelling), or an IPv6 address in one of RFC 4291 section 2.2's text forms, with no
     * brackets and no zone index: brackets belong to the SIP URI, not the address.
     */
    static boolean isValid(String text) {
        return text != null && IpLiterals.isAddress(text);
    }

    static boolean isIpv4(String text) {
        return IpLiterals.ipv4End(text, 0, text.length()) == text.length();
    }
}
