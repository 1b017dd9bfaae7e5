package org.siplab.sdp;

import java.util.Objects;

/**
 * Checks shared by the model records, so that every record prints to text that parses back to it: a
 * field that is one word of a line holds no white space, and no value holds a line end.
 */
final class SdpText {

  private SdpText() {}

  static String requireToken(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty() || value.chars().anyMatch(SdpText::isSeparator)) {
      throw new IllegalArgumentException(
          name + " must be one word without spaces: '" + value + "'");
    }
    return value;
  }

  /** What separates the words of a line (space, tab) or ends it (CR, LF). */
  static boolean isSeparator(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  static String requireLineText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(name + " must not contain a line end");
    }
    return value;
  }
}
