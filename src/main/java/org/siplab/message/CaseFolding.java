package org.siplab.message;

/**
 * Comparing values that RFC 3261 section 7.3.1 makes case-insensitive: "Unless otherwise stated in
 * the definition of a particular header field, field values, parameter names, and parameter values
 * are case-insensitive. Tokens are always case-insensitive." A branch and a tag are such parameter
 * values (tokens), so {@code z9hG4bK74bf9} and {@code Z9HG4BK74BF9} name one transaction. A Call-ID
 * is not: section 8.1.1.4 says Call-IDs "are case-sensitive and are simply compared byte-by-byte".
 *
 * <p>Values keep the case they were written in (traces and reports show them as sent); only the
 * comparison folds it.
 */
public final class CaseFolding {

  private CaseFolding() {}

  /** Whether {@code a} and {@code b} are equal ignoring case; two nulls are equal. */
  public static boolean equal(String a, String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b);
  }

  /**
   * A hash that agrees with {@link String#equalsIgnoreCase}, which takes two characters as equal
   * when their upper cases, or the lower cases of those, are equal; so each character is hashed as
   * the lower case of its upper case. {@code toLowerCase(Locale.ROOT)} does not agree for every
   * string: it turns U+0130 into two characters, while {@code equalsIgnoreCase} matches it with
   * {@code i}. Null hashes to 0.
   */
  public static int hash(String s) {
    if (s == null) {
      return 0;
    }
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // ASCII, which every token is, folds by one comparison; transaction lookups hash a branch
      // each time (the value is not cached as String's own hash is).
      int folded = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
          : Character.toLowerCase(Character.toUpperCase(c));
      h = 31 * h + folded;
    }
    return h;
  }
}
