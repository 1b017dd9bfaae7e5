package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final long SEED = 0x5EED_0001L;

    /** What one scheduled event recorded when it ran. */
    private record Ran(long timeUs, long sequence) {
    }

    @Test
    @DisplayName("events run in order of time, and events due at the same time run in the order"
            + " they were scheduled")
    void eventsRunInTimeThenInsertionOrder() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(lists().of(integers().between(0, 50)).ofSizeBetween(0, 200))
                .checkAssert(delays -> {
                    Scheduler scheduler = new Scheduler();
                    List<Ran> ran = new ArrayList<>();
                    List<Ran> expected = new ArrayList<>();
                    for (int i = 0; i < delays.size(); i++) {
                        long sequence = i;
                        scheduler.schedule(delays.get(i),
                                () -> ran.add(new Ran(scheduler.nowUs(), sequence)));
                        expected.add(new Ran(delays.get(i), sequence));
                    }
                    expected.sort(Comparator.comparingLong(Ran::timeUs)
                            .thenComparingLong(Ran::sequence));
                    scheduler.runUntilIdle();
                    assertEquals(expected, ran);
                });
    }

    @Test
    @DisplayName("a cancelled event never runs and leaves the queue, and every other event still"
            + " runs in order")
    void cancelRemovesOnlyTheCancelledEvents() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 100),
                        lists().of(booleans().all()).ofSize(100))
                .checkAssert((delays, cancelled) -> {
                    Scheduler scheduler = new Scheduler();
                    List<Integer> ran = new ArrayList<>();
                    List<ScheduledEvent> handles = new ArrayList<>();
                    for (int i = 0; i < delays.size(); i++) {
                        int index = i;
                        handles.add(scheduler.schedule(delays.get(i), () -> ran.add(index)));
                    }
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 0; i < delays.size(); i++) {
                        if (cancelled.get(i)) {
                            assertTrue(scheduler.cancel(handles.get(i)));
                            assertFalse(handles.get(i).isPending());
                        } else {
                            expected.add(i);
                        }
                    }
                    assertEquals(expected.size(), scheduler.pendingCount());
                    expected.sort(Comparator.comparingLong((Integer i) -> delays.get(i))
                            .thenComparing(i -> i));
                    scheduler.runUntilIdle();
                    assertEquals(expected, ran);
                });
    }

    @Test
    @DisplayName("cancelling an event that already ran or was already cancelled does nothing and"
            + " says so")
    void cancelTwiceOrAfterRunning() {
        Scheduler scheduler = new Scheduler();
        ScheduledEvent first = scheduler.schedule(10, () -> { });
        ScheduledEvent second = scheduler.schedule(20, () -> { });
        assertTrue(scheduler.cancel(second));
        assertFalse(scheduler.cancel(second));
        scheduler.runUntilIdle();
        assertFalse(scheduler.cancel(first));
        assertEquals(0, scheduler.pendingCount());
    }

    @Test
    @DisplayName("an event may cancel another event due at the same time, which then does not run")
    void anEventCancelsAnotherDueAtTheSameTime() {
        Scheduler scheduler = new Scheduler();
        List<String> ran = new ArrayList<>();
        ScheduledEvent[] victim = new ScheduledEvent[1];
        scheduler.schedule(5, () -> {
            ran.add("first");
            scheduler.cancel(victim[0]);
        });
        victim[0] = scheduler.schedule(5, () -> ran.add("victim"));
        scheduler.runUntilIdle();
        assertEquals(List.of("first"), ran);
    }

    @Test
    @DisplayName("running until idle runs everything, leaves the clock at the last event and"
            + " reports Idle")
    void runUntilIdleStopsWhenTheQueueIsEmpty() {
        Scheduler scheduler = new Scheduler();
        scheduler.schedule(100, () -> scheduler.schedule(50, () -> { }));
        scheduler.schedule(30, () -> { });

        RunOutcome outcome = scheduler.runUntilIdle();

        assertEquals(new RunOutcome.Idle(150, 3), outcome);
        assertEquals(150, scheduler.nowUs());
        assertTrue(scheduler.nextEventTimeUs().isEmpty());
    }

    @Test
    @DisplayName("running until a time runs the events due by then, moves the clock to that time"
            + " and reports TimeReached")
    void runUntilTimeStopsAtTheTime() {
        Scheduler scheduler = new Scheduler();
        List<Long> ran = new ArrayList<>();
        for (long t : new long[] {10, 20, 20, 21, 40}) {
            scheduler.scheduleAt(t, () -> ran.add(scheduler.nowUs()));
        }

        RunOutcome outcome = scheduler.runUntil(20);

        assertEquals(new RunOutcome.TimeReached(20, 3, 2), outcome);
        assertEquals(List.of(10L, 20L, 20L), ran);
        assertEquals(21, scheduler.nextEventTimeUs().getAsLong());
        assertEquals(new RunOutcome.TimeReached(1_000, 2, 0), scheduler.runUntil(1_000));
        assertEquals(1_000, scheduler.nowUs());
    }

    @Test
    @DisplayName("running at most N events runs exactly N when more are pending and reports"
            + " EventLimitReached")
    void runAtMostStopsAfterNEvents() {
        Scheduler scheduler = new Scheduler();
        for (int i = 1; i <= 5; i++) {
            scheduler.schedule(i * 10L, () -> { });
        }

        assertEquals(new RunOutcome.EventLimitReached(30, 3, 2), scheduler.runAtMost(3));
        assertEquals(new RunOutcome.Idle(50, 2), scheduler.runAtMost(3));
    }

    @Test
    @DisplayName("a loop with no delay ends the run as a Runaway once the clock has stood still for"
            + " SAME_INSTANT_LIMIT events; the same loop with a delay of 1 us runs on")
    void aLoopThatNeverMovesTheClockIsARunaway() {
        Scheduler stuck = new Scheduler();
        Runnable[] again = new Runnable[1];
        again[0] = () -> stuck.schedule(0, again[0]);
        stuck.schedule(5, again[0]);

        RunOutcome outcome = stuck.runUntilIdle();

        assertEquals(new RunOutcome.Runaway(5, Scheduler.SAME_INSTANT_LIMIT, 1, true), outcome);
        assertTrue(outcome.describe().contains("the last 20000 of them all at 0.000005s")
                && outcome.describe().contains("the clock never moves"), outcome.describe());

        Scheduler moving = new Scheduler();
        Runnable[] later = new Runnable[1];
        later[0] = () -> moving.schedule(1, later[0]);
        moving.schedule(0, later[0]);
        long events = 3 * Scheduler.SAME_INSTANT_LIMIT;
        assertEquals(new RunOutcome.EventLimitReached(events - 1, events, 1),
                moving.runAtMost(events));
    }

    @Test
    @DisplayName("a timer that re-arms itself forever ends the run as a Runaway with a message,"
            + " not a hang")
    void aRunawayRunStopsWithAClearOutcome() {
        Scheduler scheduler = new Scheduler(1_000);
        Runnable[] rearm = new Runnable[1];
        rearm[0] = () -> scheduler.schedule(0, rearm[0]);
        scheduler.schedule(7, rearm[0]);

        RunOutcome outcome = scheduler.runUntilIdle();

        assertEquals(new RunOutcome.Runaway(7, 1_000, 1), outcome);
        assertTrue(outcome.describe().startsWith("runaway: stopped after 1000 events at 0.000007s"),
                outcome.describe());
        assertInstanceOf(RunOutcome.Runaway.class, scheduler.runUntil(1_000_000));
    }

    @Test
    @DisplayName("scheduling in the past, a negative delay or a run from inside an event is"
            + " refused at once")
    void misuseIsRefused() {
        Scheduler scheduler = new Scheduler();
        scheduler.runUntil(100);
        assertThrows(IllegalArgumentException.class, () -> scheduler.scheduleAt(99, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> scheduler.schedule(-1, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> scheduler.runUntil(50));
        scheduler.schedule(0, scheduler::runUntilIdle);
        IllegalStateException nested =
                assertThrows(IllegalStateException.class, scheduler::runUntilIdle);
        assertTrue(nested.getMessage().contains("inside a running event"));
    }

    @Test
    @DisplayName("virtual time prints as seconds with six decimals whatever the default locale")
    void timeFormatIsLocaleIndependent() {
        assertEquals("1.500000s", VirtualClock.format(1_500_000));
        assertEquals("0.000007s", VirtualClock.format(7));
    }
}
