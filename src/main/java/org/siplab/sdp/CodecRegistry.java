package org.siplab.sdp;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The codecs siplab's phones know: the static RTP payload types of RFC 3551 section 6 that SIP
 * phones use, and a few named dynamic ones.
 */
public final class CodecRegistry {

  public static final Codec PCMU = new Codec("PCMU", 8000, 1);
  public static final Codec GSM = new Codec("GSM", 8000, 1);
  public static final Codec PCMA = new Codec("PCMA", 8000, 1);

  /**
   * G.722 samples at 16 kHz but is registered with an 8000 clock rate, an error in RFC 1890 kept
   * for compatibility (RFC 3551 section 4.5.2).
   */
  public static final Codec G722 = new Codec("G722", 8000, 1);

  public static final Codec G729 = new Codec("G729", 8000, 1);

  /** DTMF digits as RTP events, RFC 4733. */
  public static final Codec TELEPHONE_EVENT = new Codec("telephone-event", 8000, 1);

  /** RFC 7587 section 7: always written opus/48000/2, whatever is actually sent. */
  public static final Codec OPUS = new Codec("opus", 48000, 2);

  public static final Codec ILBC = new Codec("iLBC", 8000, 1);
  public static final Codec AMR_WB = new Codec("AMR-WB", 16000, 1);

  private record StaticType(int payloadType, Codec codec) {}

  /** RFC 3551 section 6, table 4. */
  private static final List<StaticType> STATIC_TYPES =
      List.of(
          new StaticType(0, PCMU),
          new StaticType(3, GSM),
          new StaticType(8, PCMA),
          new StaticType(9, G722),
          new StaticType(18, G729));

  private static final List<Codec> DYNAMIC = List.of(TELEPHONE_EVENT, OPUS, ILBC, AMR_WB);

  /** RFC 3551 section 3: payload types 96 to 127 are dynamic, bound by an rtpmap. */
  public static final int FIRST_DYNAMIC_PAYLOAD_TYPE = 96;

  public static final int LAST_DYNAMIC_PAYLOAD_TYPE = 127;

  private CodecRegistry() {}

  /** Every known codec: the static ones by payload type, then the dynamic ones. */
  public static List<Codec> all() {
    return Stream.concat(STATIC_TYPES.stream().map(StaticType::codec), DYNAMIC.stream()).toList();
  }

  /** The codec a static payload type number (as an m= line writes it) stands for. */
  public static Optional<Codec> staticPayloadType(String format) {
    return STATIC_TYPES.stream()
        .filter(type -> Integer.toString(type.payloadType()).equals(format))
        .map(StaticType::codec)
        .findFirst();
  }

  /** The static payload type of a codec, if it has one. */
  public static Optional<Integer> staticPayloadTypeOf(Codec codec) {
    return STATIC_TYPES.stream()
        .filter(type -> type.codec().sameAs(codec))
        .map(StaticType::payloadType)
        .findFirst();
  }

  /** A known codec by encoding name, in any case. */
  public static Optional<Codec> byName(String encodingName) {
    return all().stream()
        .filter(codec -> codec.encodingName().equalsIgnoreCase(encodingName))
        .findFirst();
  }
}
