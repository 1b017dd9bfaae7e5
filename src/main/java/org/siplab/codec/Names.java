package org.siplab.codec;

/**
 * Shared strings for the parameter names almost every message carries, so that parsing
 * {@code ;branch=} or {@code ;tag=} does not allocate a new name each time.
 */
final class Names {

  private static final String[] COMMON = {
    "branch", "tag", "lr", "received", "rport", "transport", "expires", "q", "maddr", "user",
    "ttl", "method", "realm", "nonce", "opaque", "algorithm", "qop", "username", "uri", "response",
    "cnonce", "nc", "stale", "domain", "charset", "boundary"
  };

  private static final String[][] BY_LENGTH = new String[16][];

  static {
    for (int len = 0; len < BY_LENGTH.length; len++) {
      final int n = len;
      BY_LENGTH[len] = java.util.Arrays.stream(COMMON).filter(c -> c.length() == n)
          .toArray(String[]::new);
    }
  }

  private Names() {}

  /** The shared instance when {@code name} spells a common parameter name exactly. */
  static String intern(String name) {
    for (String common : COMMON) {
      if (common.length() == name.length() && common.equals(name)) {
        return common;
      }
    }
    return name;
  }

  /** Like {@link #intern(String)} for a region of {@code src}, allocating only when not common. */
  static String intern(String src, int start, int end) {
    int len = end - start;
    if (len < BY_LENGTH.length) {
      char first = src.charAt(start);
      for (String common : BY_LENGTH[len]) {
        if (common.charAt(0) == first && src.startsWith(common, start)) {
          return common;
        }
      }
    }
    return src.substring(start, end);
  }
}
