package org.siplab.check;

/**
 * One rule of the catalog: a fact about a trace that RFC 3261 requires (or a teaching point), and
 * the check that finds each event breaking it. A rule reads only the trace, through {@link
 * TraceView}, so it judges a simulated run and any trace.json alike.
 *
 * <p>A rule must be silent on legal flows (forking, CANCEL, ACK for a 2xx as a transaction of its
 * own, retransmissions, a proxy's own 100 Trying) and name the event that breaks it, not the events
 * that merely carry the mistake further: a proxy forwarding a request without a From tag did not
 * break the From tag rule, the phone that sent it did.
 */
public interface Rule {

  RuleInfo info();

  /** Reports each event of {@code trace} that breaks this rule. */
  void check(TraceView trace, Report report);
}
