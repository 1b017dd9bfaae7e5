package org.siplab.sim;

/**
 * What happened to a datagram, as told to a {@link NetworkObserver}. A send gives one {@link Sent},
 * then either one {@link Dropped}, or any {@link Delayed} and at most one {@link Duplicated}
 * followed later by one {@link Delivered} (or a {@link Dropped} with
 * {@link FateCause.NoListener}) per copy in flight.
 *
 * <p>{@code timeUs} is when the event happened: the send time for everything decided at the send,
 * the arrival time for {@code Delivered} and for a drop for want of a listener.
 */
public sealed interface DatagramEvent {

    long timeUs();

    Datagram datagram();

    /** The datagram left its sender: one per call of {@code send}. */
    record Sent(long timeUs, Datagram datagram) implements DatagramEvent {
    }

    /**
     * The datagram reached the handler bound on its destination.
     *
     * @param copy false for the original, true for the extra delivery of a duplicated datagram
     */
    record Delivered(long timeUs, Datagram datagram, boolean copy) implements DatagramEvent {
    }

    /**
     * The datagram (or its copy, for a drop at arrival) will not be delivered.
     *
     * @param copy true only when the copy of a duplicated datagram found no listener
     */
    record Dropped(long timeUs, Datagram datagram, FateCause.Drop cause, boolean copy)
            implements DatagramEvent {
    }

    /** The datagram will be delivered twice; the second {@link Delivered} has {@code copy} set. */
    record Duplicated(long timeUs, Datagram datagram, FateCause.Duplicate cause)
            implements DatagramEvent {
    }

    /** The datagram was held back {@code extraDelayUs} beyond its link's delay and jitter. */
    record Delayed(long timeUs, Datagram datagram, long extraDelayUs, FateCause.Delay cause)
            implements DatagramEvent {
    }
}
