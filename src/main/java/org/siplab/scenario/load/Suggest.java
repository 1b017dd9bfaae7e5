package org.siplab.scenario.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the known name closest to a misspelt one, if it is close enough. */
final class Suggest {

  /** Longer words are not misspelt names; comparing them would only cost time. */
  private static final int LONGEST_WORD = 64;

  private Suggest() {}

  /**
   * The candidate at the smallest edit distance (insert, delete, replace, swap two neighbours;
   * case ignored), if that distance is small for the word's length; the first such in order.
   */
  static Optional<String> closest(String typo, Collection<String> candidates) {
    if (typo.length() > LONGEST_WORD) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String a = typo.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.length() > LONGEST_WORD) {
        continue;
      }
      int d = distance(a, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= tolerance(typo) ? Optional.of(best) : Optional.empty();
  }

  /**
   * {@code "; did you mean 'bob'?"}, or else {@code "; expected one of: alice, bob"} ({@code
   * "; expected " + otherwise} when there are no candidates).
   */
  static String hint(String typo, Collection<String> candidates, String otherwise) {
    Optional<String> close = closest(typo, candidates);
    if (close.isPresent()) {
      return "; did you mean '" + close.get() + "'?";
    }
    if (candidates.isEmpty()) {
      return "; expected " + otherwise;
    }
    return "; expected one of: " + String.join(", ", candidates);
  }

  private static int tolerance(String typo) {
    int length = typo.length();
    return length <= 3 ? 1 : length <= 6 ? 2 : 3;
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits). */
  static int distance(String a, String b) {
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
}
