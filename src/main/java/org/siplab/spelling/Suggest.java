package org.siplab.spelling;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;


/**
 * "Did you mean ...?": the known name closest to a misspelt one, if it is close enough. Scenario
 * files (a misspelt key or element) and the command line (a misspelt command or option) ask it.
 */
public final class Suggest {

  /** Longer words are not misspelt names; comparing them would only cost time. */
  private static final int LONGEST_WORD = 64;

  private Suggest() {}

  /**
   * The candidate at the smallest edit distance (insert, delete, replace, swap two neighbours;
   * case ignored), if that distance is small for the word's length; the first such in order.
   */
  public static Optional<String> closest(String typo, Collection<String> candidates) {
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
      int d = EditDistance.between(a, candidate.toLowerCase(Locale.ROOT));
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
  public static String hint(String typo, Collection<String> candidates, String otherwise) {
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
}
