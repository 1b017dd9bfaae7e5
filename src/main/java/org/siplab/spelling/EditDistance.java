package org.siplab.spelling;

import java.util.Locale;

/**
 * How far a misspelt word is from the one meant: the optimal string alignment distance
 * (Damerau-Levenshtein without repeated edits), counting an insertion, a deletion, a replacement or
 * a swap of two neighbours as one edit. Scenario files ("did you mean 'bob'?") and the parser (a
 * header name written {@code Form}) both ask it.
 */
public final class EditDistance {

  private EditDistance() {}

  /** The number of edits between {@code a} and {@code b}, case counted. */
  public static int between(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * Whether {@code written} reads as a slip of the pen for {@code meant}: different from it even
   * ignoring case, yet one edit away (two for a name longer than eight letters). Stricter than the
   * scenario loader's suggestions, because a header name that is not RFC 3261's may be a real
   * extension ({@code Path} is two edits from {@code Date}).
   */
  public static boolean isSlipFor(String written, String meant) {
    String a = written.toLowerCase(Locale.ROOT);
    String b = meant.toLowerCase(Locale.ROOT);
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    return between(a, b) <= (meant.length() > 8 ? 2 : 1);
  }
}
