package org.siplab.report;

/**
 * A column of the ladder: an element of the run, or an address a datagram went to where no
 * element listens (kind {@code "no element"}).
 */
record Column(String name, String kind, String address) {}
