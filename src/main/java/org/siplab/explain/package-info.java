/**
 * Plain-language annotations of a trace's events, for a student reading the ladder: why each
 * message was sent now, what each change changed, the timer values in force and the RFC section.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * Map<Long, String> annotations = Annotator.annotate(trace); // seq -> one or two sentences
 * Map<Long, String> notes = Annotator.notes(trace);           // seq -> "notes/cseq.md"
 * }</pre>
 *
 * <h2>How a sentence is made</h2>
 *
 * <p>{@link org.siplab.explain.Explainers} hands each event to the explainer of its kind (one class
 * a kind: sends, the network's deliveries and losses, timers, transactions, dialogs, bindings,
 * media, actions). They read the trace only through {@link org.siplab.explain.TraceIndex}, which
 * parses each send once and links what a reader of the ladder links by eye: a transaction to the
 * request that started it, a fired timer to its setting, a response to the request it answers, a
 * proxy's copy to what it received. Every sentence names its cause by seq ({@link
 * org.siplab.explain.Causes}) and the values it depends on, so that two events with different
 * causes or effects never read the same; a property test over real runs holds the package to it.
 *
 * <p>A send is explained by what it is, in this order: a timer's retransmission, the same bytes
 * again (a server transaction's answer to a retransmitted request, an ACK for a retransmitted
 * response), a proxy's copy (RFC 3261 16.6, 16.7), or a message the element made, by its role:
 * {@link org.siplab.explain.RequestRoles}, {@link org.siplab.explain.RegisterRoles},
 * {@link org.siplab.explain.ResponseRoles}, {@link org.siplab.explain.ErrorResponses}. Elements are
 * told apart by the kind the trace lists them with (phone, proxy, registrar, redirect, pbx).
 *
 * <p>What a sentence says about a message's identity (a new or the same Call-ID, its tags, its
 * CSeq against the request it answers, cancels or acknowledges, forwarded or answered) is read
 * from the wire text ({@link org.siplab.explain.Identity}), so a deliberately broken message is
 * described as broken, with the section of the rule it breaks. Every sentence ends in its RFC
 * citation; a script step, or an element's step no RFC rule defines, says so instead
 * ({@link org.siplab.explain.ActionSections}).
 *
 * <p>Texts are deterministic: no locale, no hash order, durations in {@code 500 ms}, {@code 1.5 s}.
 */
package org.siplab.explain;
