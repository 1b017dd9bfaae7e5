package org.siplab.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a datagram eight bytes at a time, to skip over the stretches of the header section that
 * hold nothing a byte-by-byte scan looks for: no line feed and no byte above 0x7F. Most of a header
 * section is such stretches, so the scan for its end (section 7.5) touches each byte once in a word
 * rather than once in a loop iteration.
 */
final class ByteWords {

  static final int WIDTH = Long.BYTES;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

  private ByteWords() {}

  /**
   * Whether {@code data[at, at + 8)} is all ASCII without a line feed. A byte that is LF becomes
   * zero after the exclusive-or, and {@code (x - ONES) & ~x} has the high bit set in some byte
   * exactly when some byte of {@code x} is zero; that same high bit marks a non-ASCII byte.
   */
  static boolean quiet(byte[] data, int at) {
    long word = (long) LONGS.get(data, at);
    long x = word ^ LINE_FEEDS;
    return ((word | ((x - ONES) & ~x)) & HIGH_BITS) == 0;
  }
}
