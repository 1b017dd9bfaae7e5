package org.siplab.sdp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values of the attributes the model types: rtpmap and fmtp (RFC 4566 section 6). */
final class AttributeValues {

  /** {@code <payload type> <encoding name>/<clock rate>[/<encoding parameters>]}. */
  private static final Pattern RTPMAP =
      Pattern.compile("([0-9]{1,3})[ \\t]+([^ \\t/]+)/([0-9]{1,9})(?:/([^ \\t]+))?[ \\t]*");

  /**
   * {@code <format> <format specific parameters>}; one separator, the rest kept as written. DOTALL,
   * because the parameters may hold characters such as U+2028 that {@code .} would otherwise miss.
   */
  private static final Pattern FMTP = Pattern.compile("([^ \\t]+)(?:[ \\t](.*))?", Pattern.DOTALL);

  private AttributeValues() {}

  static Optional<RtpMap> rtpMap(String value) {
    Matcher matcher = RTPMAP.matcher(value);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int payloadType = Integer.parseInt(matcher.group(1));
    int clockRate = Integer.parseInt(matcher.group(3));
    if (payloadType > 127 || clockRate == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new RtpMap(
            payloadType, matcher.group(2), clockRate, Optional.ofNullable(matcher.group(4))));
  }

  static Optional<Fmtp> fmtp(String value) {
    Matcher matcher = FMTP.matcher(value);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Fmtp(matcher.group(1), Optional.ofNullable(matcher.group(2)).orElse("")));
  }
}
