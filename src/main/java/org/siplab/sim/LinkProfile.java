package org.siplab.sim;

import java.util.List;
import java.util.Optional;

/**
 * How one direction of a link treats the datagrams sent over it. Every option defaults to zero
 * (a perfect, instant link: {@link #PERFECT}) and carries its unit in its name.
 *
 * <p>A datagram's one-way delay is {@code delayUs + J}, where {@code J} is drawn uniformly from the
 * integers {@code 0..jitterUs} (both ends included) from the link direction's own random stream.
 * With probability {@code reorderRatio} the datagram is also held back by {@code reorderDelayUs}
 * more, so that datagrams sent after it can overtake it. Every datagram takes the same five draws
 * whatever these options say (loss, duplication, reordering, jitter, the copy's jitter), so the
 * k-th datagram on a link meets the same numbers however its neighbours fared.
 *
 * @param delayUs        fixed one-way delay, microseconds, {@code >= 0}
 * @param jitterUs       largest random addition to the delay, microseconds, {@code >= 0}
 * @param lossRatio      share of datagrams lost, {@code 0..1}
 * @param duplicateRatio share of datagrams delivered twice, {@code 0..1}
 * @param reorderRatio   share of datagrams held back by {@code reorderDelayUs}, {@code 0..1}
 * @param reorderDelayUs the extra delay of a held-back datagram, microseconds, {@code >= 0}
 * @param partitions     windows of virtual time in which everything sent is dropped
 */
public record LinkProfile(long delayUs, long jitterUs, double lossRatio, double duplicateRatio,
                          double reorderRatio, long reorderDelayUs, List<Partition> partitions) {

    /** No delay, no loss, no duplication, no reordering, no partitions. */
    public static final LinkProfile PERFECT = new LinkProfile(0, 0, 0, 0, 0, 0, List.of());

    /**
     * Keeps delays far from overflow when added to any reasonable virtual time: about 11.5 days.
     */
    static final long MAX_DELAY_US = 1_000_000_000_000L;

    public LinkProfile {
        requireDelay("delayUs", delayUs);
        requireDelay("jitterUs", jitterUs);
        requireDelay("reorderDelayUs", reorderDelayUs);
        requireRatio("lossRatio", lossRatio);
        requireRatio("duplicateRatio", duplicateRatio);
        requireRatio("reorderRatio", reorderRatio);
        if (reorderRatio > 0 && reorderDelayUs == 0) {
            throw new IllegalArgumentException("reorderRatio " + reorderRatio
                    + " needs a reorderDelayUs > 0: a datagram is reordered by being held back that"
                    + " long");
        }
        if (partitions == null) {
            throw new IllegalArgumentException("partitions must not be null (use an empty list)");
        }
        partitions = List.copyOf(partitions);
    }

    /** A perfect link with only a fixed delay. */
    public static LinkProfile ofDelay(long delayUs) {
        return PERFECT.withDelayUs(delayUs);
    }

    public LinkProfile withDelayUs(long value) {
        return new LinkProfile(value, jitterUs, lossRatio, duplicateRatio, reorderRatio,
                reorderDelayUs, partitions);
    }

    public LinkProfile withJitterUs(long value) {
        return new LinkProfile(delayUs, value, lossRatio, duplicateRatio, reorderRatio,
                reorderDelayUs, partitions);
    }

    public LinkProfile withLossRatio(double value) {
        return new LinkProfile(delayUs, jitterUs, value, duplicateRatio, reorderRatio,
                reorderDelayUs, partitions);
    }

    public LinkProfile withDuplicateRatio(double value) {
        return new LinkProfile(delayUs, jitterUs, lossRatio, value, reorderRatio,
                reorderDelayUs, partitions);
    }

    /** Holds back a share {@code ratio} of datagrams by {@code extraDelayUs}. */
    public LinkProfile withReordering(double ratio, long extraDelayUs) {
        return new LinkProfile(delayUs, jitterUs, lossRatio, duplicateRatio, ratio,
                extraDelayUs, partitions);
    }

    public LinkProfile withPartitions(List<Partition> value) {
        return new LinkProfile(delayUs, jitterUs, lossRatio, duplicateRatio, reorderRatio,
                reorderDelayUs, value);
    }

    /** The partition active at {@code timeUs}, if any. */
    public Optional<Partition> partitionAt(long timeUs) {
        for (Partition partition : partitions) {
            if (partition.isActiveAt(timeUs)) {
                return Optional.of(partition);
            }
        }
        return Optional.empty();
    }

    private static void requireDelay(String name, long value) {
        if (value < 0 || value > MAX_DELAY_US) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX_DELAY_US
                    + " microseconds, was " + value);
        }
    }

    private static void requireRatio(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
