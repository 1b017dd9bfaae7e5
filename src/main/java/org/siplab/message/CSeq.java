package org.siplab.message;

import java.util.Objects;

/**
 * {@code CSeq = "CSeq" HCOLON 1*DIGIT LWS Method} (RFC 3261 section 20.16). Section 8.1.1.5: the
 * number orders transactions within a dialog and
 * "MUST be expressible as a 32-bit unsigned integer".
 */
public record CSeq(long number, Method method) implements HeaderValue {

  /** The largest CSeq number section 8.1.1.5 allows: 2**32 - 1. */
  public static final long MAX_NUMBER = 0xFFFF_FFFFL;

  public CSeq {
    Objects.requireNonNull(method, "method");
    if (number < 0 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("CSeq number out of 0.." + MAX_NUMBER + ": " + number);
    }
  }

  public CSeq withNumber(long n) {
    return new CSeq(n, method);
  }

  public CSeq withMethod(Method m) {
    return new CSeq(number, m);
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(number).append(' ').append(method.name());
  }

  @Override
  public String toString() {
    return number + " " + method.name();
  }
}
