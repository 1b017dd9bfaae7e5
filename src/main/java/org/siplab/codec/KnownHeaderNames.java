package org.siplab.codec;

import java.util.ArrayList;
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
