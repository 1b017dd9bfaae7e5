package org.siplab.sim;

import java.util.Locale;

/**
 * The simulation's only notion of time: microseconds since the start of the run, as a {@code long}.
 *
 * <p>Components read it; only the {@link Scheduler} moves it, and only forward, to the time of the
 * event it is about to run. There is no wall clock anywhere in a run, which is what makes the same
 * seed give the same trace on any machine.
 */
public final class VirtualClock {

    private long nowUs;

    VirtualClock() {
    }

    /** The current virtual time in microseconds since the start of the run. */
    public long nowUs() {
        return nowUs;
    }

    void advanceTo(long timeUs) {
        if (timeUs < nowUs) {
            throw new IllegalStateException(
                    "virtual time cannot go back from " + format(nowUs) + " to " + format(timeUs));
        }
        nowUs = timeUs;
    }

    /**
     * Formats a virtual time as seconds with six decimals, for messages a person reads
     * ({@code 1.500000s}); always with {@link Locale#ROOT} so the text is the same everywhere.
     */
    public static String format(long timeUs) {
        String sign = timeUs < 0 ? "-" : "";
        long magnitude = Math.abs(timeUs);
        return String.format(Locale.ROOT, "%s%d.%06ds", sign, magnitude / 1_000_000,
                magnitude % 1_000_000);
    }

    @Override
    public String toString() {
        return "VirtualClock[" + format(nowUs) + "]";
    }
}
