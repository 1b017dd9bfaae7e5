package org.siplab.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a datagram eight bytes at a time. The scan for the end of the header section (section 7.5)
 * looks only at the line feeds a word holds, and at its bytes one by one only when one is above
 * 0x7F, so it touches each byte once in a word rather than once in a loop iteration; field names
 * are compared a word at a time too ({@link KnownHeaderNames#exactAscii}).
 */
final class ByteWords {

  static final int WIDTH = Long.BYTES;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

  private ByteWords() {}

  /** The eight bytes from {@code at}, the first in the lowest byte. */
  static long word(byte[] data, int at) {
    return (long) LONGS.get(data, at);
  }

  /** Whether some byte of the word is above 0x7F. */
  static boolean hasHighByte(long word) {
    return (word & HIGH_BITS) != 0;
  }

  /**
   * The word's line feeds: the high bit set in exactly the bytes that are LF. A byte that is LF
   * becomes zero after the exclusive-or; adding 0x7F to the low seven bits of a byte sets its high
   * bit unless they are all zero, and no carry crosses into the next byte, so no byte is marked
   * that is not a line feed (the shorter {@code (x - ONES) & ~x} can mark a byte after a real one).
   * {@link Long#numberOfTrailingZeros} of the result, shifted right by three, is the first one's
   * index in the word.
   */
  static long lineFeeds(long word) {
    return bytesEqualTo(word, LINE_FEEDS);
  }

  /** The word's carriage returns, marked as {@link #lineFeeds} marks line feeds. */
  static long carriageReturns(long word) {
    return bytesEqualTo(word, CARRIAGE_RETURNS);
  }

  /** The high bit set in exactly the bytes of {@code word} equal to those of {@code pattern}. */
  private static long bytesEqualTo(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
  }

  /** A mask of the word's first {@code n} bytes, for n from 1 to 8. */
  static long firstBytes(int n) {
    return n >= WIDTH ? -1L : (1L << (n * Byte.SIZE)) - 1;
  }

  /** The number of line feeds in {@code data[from, to)}. */
  static int countLineFeeds(byte[] data, int from, int to) {
    int count = 0;
    int i = from;
    for (; i + WIDTH <= to; i += WIDTH) {
      count += Long.bitCount(lineFeeds(word(data, i)));
    }
    for (; i < to; i++) {
      if (data[i] == '\n') {
        count++;
      }
    }
    return count;
  }
}
