package org.siplab.sim;

/** What a {@link TargetedFault} does to the datagram it hits. */
public sealed interface FaultAction {

    /** The datagram is not delivered. */
    record Drop() implements FaultAction {
    }

    /** The datagram is delivered {@code extraUs} later than its link would deliver it. */
    record Delay(long extraUs) implements FaultAction {
        public Delay {
            if (extraUs <= 0 || extraUs > LinkProfile.MAX_DELAY_US) {
                throw new IllegalArgumentException("a fault's extra delay must be between 1 and "
                        + LinkProfile.MAX_DELAY_US + " microseconds, was " + extraUs);
            }
        }
    }

    /** The datagram is delivered twice. */
    record Duplicate() implements FaultAction {
    }
}
