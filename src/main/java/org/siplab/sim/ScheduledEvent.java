package org.siplab.sim;

/**
 * One entry of the {@link EventQueue}: an action due at a virtual time, and the handle its owner
 * keeps to cancel it (what {@code ast_sched_add} returns as an id and {@code ast_sched_del} takes).
 *
 * <p>The entry knows where it is queued: its position in the heap, so that cancelling it is a
 * removal in {@code O(log n)}, or the {@link EventLane} of its delay, which drops it once it
 * reaches the front. Once run or cancelled the entry forgets its action, so a handle kept by a
 * finished transaction holds no closure alive.
 */
public final class ScheduledEvent {

    static final int NOT_QUEUED = -1;
    /** The {@link #heapIndex} of an event queued in a lane rather than in the heap. */
    static final int IN_LANE = -2;

    private final long timeUs;
    private final long sequence;
    private Runnable action;
    private int heapIndex = NOT_QUEUED;
    /** The lane holding the event, or null when it is in the heap or not queued. */
    private EventLane lane;

    ScheduledEvent(long timeUs, long sequence, Runnable action) {
        this.timeUs = timeUs;
        this.sequence = sequence;
        this.action = action;
    }

    /** The virtual time, in microseconds, at which the event runs. */
    public long timeUs() {
        return timeUs;
    }

    /**
     * The insertion number that breaks ties between events due at the same time: first in, first
     * run.
     */
    public long sequence() {
        return sequence;
    }

    /** Whether the event is still in the queue: neither run nor cancelled. */
    public boolean isPending() {
        return heapIndex != NOT_QUEUED;
    }

    boolean runsBefore(ScheduledEvent other) {
        return timeUs < other.timeUs || (timeUs == other.timeUs && sequence < other.sequence);
    }

    int heapIndex() {
        return heapIndex;
    }

    void heapIndex(int index) {
        heapIndex = index;
    }

    EventLane lane() {
        return lane;
    }

    void lane(EventLane holder) {
        lane = holder;
    }

    Runnable takeAction() {
        Runnable taken = action;
        action = null;
        return taken;
    }

    void forgetAction() {
        action = null;
    }

    @Override
    public String toString() {
        return "ScheduledEvent[#" + sequence + " at " + VirtualClock.format(timeUs)
                + (isPending() ? ", pending]" : ", done]");
    }
}
