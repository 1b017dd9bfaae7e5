package org.siplab.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * What happens to one datagram, decided when it is sent: the events to report at once and the
 * deliveries to schedule. A pure function of the datagram, its link's profile, the draws and the
 * targeted faults that hit it.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Dropped if a targeted fault drops it, else if a partition is active at the send time, else
 *       if the loss draw says so; the first of these is the cause recorded.</li>
 *   <li>Otherwise it arrives after {@code delayUs} plus its jitter draw, plus
 *       {@code reorderDelayUs} if the reorder draw holds it back, plus each hitting fault's extra
 *       delay.</li>
 *   <li>If a targeted fault duplicates it, or else the duplicate draw says so, a copy arrives after
 *       {@code delayUs} plus the copy's own jitter draw: the copy is not held back, so it may
 *       arrive before the original.</li>
 * </ol>
 *
 * @param events     {@link DatagramEvent}s to report at the send, after {@link DatagramEvent.Sent}
 * @param deliveries arrivals to schedule, the original first
 */
record DatagramFate(List<DatagramEvent> events, List<Delivery> deliveries) {

    /** One arrival to schedule {@code delayUs} after the send. */
    record Delivery(long delayUs, boolean copy) {
    }

    static DatagramFate decide(Datagram datagram, LinkProfile profile, LinkDraws draws,
                               List<FaultPlan.Hit> hits) {
        long now = datagram.sentAtUs();
        FateCause.Drop dropCause = dropCause(profile, draws, hits, now);
        if (dropCause != null) {
            return new DatagramFate(
                    List.of(new DatagramEvent.Dropped(now, datagram, dropCause, false)), List.of());
        }
        List<DatagramEvent> events = new ArrayList<>(2);
        long delayUs = profile.delayUs() + draws.jitterUs();
        if (draws.reordered()) {
            delayUs += profile.reorderDelayUs();
            events.add(new DatagramEvent.Delayed(now, datagram, profile.reorderDelayUs(),
                    new FateCause.Reordering(profile.reorderRatio())));
        }
        for (FaultPlan.Hit hit : hits) {
            if (hit.action() instanceof FaultAction.Delay delay) {
                delayUs += delay.extraUs();
                events.add(new DatagramEvent.Delayed(now, datagram, delay.extraUs(), hit.cause()));
            }
        }
        Delivery original = new Delivery(delayUs, false);
        FateCause.Duplicate duplicateCause = duplicateCause(profile, draws, hits);
        if (duplicateCause == null) {
            return new DatagramFate(events, List.of(original));
        }
        events.add(new DatagramEvent.Duplicated(now, datagram, duplicateCause));
        Delivery copy = new Delivery(profile.delayUs() + draws.copyJitterUs(), true);
        return new DatagramFate(events, List.of(original, copy));
    }

    private static FateCause.Drop dropCause(LinkProfile profile, LinkDraws draws,
                                            List<FaultPlan.Hit> hits, long now) {
        for (FaultPlan.Hit hit : hits) {
            if (hit.action() instanceof FaultAction.Drop) {
                return hit.cause();
            }
        }
        var partition = profile.partitionAt(now);
        if (partition.isPresent()) {
            return new FateCause.PartitionActive(partition.get());
        }
        return draws.lost() ? new FateCause.RandomLoss(profile.lossRatio()) : null;
    }

    private static FateCause.Duplicate duplicateCause(LinkProfile profile, LinkDraws draws,
                                                      List<FaultPlan.Hit> hits) {
        for (FaultPlan.Hit hit : hits) {
            if (hit.action() instanceof FaultAction.Duplicate) {
                return hit.cause();
            }
        }
        return draws.duplicated()
                ? new FateCause.RandomDuplication(profile.duplicateRatio())
                : null;
    }
}
