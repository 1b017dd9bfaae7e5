package org.siplab.trace;

/**
 * An element of the run as the trace lists it: a column of the ladder.
 *
 * @param kind phone, proxy, registrar, redirect, pbx, ...
 * @param address its IP address and port
 */
public record ElementInfo(String name, String kind, String address) {}
