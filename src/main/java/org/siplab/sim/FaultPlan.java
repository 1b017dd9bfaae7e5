package org.siplab.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The targeted faults of a run and how many datagrams each has matched so far. Faults are checked
 * in the order they were added, and every fault whose direction and matcher fit counts the
 * datagram, so two faults never disturb each other's counts.
 */
final class FaultPlan {

    /** A fault that hit a datagram, with the cause the trace will show. */
    record Hit(FaultAction action, FateCause.FaultHit cause) {
    }

    private static final class Watch {
        final TargetedFault fault;
        long matches;
        long hits;

        Watch(TargetedFault fault) {
            this.fault = fault;
        }
    }

    private final List<Watch> watches = new ArrayList<>();

    void add(TargetedFault fault) {
        watches.add(new Watch(fault));
    }

    List<TargetedFault> faults() {
        return watches.stream().map(watch -> watch.fault).toList();
    }

    /** Each fault's matches and hits so far, in the order the faults were added. */
    List<FaultTally> tallies() {
        return watches.stream()
                .map(watch -> new FaultTally(watch.fault, watch.matches, watch.hits))
                .toList();
    }

    /** Counts the datagram against each fault that watches its direction, and returns the hits. */
    List<Hit> match(Datagram datagram) {
        List<Hit> hits = List.of();
        for (Watch watch : watches) {
            TargetedFault fault = watch.fault;
            if (!isOnDirection(fault, datagram) || !fault.matcher().test(datagram.payload())) {
                continue;
            }
            watch.matches++;
            if (fault.hits(watch.matches)) {
                watch.hits++;
                if (hits.isEmpty()) {
                    hits = new ArrayList<>();
                }
                hits.add(new Hit(fault.action(),
                        new FateCause.FaultHit(fault.description(), watch.matches)));
            }
        }
        return hits;
    }

    private static boolean isOnDirection(TargetedFault fault, Datagram datagram) {
        return fault.fromHost().equals(datagram.fromHost())
                && fault.toHost().equals(datagram.toHost());
    }
}
