package org.siplab.sim;

import java.util.regex.Pattern;

/**
 * A machine on the simulated network: a name the scenario and the trace use, and one IP address.
 *
 * @param name    letters, digits, {@code .}, {@code _} and {@code -}; the name also names the
 *                random streams of the links from and to this host ({@code link:alice>proxy}), so
 *                it may not contain {@code >}
 * @param address an IPv4 literal ({@code 192.0.2.10}) or an IPv6 literal without brackets
 *                ({@code 2001:db8::10}), kept exactly as written
 */
public record Host(String name, String address) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public Host {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "host name must be letters, digits, '.', '_' or '-', was " + quoted(name));
        }
        if (!IpAddressText.isValid(address)) {
            throw new IllegalArgumentException("host " + name
                    + ": address must be an IPv4 or IPv6 literal (no brackets, no DNS names), was "
                    + quoted(address));
        }
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
