package org.siplab.sim;

import java.util.OptionalLong;

/**
 * Schedules actions in virtual time and runs them in (time, insertion sequence) order: the kernel's
 * run loop.
 *
 * <p>In the chan_sip study, {@code do_monitor} repeats three steps: {@code ast_sched_wait} says how
 * long until the next scheduled event, {@code ast_io_wait} {@code poll}s the SIP socket for at most
 * that long (and calls {@code sipsock_read} if a datagram came), and {@code ast_sched_runq} runs
 * the events that are due. Here a datagram's arrival is itself an event the {@link Network} put in
 * the same queue when it was sent, so the three steps fold into one: {@link #nextEventTimeUs()} is
 * {@code ast_sched_wait}; taking the earliest event, whether timer or arrival, is what the
 * {@code poll} with that timeout decides; moving the clock to it and running it is
 * {@code ast_sched_runq}. Instead of blocking, virtual time jumps straight to the next event.
 *
 * <p>Every run is bounded: besides the limit asked for, a run stops with
 * {@link RunOutcome.Runaway} after the scheduler's runaway limit of events, so a timer that
 * re-arms itself forever ends a run with a message rather than a hang.
 *
 * <p>Not thread-safe, on purpose: a simulation run has exactly one thread.
 */
public final class Scheduler {

    /** Default number of events one run may execute before it is called a runaway. */
    public static final long DEFAULT_RUNAWAY_LIMIT = 50_000_000L;

    /**
     * Events that may run at one instant of virtual time before the run is called a runaway. A
     * loop with no delay in it never moves the clock, and every event it makes stays in memory
     * (its trace, its transactions, whose timers never come due), so it would fill the heap long
     * before the limit of events stops it (and its trace.json would pass a gigabyte). A real
     * instant of a simulation holds a few hundred.
     */
    public static final long SAME_INSTANT_LIMIT = 20_000L;

    private final VirtualClock clock = new VirtualClock();
    private final EventQueue queue = new EventQueue();
    private final long runawayLimit;
    private long nextSequence;
    private boolean running;
    /** Events run at the clock's current instant, across runs. */
    private long eventsThisInstant;

    /** A scheduler whose runs stop as runaways after {@link #DEFAULT_RUNAWAY_LIMIT} events. */
    public Scheduler() {
        this(DEFAULT_RUNAWAY_LIMIT);
    }

    /** A scheduler whose runs stop as runaways after {@code runawayLimit} events each. */
    public Scheduler(long runawayLimit) {
        if (runawayLimit <= 0) {
            throw new IllegalArgumentException("runawayLimit must be > 0, was " + runawayLimit);
        }
        this.runawayLimit = runawayLimit;
    }

    /** The clock this scheduler moves; hand it to components that need to read the time. */
    public VirtualClock clock() {
        return clock;
    }

    /** The current virtual time in microseconds. */
    public long nowUs() {
        return clock.nowUs();
    }

    /**
     * Runs {@code action} {@code delayUs} microseconds from now: chan_sip's {@code ast_sched_add}
     * (which takes milliseconds). Unlike {@code ast_sched_add}'s callback, the action does not
     * return whether to repeat: a periodic action schedules itself again.
     */
    public ScheduledEvent schedule(long delayUs, Runnable action) {
        if (delayUs < 0) {
            throw new IllegalArgumentException("delayUs must be >= 0, was " + delayUs);
        }
        return scheduleAt(Math.addExact(clock.nowUs(), delayUs), action);
    }

    /** Runs {@code action} at virtual time {@code timeUs}, which must not be in the past. */
    public ScheduledEvent scheduleAt(long timeUs, Runnable action) {
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        if (timeUs < clock.nowUs()) {
            throw new IllegalArgumentException("cannot schedule at " + VirtualClock.format(timeUs)
                    + ", before the current time " + VirtualClock.format(clock.nowUs()));
        }
        ScheduledEvent event = new ScheduledEvent(timeUs, nextSequence++, action);
        queue.add(event, timeUs - clock.nowUs());
        return event;
    }

    /**
     * Removes a pending event from the queue: chan_sip's {@code ast_sched_del}. Returns whether it
     * was pending; cancelling an event that already ran or was cancelled does nothing.
     */
    public boolean cancel(ScheduledEvent event) {
        boolean removed = queue.remove(event);
        if (removed) {
            event.forgetAction();
        }
        return removed;
    }

    /** How many events are waiting in the queue. */
    public int pendingCount() {
        return queue.size();
    }

    /**
     * The length of the queue's backing array: what it holds on to, however few events are pending.
     */
    int queueCapacity() {
        return queue.capacity();
    }

    /**
     * When the next event is due, or empty if none is: chan_sip's {@code ast_sched_wait}, which
     * returns -1 while its {@code schedq} is empty.
     */
    public OptionalLong nextEventTimeUs() {
        ScheduledEvent next = queue.peek();
        return next == null ? OptionalLong.empty() : OptionalLong.of(next.timeUs());
    }

    /** Runs until no event is left (or the runaway limit). */
    public RunOutcome runUntilIdle() {
        return run(RunLimit.untilIdle());
    }

    /** Runs the events due at or before {@code timeUs} and leaves the clock at {@code timeUs}. */
    public RunOutcome runUntil(long timeUs) {
        return run(RunLimit.untilTime(timeUs));
    }

    /** Runs at most {@code count} events. */
    public RunOutcome runAtMost(long count) {
        return run(RunLimit.atMostEvents(count));
    }

    /**
     * The run loop. Stops at the first of: the queue is empty, the next event is due after
     * {@link RunLimit#untilTimeUs()}, {@link RunLimit#maxEvents()} events have run, or the runaway
     * limit. With a time limit the clock ends at that time even when the queue empties earlier,
     * and the outcome is {@link RunOutcome.TimeReached}. An exception thrown by an action ends the
     * run and propagates; the event that threw is already out of the queue.
     */
    public RunOutcome run(RunLimit limit) {
        if (running) {
            throw new IllegalStateException("run() called from inside a running event");
        }
        if (limit.hasTimeLimit() && limit.untilTimeUs() < clock.nowUs()) {
            throw new IllegalArgumentException("cannot run until "
                    + VirtualClock.format(limit.untilTimeUs()) + ", before the current time "
                    + VirtualClock.format(clock.nowUs()));
        }
        running = true;
        try {
            return loop(limit);
        } finally {
            running = false;
        }
    }

    private RunOutcome loop(RunLimit limit) {
        long eventsRun = 0;
        while (true) {
            ScheduledEvent next = queue.peek();
            if (next == null || next.timeUs() > limit.untilTimeUs()) {
                return stopWithoutDueEvent(limit, eventsRun);
            }
            if (eventsRun == limit.maxEvents()) {
                return new RunOutcome.EventLimitReached(clock.nowUs(), eventsRun, queue.size());
            }
            if (eventsRun == runawayLimit) {
                return new RunOutcome.Runaway(clock.nowUs(), eventsRun, queue.size());
            }
            if (next.timeUs() != clock.nowUs()) {
                eventsThisInstant = 0;
            } else if (eventsThisInstant == SAME_INSTANT_LIMIT) {
                return new RunOutcome.Runaway(clock.nowUs(), eventsRun, queue.size(), true);
            }
            queue.removeFirst(next);
            clock.advanceTo(next.timeUs());
            eventsRun++;
            eventsThisInstant++;
            next.takeAction().run();
        }
    }

    private RunOutcome stopWithoutDueEvent(RunLimit limit, long eventsRun) {
        if (limit.hasTimeLimit()) {
            clock.advanceTo(limit.untilTimeUs());
            return new RunOutcome.TimeReached(clock.nowUs(), eventsRun, queue.size());
        }
        return new RunOutcome.Idle(clock.nowUs(), eventsRun);
    }
}
