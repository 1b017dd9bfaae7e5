package org.siplab.sim;

/**
 * One component's own sequence of pseudo-random numbers: a SplitMix64 generator whose starting
 * state {@link RandomStreams} derived from the run's seed and the component's name.
 *
 * <p>Each step adds {@link SplitMix64#GAMMA} to the state and returns {@code mix64(state)}; every
 * helper below is written in terms of {@link #nextLong()} with a fixed number of draws or a fixed
 * rejection rule, so the same state gives the same values on every JVM.
 *
 * <p>Not thread-safe, like everything in a run.
 */
public final class RandomStream {

    private static final char[] ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String name;
    private long state;

    RandomStream(String name, long initialState) {
        this.name = name;
        this.state = initialState;
    }

    /** The name the stream was derived from, such as {@code link:alice>proxy}. */
    public String name() {
        return name;
    }

    /** A uniformly distributed 64-bit value. */
    public long nextLong() {
        state += SplitMix64.GAMMA;
        return SplitMix64.mix64(state);
    }

    /**
     * A uniformly distributed value in {@code [0, bound)}. Draws once, or again while the draw
     * falls in the uneven tail above the largest multiple of {@code bound}, so there is no modulo
     * bias.
     */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, was " + bound);
        }
        long mask = bound - 1;
        long draw = nextLong();
        if ((bound & mask) == 0) {
            return draw & mask;
        }
        long unsigned = draw >>> 1;
        long value = unsigned % bound;
        while (unsigned - value + mask < 0) {
            unsigned = nextLong() >>> 1;
            value = unsigned % bound;
        }
        return value;
    }

    /** A uniformly distributed value in {@code [0, bound)}. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, was " + bound);
        }
        return (int) nextLong(bound);
    }

    /** A uniformly distributed value in {@code [0, 1)}, from the top 53 bits of one draw. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * True with probability {@code ratio}. Always takes exactly one draw, even for 0 and 1, so a
     * caller's draw count does not depend on its settings.
     */
    public boolean chance(double ratio) {
        return nextDouble() < ratio;
    }

    /**
     * {@code length} characters from {@code [0-9a-z]}, one draw each: the raw material for SIP
     * tags, branch suffixes and Call-IDs, which the SIP layer builds from it.
     */
    public String token(int length) {
        return pick(ALPHANUMERIC, length);
    }

    /** {@code length} lowercase hexadecimal characters, one draw each. */
    public String hexToken(int length) {
        return pick(HEX, length);
    }

    private String pick(char[] alphabet, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, was " + length);
        }
        char[] chosen = new char[length];
        for (int i = 0; i < length; i++) {
            chosen[i] = alphabet[nextInt(alphabet.length)];
        }
        return new String(chosen);
    }

    @Override
    public String toString() {
        return "RandomStream[" + name + "]";
    }
}
