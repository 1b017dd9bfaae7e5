package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static final long SEED = 0x5EED_0003L;

    @Test
    @DisplayName("the generator steps exactly as the published SplitMix64 reference from state"
            + " 1234567")
    void splitMix64MatchesTheReference() {
        RandomStream stream = new RandomStream("reference", 1234567L);
        List<String> drawn = IntStream.range(0, 5)
                .mapToObj(i -> Long.toUnsignedString(stream.nextLong())).toList();
        assertEquals(List.of("6457827717110365317", "3203168211198807973", "9817491932198370423",
                "4593380528125082431", "16408922859458223821"), drawn);
    }

    @Test
    @DisplayName("names are hashed with 64-bit FNV-1a over their UTF-8 bytes, as in the published"
            + " test vectors")
    void fnv1aMatchesTheReference() {
        assertEquals(0xcbf29ce484222325L, SplitMix64.fnv1a64(""));
        assertEquals(0xaf63dc4c8601ec8cL, SplitMix64.fnv1a64("a"));
        assertEquals(0x85944171f73967e8L, SplitMix64.fnv1a64("foobar"));
    }

    @Test
    @DisplayName("a stream's first numbers are pinned for seed 42, so changing the derivation is a"
            + " deliberate act")
    void theDerivationIsPinned() {
        RandomStream stream = new RandomStreams(42).stream("link:alice>proxy");
        assertEquals(List.of(PINNED_FIRST, PINNED_SECOND),
                List.of(stream.nextLong(), stream.nextLong()));
        assertEquals(PINNED_TOKEN, new RandomStreams(42).stream("phone:alice").token(10));
    }

    /**
     * Computed by an independent implementation of the derivation documented in
     * {@link RandomStreams}.
     */
    private static final long PINNED_FIRST = -1395556324282075726L;
    private static final long PINNED_SECOND = 6956021437649945090L;
    private static final String PINNED_TOKEN = "ilaeka5x9g";

    @Test
    @DisplayName("a stream's numbers depend on the seed and its name only, not on which streams"
            + " were made before it")
    void streamsDoNotDependOnCreationOrder() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(longs().all(),
                        lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 12))
                                .ofSizeBetween(1, 8))
                .checkAssert((seed, names) -> {
                    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
                    List<List<Long>> forward = firstDraws(seed, distinct);
                    List<String> reversed = new ArrayList<>(distinct);
                    Collections.reverse(reversed);
                    List<List<Long>> backward = firstDraws(seed, reversed);
                    Collections.reverse(backward);
                    assertEquals(forward, backward);
                });
    }

    private static List<List<Long>> firstDraws(long seed, List<String> names) {
        RandomStreams streams = new RandomStreams(seed);
        List<List<Long>> draws = new ArrayList<>();
        for (String name : names) {
            RandomStream stream = streams.stream(name);
            draws.add(List.of(stream.nextLong(), stream.nextLong(), stream.nextLong()));
        }
        return draws;
    }

    @Test
    @DisplayName("asking twice for a name gives the same stream, and different seeds or names give"
            + " different numbers")
    void sameNameSameStream() {
        RandomStreams streams = new RandomStreams(7);
        assertSame(streams.stream("proxy"), streams.stream("proxy"));
        assertEquals(List.of("proxy"), streams.names());
        assertNotEquals(new RandomStreams(7).stream("a").nextLong(),
                new RandomStreams(8).stream("a").nextLong());
        assertNotEquals(new RandomStreams(7).stream("a").nextLong(),
                new RandomStreams(7).stream("b").nextLong());
        assertThrows(IllegalArgumentException.class, () -> streams.stream(""));
    }

    @Test
    @DisplayName("bounded draws stay in [0, bound) and doubles in [0, 1)")
    void boundedDrawsStayInRange() {
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(longs().all(), integers().between(1, Integer.MAX_VALUE),
                        longs().between(1, Long.MAX_VALUE))
                .checkAssert((seed, intBound, longBound) -> {
                    RandomStream stream = new RandomStreams(seed).stream("range");
                    for (int i = 0; i < 20; i++) {
                        int small = stream.nextInt(intBound);
                        long large = stream.nextLong(longBound);
                        double unit = stream.nextDouble();
                        assertTrue(0 <= small && small < intBound,
                                small + " outside [0, " + intBound + ")");
                        assertTrue(0 <= large && large < longBound,
                                large + " outside [0, " + longBound + ")");
                        assertTrue(0.0 <= unit && unit < 1.0, unit + " outside [0, 1)");
                    }
                });
    }

    @Test
    @DisplayName("a bounded draw reaches every value of a small range about equally often")
    void boundedDrawsAreRoughlyUniform() {
        RandomStream stream = new RandomStreams(SEED).stream("uniform");
        int[] counts = new int[6];
        for (int i = 0; i < 60_000; i++) {
            counts[stream.nextInt(6)]++;
        }
        for (int count : counts) {
            assertTrue(count > 9_500 && count < 10_500, "uneven counts " + Arrays.toString(counts));
        }
    }

    @Test
    @DisplayName("tokens have the length asked for and only lowercase letters and digits, or only"
            + " hex digits")
    void tokensUseTheirAlphabet() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(longs().all(), integers().between(0, 40))
                .checkAssert((seed, length) -> {
                    RandomStream stream = new RandomStreams(seed).stream("tokens");
                    String token = stream.token(length);
                    String hex = stream.hexToken(length);
                    assertEquals(length, token.length());
                    assertEquals(length, hex.length());
                    assertTrue(token.matches("[0-9a-z]*"), token);
                    assertTrue(hex.matches("[0-9a-f]*"), hex);
                });
    }

    @Test
    @DisplayName("a chance of 0 never happens and a chance of 1 always does")
    void chanceAtTheEnds() {
        RandomStream stream = new RandomStreams(SEED).stream("chance");
        for (int i = 0; i < 1_000; i++) {
            assertTrue(!stream.chance(0.0) && stream.chance(1.0));
        }
    }
}
