package org.siplab.sdp;

/**
 * The timing line {@code t=<start-time> <stop-time>} (RFC 4566 section 5.9), NTP seconds; SIP calls
 * use {@code t=0 0}, an unbounded session.
 */
public record Timing(long start, long stop) {

  public static final Timing UNBOUNDED = new Timing(0, 0);

  public Timing {
    if (start < 0 || stop < 0) {
      throw new IllegalArgumentException("times are non-negative: " + start + " " + stop);
    }
  }

  String value() {
    return start + " " + stop;
  }
}
