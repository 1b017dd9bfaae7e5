package org.siplab.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code a=rtpmap:<payload type> <encoding name>/<clock rate>[/<encoding parameters>]} (RFC 4566
 * section 6), e.g. {@code a=rtpmap:0 PCMU/8000} or {@code a=rtpmap:111 opus/48000/2}.
 */
public record RtpMap(
    int payloadType, String encodingName, int clockRate, Optional<String> encodingParameters) {

  public RtpMap {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("an RTP payload type is 0 to 127: " + payloadType);
    }
    if (SdpText.requireToken(encodingName, "encodingName").indexOf('/') >= 0) {
      throw new IllegalArgumentException("bad encoding name: '" + encodingName + "'");
    }
    if (clockRate <= 0) {
      throw new IllegalArgumentException("the clock rate is positive: " + clockRate);
    }
    Objects.requireNonNull(encodingParameters, "encodingParameters");
    encodingParameters.ifPresent(value -> SdpText.requireToken(value, "encodingParameters"));
  }

  /** The attribute value, without {@code a=rtpmap:}. */
  String value() {
    return payloadType
        + " "
        + encodingName
        + "/"
        + clockRate
        + encodingParameters.map(parameters -> "/" + parameters).orElse("");
  }
}
