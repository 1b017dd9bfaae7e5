package org.siplab.scenario.model;

/**
 * The behaviour of the link between two elements, every key not written taken from the network's
 * default.
 *
 * @param bothWays true for {@code between: [a, b]} (both directions), false for {@code from: a,
 *     to: b} (that direction only)
 */
public record LinkSpec(
    String from, String to, boolean bothWays, LinkBehavior behavior, SourcePosition position) {}
