package org.siplab.sim;

/**
 * A window of virtual time during which a link direction carries nothing: a datagram sent at a
 * time {@code t} with {@code startUs <= t < endUs} is dropped.
 *
 * @param startUs first microsecond of the partition
 * @param endUs   first microsecond after it; greater than {@code startUs}
 */
public record Partition(long startUs, long endUs) {

    public Partition {
        if (startUs < 0) {
            throw new IllegalArgumentException("partition startUs must be >= 0, was " + startUs);
        }
        if (endUs <= startUs) {
            throw new IllegalArgumentException("partition endUs must be after startUs, was ["
                    + startUs + ", " + endUs + ")");
        }
    }

    /** Whether a datagram sent at {@code timeUs} falls inside the window. */
    public boolean isActiveAt(long timeUs) {
        return startUs <= timeUs && timeUs < endUs;
    }
}
