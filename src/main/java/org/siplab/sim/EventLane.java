package org.siplab.sim;

/**
 * The events scheduled with one delay, in the order they were scheduled: a first-in first-out ring
 * that is already sorted by (time, sequence), so adding and taking the first cost no comparisons.
 *
 * <p>Why it is sorted: the clock never goes back, so events scheduled one after another with the
 * same delay are due one after another, and their sequence numbers grow. Most of a simulation's
 * events are of this kind: every transaction starts Timer E at T1 and Timer F at 64*T1 (RFC 3261
 * section 17.1.2.2), Timer J and Timer K have fixed durations too, and a link without jitter
 * delivers after a fixed delay. {@link EventQueue#add(ScheduledEvent, long)} still checks the order
 * before it puts an event here.
 *
 * <p>A cancelled event stays in the ring, marked not queued, until it reaches the front, where it
 * is dropped, or until cancelled events outnumber the live ones, when the ring is compacted; the
 * ring is emptied as soon as no live event is left in it. So cancelling leaves nothing behind for
 * long: the ring holds at most about twice its live events.
 */
final class EventLane {

    private static final int MIN_CAPACITY = 16;
    private static final long UNASSIGNED = -1;

    private ScheduledEvent[] ring = new ScheduledEvent[MIN_CAPACITY];
    private int head;
    /** Entries in the ring, cancelled ones included. */
    private int count;
    /** Entries still queued. */
    private int live;
    private long delayUs = UNASSIGNED;

    long delayUs() {
        return delayUs;
    }

    /** Gives an empty lane to another delay. */
    void assign(long delay) {
        delayUs = delay;
    }

    boolean isEmpty() {
        return live == 0;
    }

    int capacity() {
        return ring.length;
    }

    /** Whether {@code event} can go at the end without breaking the (time, sequence) order. */
    boolean accepts(ScheduledEvent event) {
        return count == 0 || !event.runsBefore(ring[(head + count - 1) & (ring.length - 1)]);
    }

    void add(ScheduledEvent event) {
        if (count == ring.length) {
            grow();
        }
        ring[(head + count) & (ring.length - 1)] = event;
        count++;
        live++;
    }

    /** The first live event, or null. Cancelled events never stay at the front. */
    ScheduledEvent first() {
        return live == 0 ? null : ring[head];
    }

    ScheduledEvent poll() {
        ScheduledEvent first = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        count--;
        live--;
        afterRemoval();
        return first;
    }

    /** Notes that one of this lane's events was cancelled (and already marked not queued). */
    void cancelled() {
        live--;
        afterRemoval();
        if (count - live > live + MIN_CAPACITY) {
            // Cancelled events behind a live one would wait for it; past this many, they go now,
            // so that the ring never holds more than about twice its live events.
            compact();
        }
    }

    private void afterRemoval() {
        if (live == 0) {
            clear();
            return;
        }
        while (!ring[head].isPending()) {
            ring[head] = null;
            head = (head + 1) & (ring.length - 1);
            count--;
        }
    }

    private void clear() {
        if (ring.length > MIN_CAPACITY) {
            ring = new ScheduledEvent[MIN_CAPACITY];
        } else {
            for (int i = 0; i < count; i++) {
                ring[(head + i) & (ring.length - 1)] = null;
            }
        }
        head = 0;
        count = 0;
    }

    private void compact() {
        int length = ring.length;
        while (length > MIN_CAPACITY && length / 2 >= 2 * live) {
            length /= 2;
        }
        ScheduledEvent[] kept = new ScheduledEvent[length];
        int n = 0;
        for (int i = 0; i < count; i++) {
            ScheduledEvent event = ring[(head + i) & (ring.length - 1)];
            if (event.isPending()) {
                kept[n++] = event;
            }
        }
        ring = kept;
        head = 0;
        count = n;
    }

    private void grow() {
        ScheduledEvent[] bigger = new ScheduledEvent[ring.length * 2];
        for (int i = 0; i < count; i++) {
            bigger[i] = ring[(head + i) & (ring.length - 1)];
        }
        ring = bigger;
        head = 0;
    }
}
