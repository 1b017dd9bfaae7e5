package org.siplab.codec;

/**
 * Decoding as the parser does it, for tools that show a message next to its diagnostics (the
 * linter's caret lines). Java's own UTF-8 decoder turns some malformed sequences of several bytes
 * into one U+FFFD; the parser turns each byte that is not UTF-8 into one, and counts its columns
 * that way, so anything that points at a column must decode the same way.
 */
public final class SipText {

  private SipText() {}

  /** {@code data[from, to)} decoded as UTF-8, each byte that is not UTF-8 becoming U+FFFD. */
  public static String decode(byte[] data, int from, int to) {
    return Utf8Text.decode(data, from, to).text();
  }
}
