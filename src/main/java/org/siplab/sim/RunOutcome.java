package org.siplab.sim;

/**
 * Why a run of the {@link Scheduler} stopped, with the virtual time it stopped at and how many
 * events that run executed. Every run returns one; none hangs.
 */
public sealed interface RunOutcome {

    /** Virtual time, in microseconds, when the run stopped. */
    long timeUs();

    /** Number of events this run executed. */
    long eventsRun();

    /** One sentence for a person: why the run stopped. */
    String describe();

    /** The queue is empty: nothing more can happen. */
    record Idle(long timeUs, long eventsRun) implements RunOutcome {
        @Override
        public String describe() {
            return "idle at " + VirtualClock.format(timeUs) + " after " + eventsRun + " events";
        }
    }

    /**
     * The next event (if any) is due after the time asked for; the clock was moved to that time.
     */
    record TimeReached(long timeUs, long eventsRun, int pending) implements RunOutcome {
        @Override
        public String describe() {
            return "reached " + VirtualClock.format(timeUs) + " after " + eventsRun + " events, "
                    + pending + " still pending";
        }
    }

    /** The number of events asked for has run and more are pending. */
    record EventLimitReached(long timeUs, long eventsRun, int pending) implements RunOutcome {
        @Override
        public String describe() {
            return "ran the " + eventsRun + " events asked for, stopped at "
                    + VirtualClock.format(timeUs) + " with " + pending + " still pending";
        }
    }

    /**
     * The run hit the scheduler's runaway limit before reaching what it was asked for: usually a
     * timer that re-arms itself forever, or two elements answering each other without end. With
     * {@code clockStuck} it hit the limit of events at one instant: the clock stopped moving.
     */
    record Runaway(long timeUs, long eventsRun, int pending, boolean clockStuck)
            implements RunOutcome {

        /** A runaway by the number of events. */
        public Runaway(long timeUs, long eventsRun, int pending) {
            this(timeUs, eventsRun, pending, false);
        }

        @Override
        public String describe() {
            if (clockStuck) {
                return "runaway: stopped after " + eventsRun + " events, the last "
                        + Scheduler.SAME_INSTANT_LIMIT + " of them all at "
                        + VirtualClock.format(timeUs) + " with " + pending + " still pending;"
                        + " something answers or schedules itself again without any delay, so the"
                        + " clock never moves (a link delay of 0s with an 'on:' step that sets off"
                        + " its own trigger, or elements answering each other at once)";
            }
            return "runaway: stopped after " + eventsRun + " events at "
                    + VirtualClock.format(timeUs) + " with " + pending
                    + " still pending; something keeps scheduling new events"
                    + " (a timer that re-arms itself, or elements answering each other forever)";
        }
    }
}
