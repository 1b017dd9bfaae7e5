package org.siplab.sim;

import java.util.Arrays;

/**
 * A binary min-heap of {@link ScheduledEvent}s ordered by (time, insertion sequence), where each
 * entry knows its index so that any entry can be removed in {@code O(log n)}.
 *
 * <p>chan_sip keeps its schedule as a sorted linked list ({@code con->schedq}) that
 * {@code ast_sched_add} walks to insert and {@code ast_sched_del} walks to unlink. A heap gives the
 * same order with logarithmic cost, and the stored index gives the unlink without the walk. The
 * backing array shrinks again when the queue empties out, so a long run of schedule-then-cancel
 * cycles (every transaction's timers) leaves no memory behind.
 */
final class EventQueue {

    private static final int MIN_CAPACITY = 16;

    private ScheduledEvent[] heap = new ScheduledEvent[MIN_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The length of the backing array: what the queue holds on to, whatever its size. */
    int capacity() {
        return heap.length;
    }

    ScheduledEvent peek() {
        return size == 0 ? null : heap[0];
    }

    void add(ScheduledEvent event) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        place(event, size);
        size++;
        siftUp(event.heapIndex());
    }

    ScheduledEvent poll() {
        if (size == 0) {
            return null;
        }
        ScheduledEvent first = heap[0];
        removeAt(0);
        return first;
    }

    /** Removes the event if it is in this queue; returns whether it was. */
    boolean remove(ScheduledEvent event) {
        int index = event.heapIndex();
        if (index < 0 || index >= size || heap[index] != event) {
            return false;
        }
        removeAt(index);
        return true;
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
