package org.siplab.message;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the model prints its canonical text: a growable array of chars with the appends printing
 * needs, turned into the UTF-8 bytes of a datagram in one pass at the end.
 *
 * <p>Why not a {@code StringBuilder}: printing a message is about sixty short appends, and a
 * builder then needs two more copies of the whole text ({@code toString}, then the UTF-8 encoding)
 * and the body a third. Here each append is one {@code String.getChars} (a vectorised copy), and
 * {@link #toUtf8} writes the final array directly, through the JDK's US-ASCII encoder while the
 * text is ASCII (nearly every SIP message) and as UTF-8 otherwise, so any text prints correctly.
 * With the array reused between messages ({@link #reset}), this took about a third off printing a
 * message (see notes/performance.md).
 */
public final class PrintSink {

  private char[] chars;
  private int length;
  private CharsetEncoder ascii;

  public PrintSink(int capacity) {
    chars = new char[Math.max(16, capacity)];
  }

  public PrintSink append(String s) {
    int n = s.length();
    ensureRoom(n);
    s.getChars(0, n, chars, length);
    length += n;
    return this;
  }

  public PrintSink append(char c) {
    ensureRoom(1);
    chars[length++] = c;
    return this;
  }

  /** Appends the digits of {@code n}, without the string {@code Long.toString} would make. */
  public PrintSink append(long n) {
    if (n < 0) {
      if (n == Long.MIN_VALUE) {
        return append(Long.toString(n));
      }
      append('-');
      n = -n;
    }
    int digits = 1;
    for (long rest = n / 10; rest != 0; rest /= 10) {
      digits++;
    }
    ensureRoom(digits);
    int at = length + digits;
    do {
      chars[--at] = (char) ('0' + (int) (n % 10));
      n /= 10;
    } while (n != 0);
    length += digits;
    return this;
  }

  public PrintSink append(int n) {
    return append((long) n);
  }

  public int length() {
    return length;
  }

  /** Empties the sink, keeping its array for the next message. */
  public void reset() {
    length = 0;
  }

  /** The length of the array behind the sink: what it holds on to between messages. */
  public int capacity() {
    return chars.length;
  }

  /**
   * The text as UTF-8, in an array with {@code extraBytes} more at the end (where the printer puts
   * the body, so that it needs no second array).
   */
  public byte[] toUtf8(int extraBytes) {
    byte[] out = new byte[length + extraBytes];
    if (ascii == null) {
      ascii = StandardCharsets.US_ASCII.newEncoder();
    }
    ascii.reset();
    CoderResult result =
        ascii.encode(CharBuffer.wrap(chars, 0, length), ByteBuffer.wrap(out), true);
    if (result.isUnderflow()) {
      return out;
    }
    // Not ASCII (a display name or a reason phrase in another script): encode it all as UTF-8,
    // exactly as String.getBytes does (an unpaired surrogate becomes '?').
    byte[] utf8 = toString().getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(utf8, utf8.length + extraBytes);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  private void ensureRoom(int n) {
    if (length + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
    }
  }
}
