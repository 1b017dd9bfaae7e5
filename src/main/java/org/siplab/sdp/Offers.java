package org.siplab.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds an initial or new offer from a side's local media (RFC 3264 section 5). */
public final class Offers {

  /**
   * The telephone-event events offered: 0-15, the DTMF digits 0-9, *, #, A-D (RFC 4733 section 3;
   * 16, flash in RFC 2833, is reserved there).
   */
  private static final String TELEPHONE_EVENTS = "0-15";

  private Offers() {}

  /**
   * One audio stream on RTP/AVP listing the local codecs in order of preference (RFC 3264 section
   * 5.1: formats are listed "in order of preference, most preferred first"), with a session-level
   * c= line, {@code t=0 0} and an explicit direction attribute (sendrecv could be left out, but a
   * student sees it better written).
   */
  public static SessionDescription offer(LocalMedia local, Origin origin) {
    List<RtpMap> rtpMaps = payloadTypes(local.codecs());
    List<String> formats =
        rtpMaps.stream().map(map -> Integer.toString(map.payloadType())).toList();
    List<Fmtp> fmtps =
        rtpMaps.stream()
            .filter(map -> Codec.of(map).isTelephoneEvent())
            .map(map -> new Fmtp(Integer.toString(map.payloadType()), TELEPHONE_EVENTS))
            .toList();
    MediaDescription audio =
        new MediaDescription(
            "audio",
            local.port(),
            Optional.empty(),
            "RTP/AVP",
            formats,
            Optional.empty(),
            rtpMaps,
            fmtps,
            Optional.of(local.direction()),
            List.of());
    return new SessionDescription(
        0,
        origin,
        "-",
        Optional.of(local.connection()),
        Timing.UNBOUNDED,
        Optional.empty(),
        List.of(),
        List.of(audio));
  }

  /**
   * Binds each codec to a payload type: its static one (RFC 3551 section 6), else the next free
   * dynamic one from 96 (RFC 3551 section 3). An rtpmap is written for every codec; it is optional
   * for static types (RFC 4566 section 6) but shows the student which codec a number means.
   */
  static List<RtpMap> payloadTypes(List<Codec> codecs) {
    List<RtpMap> maps = new ArrayList<>();
    int nextDynamic = CodecRegistry.FIRST_DYNAMIC_PAYLOAD_TYPE;
    for (Codec codec : codecs) {
      Optional<Integer> staticType = CodecRegistry.staticPayloadTypeOf(codec);
      if (staticType.isPresent()) {
        maps.add(codec.rtpMap(staticType.get()));
      } else if (nextDynamic <= CodecRegistry.LAST_DYNAMIC_PAYLOAD_TYPE) {
        maps.add(codec.rtpMap(nextDynamic++));
      } else {
        throw new IllegalArgumentException("more than 32 dynamic codecs: " + codecs);
      }
    }
    return maps;
  }
}
