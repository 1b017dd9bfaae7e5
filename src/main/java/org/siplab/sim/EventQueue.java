package org.siplab.sim;

import java.util.Arrays;

/**
 * The pending {@link ScheduledEvent}s, taken out in (time, insertion sequence) order: a binary
 * min-heap, where each entry knows its index so that any entry can be removed in {@code O(log n)},
 * and up to {@link #LANES} {@link EventLane}s, each holding the events scheduled with one delay.
 *
 * <p>Why lanes: with a thousand transactions in flight the heap holds thousands of timers, and
 * sifting through it took about a sixth of the time of a whole transaction (notes/performance.md).
 * Events of one delay are already in order, so a lane keeps them in a ring at no cost, and the next
 * event is the earliest of the heap's top and the lanes' fronts. The order is exactly the heap's
 * order, so a run is the same with or without lanes: only the time it takes changes.
 *
 * <p>chan_sip keeps its schedule as a sorted linked list ({@code con->schedq}) that
 * {@code ast_sched_add} walks to insert and {@code ast_sched_del} walks to unlink. A heap gives the
 * same order with logarithmic cost, and the stored index gives the unlink without the walk. The
 * backing array shrinks again when the queue empties out, so a long run of schedule-then-cancel
 * cycles (every transaction's timers) leaves no memory behind.
 */
final class EventQueue {

    private static final int MIN_CAPACITY = 16;
    /**
     * Enough for the timers of the transaction layer and a few link delays; a delay that finds no
     * lane goes to the heap, so this bounds the work of finding the next event, not correctness.
     */
    static final int LANES = 8;
    /**
     * Below this many pending events the heap is shallow and cheaper than a lane's bookkeeping
     * (a chain of single events ran at half the speed through a lane), so events go to the heap.
     */
    static final int LANES_FROM = 32;

    private ScheduledEvent[] heap = new ScheduledEvent[MIN_CAPACITY];
    private int size;
    private final int lanesFrom;
    private final EventLane[] lanes = new EventLane[LANES];
    private int laneCount;
    /** Live events across the lanes. */
    private int inLanes;
    /**
     * The delays of recent events that found no lane, by a hash of the delay: a delay gets a lane
     * only when it comes again, so that one-off delays (a jittered link's) do not take the lanes.
     */
    private final long[] recentDelays = new long[16];

    EventQueue() {
        this(LANES_FROM);
    }

    /** A queue that uses its lanes once {@code lanesFrom} events are pending (tests use 0). */
    EventQueue(int lanesFrom) {
        this.lanesFrom = lanesFrom;
        Arrays.fill(recentDelays, -1);
    }

    int size() {
        return size + inLanes;
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** The length of the backing arrays: what the queue holds on to, whatever its size. */
    int capacity() {
        int capacity = heap.length;
        for (int i = 0; i < laneCount; i++) {
            capacity += lanes[i].capacity();
        }
        return capacity;
    }

    ScheduledEvent peek() {
        ScheduledEvent next = size == 0 ? null : heap[0];
        for (int i = 0; i < laneCount; i++) {
            ScheduledEvent first = lanes[i].first();
            if (first != null && (next == null || first.runsBefore(next))) {
                next = first;
            }
        }
        return next;
    }

    /**
     * Queues an event that was scheduled {@code delayUs} after the current time: into the lane of
     * that delay when there is one (or a free one, once the delay has come before), the event keeps
     * its order and the queue is not small, else into the heap.
     */
    void add(ScheduledEvent event, long delayUs) {
        if (size + inLanes < lanesFrom) {
            add(event);
            return;
        }
        EventLane lane = laneFor(delayUs);
        if (lane == null || !lane.accepts(event)) {
            add(event);
            return;
        }
        lane.add(event);
        event.heapIndex(ScheduledEvent.IN_LANE);
        event.lane(lane);
        inLanes++;
    }

    private EventLane laneFor(long delayUs) {
        EventLane free = null;
        for (int i = 0; i < laneCount; i++) {
            EventLane lane = lanes[i];
            if (lane.delayUs() == delayUs) {
                return lane;
            }
            if (free == null && lane.isEmpty()) {
                free = lane;
            }
        }
        int slot = (int) (delayUs ^ delayUs >>> 16) & (recentDelays.length - 1);
        if (recentDelays[slot] != delayUs) {
            recentDelays[slot] = delayUs;
            return null;
        }
        if (free == null && laneCount < LANES) {
            free = new EventLane();
            lanes[laneCount++] = free;
        }
        if (free != null) {
            free.assign(delayUs);
        }
        return free;
    }

    /** Queues an event in the heap. */
    void add(ScheduledEvent event) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        place(event, size);
        size++;
        siftUp(event.heapIndex());
    }

    ScheduledEvent poll() {
        ScheduledEvent first = peek();
        if (first != null) {
            removeFirst(first);
        }
        return first;
    }

    /** Takes out {@code first}, which {@link #peek} has just returned (saving a second look). */
    void removeFirst(ScheduledEvent first) {
        EventLane lane = first.lane();
        if (lane == null) {
            removeAt(0);
        } else {
            lane.poll();
            leaveLane(first);
        }
    }

    /** Removes the event if it is in this queue; returns whether it was. */
    boolean remove(ScheduledEvent event) {
        EventLane lane = event.lane();
        if (lane != null) {
            if (!holds(lane)) {
                return false;
            }
            leaveLane(event);
            lane.cancelled();
            return true;
        }
        int index = event.heapIndex();
        if (index < 0 || index >= size || heap[index] != event) {
            return false;
        }
        removeAt(index);
        return true;
    }

    private boolean holds(EventLane lane) {
        for (int i = 0; i < laneCount; i++) {
            if (lanes[i] == lane) {
                return true;
            }
        }
        return false;
    }

    private void leaveLane(ScheduledEvent event) {
        event.heapIndex(ScheduledEvent.NOT_QUEUED);
        event.lane(null);
        inLanes--;
    }

    private void removeAt(int index) {
        ScheduledEvent removed = heap[index];
        size--;
        ScheduledEvent last = heap[size];
        heap[size] = null;
        removed.heapIndex(ScheduledEvent.NOT_QUEUED);
        if (index < size) {
            place(last, index);
            siftDown(index);
            siftUp(last.heapIndex());
        }
        shrinkIfSparse();
    }

    private void siftUp(int index) {
        ScheduledEvent moving = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (!moving.runsBefore(heap[parent])) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(moving, index);
    }

    private void siftDown(int index) {
        ScheduledEvent moving = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && heap[right].runsBefore(heap[child])) {
                child = right;
            }
            if (!heap[child].runsBefore(moving)) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(moving, index);
    }

    private void place(ScheduledEvent event, int index) {
        heap[index] = event;
        event.heapIndex(index);
    }

    private void shrinkIfSparse() {
        if (heap.length > MIN_CAPACITY && size < heap.length / 4) {
            heap = Arrays.copyOf(heap, Math.max(MIN_CAPACITY, heap.length / 2));
        }
    }
}
