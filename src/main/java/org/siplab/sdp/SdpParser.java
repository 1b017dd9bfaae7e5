package org.siplab.sdp;

import java.nio.charset.StandardCharsets;

/**
 * Reads a session description. It never throws on any input: what it cannot read becomes an {@link
 * SdpProblem} with its line number.
 *
 * <p>Lenient where real stacks are, each time with a warning unless noted: LF or lone CR line ends
 * (RFC 4566 section 5 asks parsers to accept LF; no warning), trailing empty lines (no warning),
 * other empty or malformed lines are skipped, lines out of order are accepted, unknown type letters
 * are kept (RFC 4566 section 5 would ignore the whole description), a repeated v=, o=, s=, t= or c=
 * (at one level) keeps the first, malformed rtpmap and fmtp lines are kept as other lines, several
 * direction attributes keep the last, a missing v=, s= or t= is assumed as {@code v=0}, {@code s=-}
 * and {@code t=0 0}.
 *
 * <p>Errors (no description): a missing or malformed o= line, a malformed v=, c=, t= or m= line.
 */
public final class SdpParser {

  private SdpParser() {}

  public static SdpParseResult parse(String text) {
    return new SdpReader().read(text);
  }

  /**
   * Reads a message body; RFC 4566 section 5: text is UTF-8 unless a charset attribute says not.
   */
  public static SdpParseResult parse(byte[] body) {
    return parse(new String(body, StandardCharsets.UTF_8));
  }
}
