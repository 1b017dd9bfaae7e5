package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The run loop at exactly its limits: no event too many, none too few. */
@DisplayName("a run at exactly its limit")
class RunLimitEdgesTest {

    @Test
    @DisplayName("an event scheduled during the run for exactly the end time runs, one a"
            + " microsecond later waits")
    void anEventDueAtTheEndTimeRuns() {
        Scheduler scheduler = new Scheduler();
        List<String> ran = new ArrayList<>();
        scheduler.scheduleAt(10, () -> {
            scheduler.scheduleAt(100, () -> ran.add("at the end"));
            scheduler.scheduleAt(101, () -> ran.add("after the end"));
        });

        assertEquals(new RunOutcome.TimeReached(100, 2, 1), scheduler.runUntil(100));
        assertEquals(List.of("at the end"), ran);
    }

    @Test
    @DisplayName("asking for exactly as many events as there are runs them all and reports Idle,"
            + " not the limit")
    void exactlyNEventsOfNIsIdle() {
        Scheduler scheduler = new Scheduler();
        for (int i = 1; i <= 3; i++) {
            scheduler.schedule(i, () -> { });
        }

        assertEquals(new RunOutcome.Idle(3, 3), scheduler.runAtMost(3));
    }

    @Test
    @DisplayName("asking for zero events runs none and reports the limit while events are pending")
    void zeroEvents() {
        Scheduler scheduler = new Scheduler();
        scheduler.schedule(5, () -> { });

        assertEquals(new RunOutcome.EventLimitReached(0, 0, 1), scheduler.runAtMost(0));
    }

    @Test
    @DisplayName("a run that needs exactly the runaway limit of events is idle, one more event"
            + " makes it a runaway")
    void exactlyTheRunawayLimit() {
        Scheduler exact = new Scheduler(4);
        for (int i = 1; i <= 4; i++) {
            exact.schedule(i, () -> { });
        }
        assertEquals(new RunOutcome.Idle(4, 4), exact.runUntilIdle());

        Scheduler over = new Scheduler(4);
        for (int i = 1; i <= 5; i++) {
            over.schedule(i, () -> { });
        }
        assertEquals(new RunOutcome.Runaway(4, 4, 1), over.runUntilIdle());
    }

    @Test
    @DisplayName("an event count equal to the runaway limit is the count asked for, not a runaway")
    void countEqualToTheRunawayLimit() {
        Scheduler scheduler = new Scheduler(3);
        for (int i = 1; i <= 5; i++) {
            scheduler.schedule(i, () -> { });
        }

        assertEquals(new RunOutcome.EventLimitReached(3, 3, 2), scheduler.runAtMost(3));
    }

    @Test
    @DisplayName("with a time limit and a runaway limit, events past the end time never count"
            + " toward a runaway")
    void timeLimitBeforeRunaway() {
        Scheduler scheduler = new Scheduler(3);
        for (int i = 1; i <= 5; i++) {
            scheduler.schedule(i * 10L, () -> { });
        }

        assertEquals(new RunOutcome.TimeReached(30, 3, 2), scheduler.runUntil(30));
    }
}
