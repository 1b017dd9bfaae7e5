package org.siplab.codec;

/**
 * Hard limits that keep the parser's work bounded on any input. Each one, when exceeded, becomes a
 * diagnostic rather than an exception.
 */
public final class Limits {

  private Limits() {}

  /** The largest UDP payload over IPv4 (65,535 minus the 8-byte UDP and 20-byte IP headers). */
  public static final int MAX_DATAGRAM_BYTES = 65_507;

  /** Header fields a message may have. RFC 4475's longest message (longreq) has 20. */
  public static final int MAX_HEADER_FIELDS = 256;

  /**
   * Characters in one header field as written: its continuation lines and their line breaks count
   * too, since the limit is checked before unfolding. RFC 4475's longreq has lines of 594.
   */
  public static final int MAX_LINE_CHARS = 16_384;

  /** Values in one comma-separated header field (longreq has 35 Via values). */
  public static final int MAX_VALUES_PER_FIELD = 1_024;

  /**
   * Depth of nested comments, {@code (a (b (c)))}, in Retry-After (Server and User-Agent, whose
   * values may hold comments too, are kept as text and never parsed for them).
   */
  public static final int MAX_COMMENT_DEPTH = 32;

  /**
   * Diagnostics one message may get. A datagram of 20,000 lines that are not header fields would
   * otherwise get 20,000 diagnostics, which no learner reads; past this many, one more says the
   * rest were not reported.
   */
  public static final int MAX_DIAGNOSTICS = 100;
}
