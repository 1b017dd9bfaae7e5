/**
 * The rule checker: a catalog of RFC 3261 rules, each with a stable id, a title, the section and
 * the RFC's own MUST or SHOULD, a severity, and a check over a trace that names every event
 * breaking it, in a sentence a student understands.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * List<Finding> findings = Checker.check(trace);          // the whole catalog, in event order
 * List<Rule> rules = Catalog.rules();                      // what siplab rules lists
 * Checker.check(trace, List.of(Catalog.rule("CSEQ-003"))); // one rule
 * }</pre>
 *
 * <h2>What a rule sees</h2>
 *
 * <p>Only the trace: {@link org.siplab.check.TraceView} parses every {@code send} once with the
 * codec ({@link org.siplab.check.Sent}), and links what a reader of the ladder links by eye:
 *
 * <ul>
 *   <li>a retransmission to its first transmission (the same bytes again, or a send the trace
 *       marks as retransmitted by a timer);
 *   <li>a response to its request on the hop it travels back, by top Via branch and CSeq method
 *       ({@link org.siplab.check.Hops}), and a CANCEL or the ACK of a non-2xx to its INVITE;
 *   <li>a proxy's copy to what the proxy received ({@link org.siplab.check.Forwarding}); what a
 *       proxy makes itself (its 100 Trying, a 407, a 408, its CANCEL and ACK hop by hop) is its own
 *       message. Elements are proxies when the trace lists them with kind {@code proxy}.
 * </ul>
 *
 * <p>A rule judges the element that made the mistake, once: a user agent's request without a From
 * tag is one finding, on the user agent's send, not one more on each proxy that forwards it.
 *
 * <h2>Adding a rule</h2>
 *
 * <p>One class a rule (a small family may share one, as the retransmission timers do), its
 * {@link org.siplab.check.RuleInfo} quoting the RFC word for word (a test looks each quote up in
 * RFC 3261), an id that is never reused, a place in {@link org.siplab.check.Catalog}, and a
 * mutation in the tests that breaks exactly it in clean flows. Each id is meant to have one demo
 * scenario of its own, {@code scenarios/rules/<id>-*.yaml}.
 */
package org.siplab.check;
