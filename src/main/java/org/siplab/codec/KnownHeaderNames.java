package org.siplab.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.siplab.message.HeaderName;

/**
 * Finds the known {@link HeaderName} for a field name inside the header text without allocating:
 * candidates are grouped by length and compared ignoring case.
 */
final class KnownHeaderNames {

  private static final int MAX_LENGTH = 32;
  private static final HeaderName[][] BY_LENGTH = new HeaderName[MAX_LENGTH + 1][];
  private static final String[][] SPELLING = new String[MAX_LENGTH + 1][];
  /** Names of up to this many bytes are compared as words by {@link #exactAscii}. */
  private static final int MAX_WORD_LENGTH = 2 * ByteWords.WIDTH;
  /**
   * For each length up to {@link #MAX_WORD_LENGTH}, the spellings' first eight bytes (fewer, with
   * zeros above, for shorter names) and last eight bytes, as {@link ByteWords#word} reads them.
   */
  private static final long[][] FIRST_WORD = new long[MAX_WORD_LENGTH + 1][];
  private static final long[][] LAST_WORD = new long[MAX_WORD_LENGTH + 1][];

  static {
    List<List<HeaderName>> names = new ArrayList<>();
    List<List<String>> spellings = new ArrayList<>();
    for (int i = 0; i <= MAX_LENGTH; i++) {
      names.add(new ArrayList<>());
      spellings.add(new ArrayList<>());
    }
    for (HeaderName n : HeaderName.known()) {
      names.get(n.canonical().length()).add(n);
      spellings.get(n.canonical().length()).add(n.canonical());
      if (n.compact() != 0) {
        names.get(1).add(n);
        spellings.get(1).add(String.valueOf(n.compact()));
      }
    }
    for (int i = 0; i <= MAX_LENGTH; i++) {
      BY_LENGTH[i] = names.get(i).toArray(new HeaderName[0]);
      SPELLING[i] = spellings.get(i).toArray(new String[0]);
    }
    for (int len = 1; len <= MAX_WORD_LENGTH; len++) {
      FIRST_WORD[len] = new long[SPELLING[len].length];
      LAST_WORD[len] = new long[SPELLING[len].length];
      for (int i = 0; i < SPELLING[len].length; i++) {
        byte[] bytes = SPELLING[len][i].getBytes(StandardCharsets.US_ASCII);
        byte[] padded = Arrays.copyOf(bytes, Math.max(bytes.length, ByteWords.WIDTH));
        FIRST_WORD[len][i] = ByteWords.word(padded, 0) & lowBytes(len);
        LAST_WORD[len][i] = ByteWords.word(padded, padded.length - ByteWords.WIDTH);
      }
    }
  }

  /** A mask of the low {@code n} bytes of a word (all of them from eight on). */
  private static long lowBytes(int n) {
    return n >= ByteWords.WIDTH ? -1L : (1L << (8 * n)) - 1;
  }

  private KnownHeaderNames() {}

  /**
   * The known name whose long or compact form {@code src[start, end)} spells exactly as the RFC
   * does, or null. Most messages spell names that way, so this plain comparison is tried first,
   * looking at the first letter before comparing the rest (several names share each length).
   */
  static HeaderName exact(String src, int start, int end) {
    int len = end - start;
    if (len <= 0 || len > MAX_LENGTH) {
      return null;
    }
    String[] spellings = SPELLING[len];
    char written = src.charAt(start);
    for (int i = 0; i < spellings.length; i++) {
      if (spellings[i].charAt(0) == written && src.startsWith(spellings[i], start)) {
        return BY_LENGTH[len][i];
      }
    }
    return null;
  }

  /**
   * {@link #exact} for a name in an ASCII header section, read from the datagram's bytes {@code
   * data[at, at + length)}: one or two eight-byte words compared against each candidate's, instead
   * of character by character (byte by byte only for a name longer than two words or too near the
   * datagram's end for a whole word).
   */
  static HeaderName exactAscii(byte[] data, int at, int length) {
    if (length <= 0 || length > MAX_LENGTH) {
      return null;
    }
    if (length > MAX_WORD_LENGTH || at + ByteWords.WIDTH > data.length) {
      return exactByteByByte(data, at, length);
    }
    long first = ByteWords.word(data, at) & lowBytes(length);
    long[] firsts = FIRST_WORD[length];
    for (int i = 0; i < firsts.length; i++) {
      if (firsts[i] == first && (length <= ByteWords.WIDTH
          || LAST_WORD[length][i] == ByteWords.word(data, at + length - ByteWords.WIDTH))) {
        return BY_LENGTH[length][i];
      }
    }
    return null;
  }

  private static HeaderName exactByteByByte(byte[] data, int at, int length) {
    String[] spellings = SPELLING[length];
    for (int i = 0; i < spellings.length; i++) {
      int j = 0;
      while (j < length && spellings[i].charAt(j) == data[at + j]) {
        j++;
      }
      if (j == length) {
        return BY_LENGTH[length][i];
      }
    }
    return null;
  }

  /** The known name spelled (in any case, long or compact) by {@code src[start, end)}, or null. */
  static HeaderName find(String src, int start, int end) {
    int len = end - start;
    if (len <= 0 || len > MAX_LENGTH) {
      return null;
    }
    String[] spellings = SPELLING[len];
    char first = (char) (src.charAt(start) | 0x20);
    for (int i = 0; i < spellings.length; i++) {
      String candidate = spellings[i];
      if ((candidate.charAt(0) | 0x20) == first
          && src.regionMatches(true, start, candidate, 0, len)) {
        return BY_LENGTH[len][i];
      }
    }
    return null;
  }
}
