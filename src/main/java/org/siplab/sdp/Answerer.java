package org.siplab.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers an offer for a side with given local media (RFC 3264 section 6). The first offered audio
 * RTP/AVP stream with a voice codec in common is answered with the codecs both sides support; every
 * other stream (video, other transports, a second audio stream, since a side has one RTP port) is
 * rejected with port 0. If no stream can be accepted the offer is refused as a whole ({@link
 * AnswerResult.NoCommonCodec}), so that the phone answers 488.
 */
public final class Answerer {

  private Answerer() {}

  public static AnswerResult answer(SessionDescription offer, LocalMedia local, Origin origin) {
    List<MediaDescription> streams = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    boolean audioAnswered = false;
    for (MediaDescription offered : offer.media()) {
      Optional<MediaDescription> accepted =
          audioAnswered ? Optional.empty() : accept(offer, offered, local);
      audioAnswered |= accepted.isPresent();
      streams.add(accepted.orElseGet(() -> rejected(offered)));
      if (accepted.isEmpty()) {
        refusals.add(refusal(offered, local));
      }
    }
    // Refusals are reported only when every stream was refused, so none is a second audio stream.
    if (!offer.media().isEmpty() && refusals.size() == offer.media().size()) {
      return new AnswerResult.NoCommonCodec(String.join(" ", refusals));
    }
    // RFC 3264 section 6: "The t= line in the answer MUST equal that of the offer."
    return new AnswerResult.Accepted(
        new SessionDescription(
            0,
            origin,
            "-",
            Optional.of(local.connection()),
            offer.timing(),
            Optional.empty(),
            List.of(),
            streams));
  }

  private static Optional<MediaDescription> accept(
      SessionDescription offer, MediaDescription offered, LocalMedia local) {
    if (offered.isRejected() || !isAudioRtp(offered)) {
      return Optional.empty();
    }
    List<String> common = commonFormats(offered, local);
    boolean carriesVoice =
        common.stream()
            .anyMatch(format -> !offered.codecOf(format).orElseThrow().isTelephoneEvent());
    if (!carriesVoice) {
      return Optional.empty();
    }
    return Optional.of(
        new MediaDescription(
            offered.media(),
            local.port(),
            Optional.empty(),
            offered.proto(),
            common,
            Optional.empty(),
            common.stream().map(format -> rtpMapFor(offered, format)).toList(),
            common.stream().flatMap(format -> offered.fmtps(format).stream()).toList(),
            Optional.of(answerDirection(offer, offered, local)),
            List.of()));
  }

  /**
   * The offered formats this side supports, in the offerer's order and with the offerer's payload
   * type numbers. RFC 3264 section 6.1: the answerer "MAY list the formats in their desired order
   * of preference", but "it is RECOMMENDED that unless there is a specific reason, the answerer
   * list formats in the same relative order they were present in the offer"; and the same payload
   * type number "SHOULD be used for that codec in the answer".
   */
  static List<String> commonFormats(MediaDescription offered, LocalMedia local) {
    return offered.formats().stream()
        .filter(format -> offered.codecOf(format).filter(local::supports).isPresent())
        .distinct()
        .toList();
  }

  private static RtpMap rtpMapFor(MediaDescription offered, String format) {
    return offered
        .rtpMap(format)
        .orElseGet(() -> offered.codecOf(format).orElseThrow().rtpMap(Integer.parseInt(format)));
  }

  /**
   * RFC 3264 section 6.1: sendonly is answered recvonly or inactive, recvonly sendonly or inactive,
   * inactive inactive; see {@link Direction#answeredBy}. RFC 3264 section 8.4: an offer with {@code
   * c=IN IP4 0.0.0.0} is the RFC 2543 hold and is read as not wanting to receive.
   */
  private static Direction answerDirection(
      SessionDescription offer, MediaDescription offered, LocalMedia local) {
    Direction offeredDirection = offer.directionOf(offered);
    if (offer.connectionOf(offered).filter(Connection::isOldStyleHold).isPresent()) {
      offeredDirection = offeredDirection.held();
    }
    return offeredDirection.answeredBy(local.direction());
  }

  /**
   * RFC 3264 section 6: "To reject an offered stream, the port number in the corresponding stream
   * in the answer MUST be set to zero"; the formats are copied, as SDP needs at least one.
   */
  private static MediaDescription rejected(MediaDescription offered) {
    return new MediaDescription(
        offered.media(),
        0,
        Optional.empty(),
        offered.proto(),
        offered.formats(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of());
  }

  private static boolean isAudioRtp(MediaDescription offered) {
    return offered.media().equals("audio") && offered.proto().equals("RTP/AVP");
  }

  private static String refusal(MediaDescription offered, LocalMedia local) {
    if (offered.isRejected()) {
      return String.format(Locale.ROOT, "The %s stream was offered with port 0.", offered.media());
    }
    if (!isAudioRtp(offered)) {
      return String.format(
          Locale.ROOT,
          "The %s %s stream is not audio over RTP/AVP, which this phone does not handle.",
          offered.media(),
          offered.proto());
    }
    List<String> offeredCodecs =
        offered.formats().stream()
            .map(format -> offered.codecOf(format).map(Codec::toString).orElse("format " + format))
            .toList();
    return String.format(
        Locale.ROOT,
        "The audio stream offers %s but this phone supports %s: no voice codec in common.",
        offeredCodecs,
        local.codecs());
  }
}
