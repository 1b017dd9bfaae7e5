package org.siplab.sim;

import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * A deliberate fault on chosen datagrams: drop, delay or duplicate the {@code nth} datagram sent
 * from host {@code fromHost} to host {@code toHost} that {@code matcher} accepts, or every such
 * datagram when {@code nth} is empty.
 *
 * <p>The matcher comes from the SIP layer ("a 200 response to INVITE"), so this package never
 * parses SIP; {@code description} says in words what it matches and is what the trace shows. The
 * matcher gets a copy of the payload. Matches are counted over every datagram sent in that
 * direction, whatever else happens to it (a partition or random loss may drop it anyway).
 *
 * @param nth which match to hit, from 1; empty for every match
 */
public record TargetedFault(String fromHost, String toHost, Predicate<byte[]> matcher,
                            String description, OptionalInt nth, FaultAction action) {

    public TargetedFault {
        if (fromHost == null || toHost == null) {
            throw new IllegalArgumentException("a targeted fault needs both host names");
        }
        if (matcher == null) {
            throw new IllegalArgumentException("a targeted fault needs a matcher");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(
                    "a targeted fault needs a description of what it matches");
        }
        if (nth == null || (nth.isPresent() && nth.getAsInt() < 1)) {
            throw new IllegalArgumentException(
                    "nth must be empty (every match) or >= 1, was " + nth);
        }
        if (action == null) {
            throw new IllegalArgumentException("a targeted fault needs an action");
        }
    }

    /** Hits only the {@code nth} matching datagram from {@code fromHost} to {@code toHost}. */
    public static TargetedFault nth(int nth, String fromHost, String toHost,
                                    Predicate<byte[]> matcher, String description,
                                    FaultAction action) {
        return new TargetedFault(fromHost, toHost, matcher, description, OptionalInt.of(nth),
                action);
    }

    /** Hits every matching datagram from {@code fromHost} to {@code toHost}. */
    public static TargetedFault every(String fromHost, String toHost, Predicate<byte[]> matcher,
                                      String description, FaultAction action) {
        return new TargetedFault(fromHost, toHost, matcher, description, OptionalInt.empty(),
                action);
    }

    /** The direction of the link this fault watches. */
    public LinkDirection direction() {
        return new LinkDirection(fromHost, toHost);
    }

    /** Whether the {@code matchNumber}th match (from 1) is one this fault hits. */
    boolean hits(long matchNumber) {
        return nth.isEmpty() || nth.getAsInt() == matchNumber;
    }

    /**
     * The fault in words, without the matcher's object identity (which differs from run to run).
     */
    @Override
    public String toString() {
        String which = nth.isPresent() ? "match " + nth.getAsInt() : "every match";
        return "TargetedFault[" + fromHost + ">" + toHost + ", " + which + " of \"" + description
                + "\", " + action + "]";
    }
}
