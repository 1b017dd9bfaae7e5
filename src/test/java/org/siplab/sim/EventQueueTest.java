package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    private static final Runnable NOTHING = () -> { };

    @Test
    @DisplayName("after a million schedule-then-cancel cycles the queue holds nothing and has not"
            + " grown")
    void scheduleCancelCyclesLeaveNothingBehind() {
        Scheduler scheduler = new Scheduler();
        assertAMillionCyclesDoNotGrowTheQueue(scheduler);
        assertEquals(0, scheduler.pendingCount());
    }

    /** Schedules and cancels a timer a thousand times, then a million: the queue must not grow. */
    private static void assertAMillionCyclesDoNotGrowTheQueue(Scheduler scheduler) {
        for (int i = 0; i < 1_000; i++) {
            scheduler.cancel(scheduler.schedule(32_000, NOTHING));
        }
        int capacityAfterAThousand = scheduler.queueCapacity();
        for (int i = 0; i < 1_000_000; i++) {
            scheduler.cancel(scheduler.schedule(32_000, NOTHING));
        }
        assertTrue(scheduler.queueCapacity() <= capacityAfterAThousand,
                "capacity grew from " + capacityAfterAThousand + " to "
                        + scheduler.queueCapacity());
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
    @DisplayName("removing any entries from anywhere in the heap keeps the rest coming out in"
            + " (time, sequence) order")
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

    /**
     * One step of a run: schedule with a delay (kind 0, or 3 with a lane key that is not the real
     * delay, so that a lane is offered events out of its order), cancel a pending event (1), or
     * take the next one (2).
     */
    private record Step(int kind, int delayUs, int pick) {}

    @Test
    @DisplayName("events scheduled with any mix of delays (more delays than lanes), cancelled and"
            + " taken in any interleaving, come out in exactly (time, sequence) order, whether"
            + " small queues use the lanes or not")
    void lanesAndHeapTogetherKeepTheExactOrder() {
        qt().withFixedSeed(0x5EED_0003L).withExamples(400)
                .forAll(lists().of(integers().between(0, 3).zip(
                        integers().between(0, 3 * EventQueue.LANES), integers().between(0, 999),
                        (kind, delay, pick) -> new Step(kind, delay, pick)))
                        .ofSizeBetween(1, 400), integers().between(0, 1))
                .checkAssert((steps, smallQueuesUseTheHeap) -> {
                    EventQueue queue =
                            smallQueuesUseTheHeap == 1 ? new EventQueue() : new EventQueue(0);
                    Comparator<ScheduledEvent> order =
                            Comparator.comparingLong(ScheduledEvent::timeUs)
                                    .thenComparingLong(ScheduledEvent::sequence);
                    TreeSet<ScheduledEvent> expected = new TreeSet<>(order);
                    List<ScheduledEvent> pending = new ArrayList<>();
                    long now = 0;
                    long sequence = 0;
                    for (Step step : steps) {
                        if (step.kind() == 0 || step.kind() == 3) {
                            // Small delays repeat (they get lanes); the others mostly do not.
                            long delay = step.delayUs() < EventQueue.LANES
                                    ? step.delayUs() : step.delayUs() * 37L + step.pick();
                            ScheduledEvent event =
                                    new ScheduledEvent(now + delay, sequence++, NOTHING);
                            queue.add(event, step.kind() == 0 ? delay : delay % 3);
                            expected.add(event);
                            pending.add(event);
                        } else if (step.kind() == 1 && !pending.isEmpty()) {
                            ScheduledEvent event = pending.remove(step.pick() % pending.size());
                            assertTrue(queue.remove(event));
                            assertTrue(!event.isPending());
                            expected.remove(event);
                        } else {
                            ScheduledEvent next = queue.poll();
                            assertEquals(expected.pollFirst(), next);
                            if (next != null) {
                                pending.remove(next);
                                assertTrue(!queue.remove(next),
                                        "a taken event cannot be cancelled");
                                now = next.timeUs();
                            }
                        }
                        assertEquals(expected.size(), queue.size());
                        assertEquals(expected.isEmpty() ? null : expected.first(), queue.peek());
                    }
                    while (!expected.isEmpty()) {
                        assertEquals(expected.pollFirst(), queue.poll());
                    }
                    assertTrue(queue.isEmpty());
                    assertEquals(null, queue.poll());
                });
    }

    @Test
    @DisplayName("a queue whose lanes filled up and emptied again gives their memory back")
    void lanesShrinkWhenTheyEmpty() {
        EventQueue queue = new EventQueue(0);
        List<ScheduledEvent> events = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ScheduledEvent event = new ScheduledEvent(i + 5_000, i, NOTHING);
            events.add(event);
            queue.add(event, 5_000);
        }
        assertTrue(queue.capacity() >= 10_000, "the events went into a lane");
        for (int i = 0; i < events.size(); i += 2) {
            queue.remove(events.get(i));
        }
        for (int i = 1; i < events.size(); i += 2) {
            assertEquals(events.get(i), queue.poll());
        }
        assertEquals(0, queue.size());
        assertTrue(queue.capacity() <= 16 * (EventQueue.LANES + 1),
                "capacity stayed at " + queue.capacity());
    }

    @Test
    @DisplayName("a million timers cancelled behind one that keeps running leave the queue no"
            + " larger than a thousand did")
    void cancelledEventsBehindALiveOneAreNotKept() {
        Scheduler scheduler = new Scheduler();
        ScheduledEvent longLived = scheduler.schedule(32_000, NOTHING);
        assertAMillionCyclesDoNotGrowTheQueue(scheduler);
        assertEquals(1, scheduler.pendingCount());
        assertTrue(longLived.isPending());
    }

    @Test
    @DisplayName("delays that come once (a jittered link's) do not take the lanes: after a thousand"
            + " of them, a delay that comes twice still gets one")
    void oneOffDelaysLeaveTheLanesFree() {
        EventQueue queue = new EventQueue(0);
        for (int i = 0; i < 1_000; i++) {
            queue.add(new ScheduledEvent(1_000_000 + i, i, NOTHING), 1_000_000 + i);
        }
        ScheduledEvent first = new ScheduledEvent(500, 1_000, NOTHING);
        ScheduledEvent again = new ScheduledEvent(500, 1_001, NOTHING);
        queue.add(first, 500);
        queue.add(again, 500);
        assertEquals(null, first.lane(), "a delay seen once goes to the heap");
        assertTrue(again.lane() != null, "a delay seen twice gets a lane");
        assertEquals(first, queue.poll());
        assertEquals(again, queue.poll());
    }
}
