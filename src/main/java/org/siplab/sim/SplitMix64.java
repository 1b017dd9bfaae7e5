package org.siplab.sim;

import java.nio.charset.StandardCharsets;

/**
 * The two fixed functions the random streams are built from, written out here rather than borrowed
 * from the JDK so that their output is the same on every JVM: {@link java.util.SplittableRandom}
 * only promises equal sequences within one program execution, and {@link String#hashCode()} has
 * only 32 bits.
 */
final class SplitMix64 {

    /** SplitMix64's increment: the odd integer closest to 2^64 divided by the golden ratio. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;

    private static final long FNV_OFFSET_BASIS = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private SplitMix64() {
    }

    /**
     * SplitMix64's output function (Steele, Lea and Flood 2014; constants from Stafford's variant
     * 13).
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a, 64 bits, over the UTF-8 bytes of {@code text}. */
    static long fnv1a64(String text) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
