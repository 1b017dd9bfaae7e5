package org.siplab.sim;

/**
 * Why a datagram was dropped, delayed or duplicated. Each kind of event accepts only the causes
 * that can produce it ({@link Drop}, {@link Delay}, {@link Duplicate}); a targeted
 * {@link FaultHit} can produce all three.
 */
public sealed interface FateCause {

    /** One line for a person, in the style of a packet simulator's log. */
    String describe();

    /** A reason a datagram was not delivered. */
    sealed interface Drop extends FateCause {
    }

    /** A reason a datagram took longer than its link's delay plus jitter. */
    sealed interface Delay extends FateCause {
    }

    /** A reason a datagram was delivered twice. */
    sealed interface Duplicate extends FateCause {
    }

    /** The link direction's random loss, drawn with probability {@code lossRatio}. */
    record RandomLoss(double lossRatio) implements Drop {
        @Override
        public String describe() {
            return "lost (lossRatio " + lossRatio + ")";
        }
    }

    /** Sent while a partition of the link direction was active. */
    record PartitionActive(Partition partition) implements Drop {
        @Override
        public String describe() {
            return "partition from " + VirtualClock.format(partition.startUs())
                    + " to " + VirtualClock.format(partition.endUs());
        }
    }

    /** Arrived at an endpoint on which nothing was bound (in real life: ICMP port unreachable). */
    record NoListener(Endpoint endpoint) implements Drop {
        @Override
        public String describe() {
            return "nothing bound on " + endpoint;
        }
    }

    /** Sent to an address that no host on the network has. */
    record NoRoute(String address) implements Drop {
        @Override
        public String describe() {
            return "no host has address " + address;
        }
    }

    /**
     * Held back by the link direction's reordering, drawn with probability {@code reorderRatio}.
     */
    record Reordering(double reorderRatio) implements Delay {
        @Override
        public String describe() {
            return "held back for reordering (reorderRatio " + reorderRatio + ")";
        }
    }

    /** The link direction's random duplication, drawn with probability {@code duplicateRatio}. */
    record RandomDuplication(double duplicateRatio) implements Duplicate {
        @Override
        public String describe() {
            return "duplicated (duplicateRatio " + duplicateRatio + ")";
        }
    }

    /**
     * A {@link TargetedFault} matched the datagram.
     *
     * @param description the fault's own description, such as {@code drop 2nd "200 to INVITE"}
     * @param matchNumber which match of the fault's predicate this datagram was, from 1
     */
    record FaultHit(String description, long matchNumber) implements Drop, Delay, Duplicate {
        @Override
        public String describe() {
            return "fault: " + description + " (match " + matchNumber + ")";
        }
    }
}
