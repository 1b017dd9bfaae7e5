package org.siplab.spelling;

import java.util.Locale;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * How far a misspelt word is from the one meant: the Damerau-Levenshtein distance (Apache Commons
 * Text's), counting an insertion, a deletion, a replacement or a swap of two neighbours as one
 * edit, so that {@code Form} is one edit from {@code From}. Scenario files ("did you mean 'bob'?")
 * and the parser (a header name written {@code Form}) both ask it.
 */
public final class EditDistance {

  private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();

  private EditDistance() {}

  /** The number of edits between {@code a} and {@code b}, case counted. */
  public static int between(String a, String b) {
    return DISTANCE.apply(a, b);
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
