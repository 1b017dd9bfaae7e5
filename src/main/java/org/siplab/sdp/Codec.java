package org.siplab.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * A media encoding as an rtpmap names it: encoding name, clock rate and channels, e.g. PCMU/8000 or
 * opus/48000/2.
 */
public record Codec(String encodingName, int clockRate, int channels) {

  public Codec {
    Objects.requireNonNull(encodingName, "encodingName");
    if (clockRate <= 0 || channels <= 0) {
      throw new IllegalArgumentException("clock rate and channels are positive");
    }
  }

  /**
   * The codec an rtpmap names. For audio the encoding parameters are the channel count, 1 when
   * omitted (RFC 4566 section 6); a value that is not a number is read as 1.
   */
  public static Codec of(RtpMap map) {
    int channels =
        map.encodingParameters()
            .filter(parameters -> parameters.matches("[1-9][0-9]{0,2}"))
            .map(Integer::parseInt)
            .orElse(1);
    return new Codec(map.encodingName(), map.clockRate(), channels);
  }

  /**
   * Whether both name the same encoding. RFC 4855 section 3: encoding names are case-insensitive,
   * so "pcmu" is PCMU; the comparison is by character, not by locale.
   */
  public boolean sameAs(Codec other) {
    return encodingName.equalsIgnoreCase(other.encodingName)
        && clockRate == other.clockRate
        && channels == other.channels;
  }

  /**
   * Whether this is telephone-event (RFC 4733): DTMF tones, not a voice codec, so it cannot carry a
   * call on its own.
   */
  public boolean isTelephoneEvent() {
    return encodingName.equalsIgnoreCase("telephone-event");
  }

  /** The rtpmap for this codec under a payload type; channels are written only when not 1. */
  public RtpMap rtpMap(int payloadType) {
    return new RtpMap(
        payloadType,
        encodingName,
        clockRate,
        channels == 1 ? Optional.empty() : Optional.of(Integer.toString(channels)));
  }

  /** As an rtpmap writes it: name/rate[/channels]. */
  @Override
  public String toString() {
    return encodingName + "/" + clockRate + (channels == 1 ? "" : "/" + channels);
  }
}
