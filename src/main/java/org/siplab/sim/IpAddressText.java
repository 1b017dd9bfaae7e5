package org.siplab.sim;

import java.util.regex.Pattern;

/**
 * Checks that a host's address is an IPv4 or IPv6 literal, by its text alone: the simulated
 * network has no DNS, and a name looked up on the machine running the simulation would make the
 * run depend on that machine.
 */
final class IpAddressText {

    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private IpAddressText() {
    }

    static boolean isValid(String text) {
        return text != null && (isIpv4(text) || isIpv6(text));
    }

    /**
     * Four decimal octets 0-255 separated by dots, without leading zeros (so that one address has
     * one spelling). Written out rather than as a regular expression: every endpoint is checked,
     * and endpoints are made for every response sent.
     */
    static boolean isIpv4(String text) {
        int octets = 0;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int start = i;
            int value = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 3) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || value > 255 || digits > 1 && text.charAt(start) == '0') {
                return false;
            }
            octets++;
            if (i == n) {
                return octets == 4;
            }
            if (text.charAt(i) != '.' || octets == 4) {
                return false;
            }
            i++;
        }
        return false;
    }

    /**
     * RFC 4291 section 2.2 text forms: eight groups of one to four hex digits, at most one
     * {@code ::} standing for one or more zero groups, and optionally a dotted IPv4 address in the
     * last 32 bits. No brackets and no zone index: brackets belong to the SIP URI, not the address.
     */
    static boolean isIpv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        if (doubleColon < 0) {
            return groupCount(text) == 8;
        }
        String head = text.substring(0, doubleColon);
        String tail = text.substring(doubleColon + 2);
        int headGroups = head.isEmpty() ? 0 : groupCount(head);
        int tailGroups = tail.isEmpty() ? 0 : groupCount(tail);
        if (headGroups < 0 || tailGroups < 0 || head.contains(".")) {
            return false;
        }
        return headGroups + tailGroups <= 7;
    }

    /** The number of 16-bit groups in a colon-separated run, an IPv4 tail counting two; -1 if malformed. */
    private static int groupCount(String run) {
        String[] parts = run.split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (last && parts[i].contains(".")) {
                if (!isIpv4(parts[i])) {
                    return -1;
                }
                groups += 2;
            } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                groups++;
            } else {
                return -1;
            }
        }
        return groups;
    }
}
