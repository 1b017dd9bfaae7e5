package org.siplab.trace;

/**
 * An element of the run as the trace lists it: a column of the ladder.
 *
 * @param kind phone, proxy, registrar, redirect, pbx, ...
 * @param address its IP address and port
 * @param timers the T1, T2 and T4 its transactions run on when they are not the run's (a phone
 *     switched to half-t1), else null: an explanation puts its timers in terms of its own values
 */
public record ElementInfo(String name, String kind, String address, Timers timers) {

  /** An element that runs on the run's timers. */
  public ElementInfo(String name, String kind, String address) {
    this(name, kind, address, null);
  }

  /** An element's own transaction timers, in microseconds (RFC 3261 17.1.1.1, appendix A). */
  public record Timers(long t1Us, long t2Us, long t4Us) {}
}
