package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    private static final Runnable NOTHING = () -> { };

    @Test
    @DisplayName("after a million schedule-then-cancel cycles the queue holds nothing and has not grown")
    void scheduleCancelCyclesLeaveNothingBehind() {
        Scheduler scheduler = new Scheduler();
        for (int i = 0; i < 1_000; i++) {
            scheduler.cancel(scheduler.schedule(32_000, NOTHING));
        }
        int capacityAfterAThousand = scheduler.queueCapacity();
        for (int i = 0; i < 1_000_000; i++) {
            scheduler.cancel(scheduler.schedule(32_000, NOTHING));
        }
        assertEquals(0, scheduler.pendingCount());
        assertTrue(scheduler.queueCapacity() <= capacityAfterAThousand,
                "capacity grew from " + capacityAfterAThousand + " to " + scheduler.queueCapacity());
    }

    @Test
    @DisplayName("a queue that filled up and emptied again gives its memory back")
    void theBackingArrayShrinksWhenTheQueueEmpties() {
        EventQueue queue = new EventQueue();
        List<ScheduledEvent> events = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ScheduledEvent event = new ScheduledEvent(i, i, NOTHING);
            events.add(event);
            queue.add(event);
        }
        events.forEach(queue::remove);
        assertEquals(0, queue.size());
        assertTrue(queue.capacity() <= 32, "capacity stayed at " + queue.capacity());
    }

    @Test
    @DisplayName("removing any entries from anywhere in the heap keeps the rest coming out in (time, sequence) order")
    void removalFromTheMiddleKeepsTheHeapOrder() {
        qt().withFixedSeed(0x5EED_0002L).withExamples(300)
                .forAll(lists().of(integers().between(0, 20)).ofSizeBetween(1, 150),
                        lists().of(integers().between(0, 149)).ofSizeBetween(0, 80))
                .checkAssert((times, removals) -> {
                    EventQueue queue = new EventQueue();
                    List<ScheduledEvent> remaining = new ArrayList<>();
                    for (int i = 0; i < times.size(); i++) {
                        ScheduledEvent event = new ScheduledEvent(times.get(i), i, NOTHING);
                        queue.add(event);
                        remaining.add(event);
                    }
                    for (int index : removals) {
                        if (index < remaining.size()) {
                            assertTrue(queue.remove(remaining.remove(index)));
                        }
                    }
                    remaining.sort(Comparator.comparingLong(ScheduledEvent::timeUs)
                            .thenComparingLong(ScheduledEvent::sequence));
                    List<ScheduledEvent> polled = new ArrayList<>();
                    while (!queue.isEmpty()) {
                        polled.add(queue.poll());
                    }
                    assertEquals(remaining, polled);
                });
    }
}
