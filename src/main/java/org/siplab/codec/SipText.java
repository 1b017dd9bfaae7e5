package org.siplab.codec;

/**
 * Decoding and reading as the parser does it, for tools that show a message next to its
 * diagnostics (the linter's caret lines and JSON). Java's own UTF-8 decoder turns some malformed
 * sequences of several bytes into one U+FFFD; the parser turns each byte that is not UTF-8 into
 * one, and counts its columns that way, so anything that points at a column must decode the same
 * way.
 */
public final class SipText {

  private SipText() {}

  /** {@code data[from, to)} decoded as UTF-8, each byte that is not UTF-8 becoming U+FFFD. */
  public static String decode(byte[] data, int from, int to) {
    return Utf8Text.decode(data, from, to).text();
  }

  /**
   * Whether a Call-ID field's value, as the parser kept it, matched {@code callid = word [ "@" word
   * ]} (RFC 3261 section 25.1). The parser keeps a Call-ID as text whether its grammar matched or
   * not, so this is how a reader of the fields tells a Call-ID from the text of a broken one.
   */
  public static boolean isCallId(String value) {
    return HeaderValueParser.isCallId(value);
  }
}
