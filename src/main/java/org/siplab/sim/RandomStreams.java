package org.siplab.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's seed and the random streams derived from it, one per component name.
 *
 * <p>A stream's starting state depends only on the seed and the name, never on how many streams
 * were made before it, so adding a phone or a link to a scenario leaves every other component's
 * numbers unchanged. The derivation is fixed and identical on every JVM:
 *
 * <pre>
 *   state0 = mix64( mix64(seed) XOR fnv1a64(UTF-8 bytes of name) )
 * </pre>
 *
 * where {@code mix64} is SplitMix64's output function and {@code fnv1a64} is 64-bit FNV-1a; the
 * stream then steps as SplitMix64 from {@code state0} (see {@link RandomStream}).
 *
 * <p>Asking twice for the same name returns the same stream, so two components that share a name
 * also share (and interleave) one sequence: give each component its own name, such as
 * {@code link:alice>proxy} or {@code phone:alice}.
 */
public final class RandomStreams {

    private final long seed;
    private final Map<String, RandomStream> byName = new LinkedHashMap<>();

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The run's seed: print it with every failure, so that it alone replays the run. */
    public long seed() {
        return seed;
    }

    /** The stream for {@code name}, made on first use. */
    public RandomStream stream(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a random stream needs a non-empty name");
        }
        return byName.computeIfAbsent(name, n -> new RandomStream(n, initialState(seed, n)));
    }

    /** The names of the streams made so far, in the order they were first asked for. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    static long initialState(long seed, String name) {
        return SplitMix64.mix64(SplitMix64.mix64(seed) ^ SplitMix64.fnv1a64(name));
    }
}
