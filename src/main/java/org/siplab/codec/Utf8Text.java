package org.siplab.codec;

/**
 * Decodes a header section as UTF-8 (RFC 3629) while remembering where each character came from, so
 * that a diagnostic can give the exact byte offset even when the text held multi-byte characters or
 * bytes that are not UTF-8 at all (each such byte becomes U+FFFD and is reported).
 *
 * @param byteOffsets for each char index, its byte offset from the start (one extra entry for the
 *     end); {@code null} when the text is ASCII and the offsets are the indexes themselves
 * @param firstBadByte the offset of the first byte that is not UTF-8, or -1
 */
record Utf8Text(String text, int[] byteOffsets, int firstBadByte) {

  /** Text known to be ASCII: one byte a character. */
  static Utf8Text ascii(byte[] data, int from, int to) {
    return new Utf8Text(new String(data, from, to - from,
        java.nio.charset.StandardCharsets.ISO_8859_1), null, -1);
  }

  static Utf8Text decode(byte[] data, int from, int to) {
    int i = from;
    while (i < to && data[i] >= 0) {
      i++;
    }
    if (i == to) {
      return new Utf8Text(new String(data, from, to - from,
          java.nio.charset.StandardCharsets.ISO_8859_1), null, -1);
    }
    StringBuilder sb = new StringBuilder(to - from);
    int[] offsets = new int[to - from + 1];
    int bad = -1;
    i = from;
    while (i < to) {
      int length = sequenceLength(data, i, to);
      if (length == 0) {
        if (bad < 0) {
          bad = i - from;
        }
        offsets[sb.length()] = i - from;
        sb.append('\uFFFD');
        i++;
        continue;
      }
      int cp = codePoint(data, i, length);
      offsets[sb.length()] = i - from;
      if (Character.isSupplementaryCodePoint(cp)) {
        offsets[sb.length() + 1] = i - from;
      }
      sb.appendCodePoint(cp);
      i += length;
    }
    offsets[sb.length()] = to - from;
    return new Utf8Text(sb.toString(), java.util.Arrays.copyOf(offsets, sb.length() + 1), bad);
  }

  /** The char index of the character that holds the byte at {@code byteOffset}. */
  int charIndexOf(int byteOffset) {
    if (byteOffsets == null) {
      return byteOffset;
    }
    int found = java.util.Arrays.binarySearch(byteOffsets, byteOffset);
    if (found < 0) {
      // Inside a multi-byte character: the character that starts before it.
      return -found - 2;
    }
    // A supplementary character's two chars share an offset; the first is the one.
    while (found > 0 && byteOffsets[found - 1] == byteOffset) {
      found--;
    }
    return found;
  }

  /** The byte offset (from the decoded region's start) of a char index. */
  int byteOffset(int charIndex) {
    return byteOffsets == null ? charIndex : byteOffsets[charIndex];
  }

  /** The length of the well-formed sequence at {@code i}, or 0 when it is not one (RFC 3629 4). */
  private static int sequenceLength(byte[] d, int i, int to) {
    int b = d[i] & 0xFF;
    if (b < 0x80) {
      return 1;
    }
    int length;
    int lo = 0x80;
    int hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      lo = b == 0xE0 ? 0xA0 : 0x80;
      hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      lo = b == 0xF0 ? 0x90 : 0x80;
      hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > to) {
      return 0;
    }
    int second = d[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int cont = d[i + k] & 0xFF;
      if (cont < 0x80 || cont > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  private static int codePoint(byte[] d, int i, int length) {
    int b = d[i] & 0xFF;
    if (length == 1) {
      return b;
    }
    int cp = b & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (d[i + k] & 0x3F);
    }
    return cp;
  }
}
