package org.siplab.sim;

/**
 * Where a call of {@link Scheduler#run(RunLimit)} should stop at the latest, besides running out of
 * events.
 *
 * @param untilTimeUs run events due at or before this virtual time, then move the clock to it;
 *                    {@link Long#MAX_VALUE} for no time limit
 * @param maxEvents   run at most this many events; {@link Long#MAX_VALUE} for no count asked for
 *                    (the scheduler's runaway limit still applies)
 */
public record RunLimit(long untilTimeUs, long maxEvents) {

    private static final long NONE = Long.MAX_VALUE;

    public RunLimit {
        if (untilTimeUs < 0) {
            throw new IllegalArgumentException("untilTimeUs must be >= 0, was " + untilTimeUs);
        }
        if (maxEvents < 0) {
            throw new IllegalArgumentException("maxEvents must be >= 0, was " + maxEvents);
        }
    }

    /** Run until no event is left. */
    public static RunLimit untilIdle() {
        return new RunLimit(NONE, NONE);
    }

    /** Run the events due at or before {@code timeUs}, then set the clock to {@code timeUs}. */
    public static RunLimit untilTime(long timeUs) {
        return new RunLimit(timeUs, NONE);
    }

    /** Run at most {@code count} events. */
    public static RunLimit atMostEvents(long count) {
        return new RunLimit(NONE, count);
    }

    boolean hasTimeLimit() {
        return untilTimeUs != NONE;
    }
}
