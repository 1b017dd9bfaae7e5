package org.siplab.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siplab.sdp.CodecRegistry.G729;
import static org.siplab.sdp.CodecRegistry.OPUS;
import static org.siplab.sdp.CodecRegistry.PCMA;
import static org.siplab.sdp.CodecRegistry.PCMU;
import static org.siplab.sdp.CodecRegistry.TELEPHONE_EVENT;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Offer/answer (RFC 3264)")
class OfferAnswerTest {

  static final Origin ALICE =
      new Origin("alice", "2890844526", 2890844526L, "IN", "IP4", "192.0.2.1");
  static final Origin BOB = new Origin("bob", "2808844564", 2808844564L, "IN", "IP4", "192.0.2.2");

  static LocalMedia local(String address, int port, Codec... codecs) {
    return new LocalMedia(Connection.ip4(address), port, List.of(codecs), Direction.SENDRECV);
  }

  static SessionDescription accepted(AnswerResult result) {
    return assertInstanceOf(AnswerResult.Accepted.class, result).answer();
  }

  @Test
  @DisplayName(
      "an offer lists the local codecs in preference order with static and dynamic payload types")
  void offerFromLocalCodecs() {
    SessionDescription offer =
        Offers.offer(local("192.0.2.1", 49170, OPUS, PCMU, PCMA, TELEPHONE_EVENT), ALICE);
    MediaDescription audio = offer.media().get(0);
    assertEquals(List.of("96", "0", "8", "97"), audio.formats());
    assertEquals(49170, audio.port());
    assertEquals(Optional.of(Connection.ip4("192.0.2.1")), offer.connection());
    assertEquals(List.of(new Fmtp("97", "0-15")), audio.fmtps());
    assertEquals(Optional.of(Direction.SENDRECV), audio.direction());
    assertEquals(
        "v=0\r\no=alice 2890844526 2890844526 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\n"
            + "t=0 0\r\nm=audio 49170 RTP/AVP 96 0 8 97\r\na=rtpmap:96 opus/48000/2\r\n"
            + "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:97 telephone-event/8000\r\n"
            + "a=fmtp:97 0-15\r\na=sendrecv\r\n",
        SdpPrinter.print(offer));
  }

  @Test
  @DisplayName(
      "the answer keeps the offerer's order among common codecs, not the answerer's (RFC 3264 6.1)")
  void answerKeepsOffererOrder() {
    SessionDescription offer =
        Offers.offer(local("192.0.2.1", 49170, PCMA, G729, PCMU, TELEPHONE_EVENT), ALICE);
    SessionDescription answer =
        accepted(
            Answerer.answer(offer, local("192.0.2.2", 3456, PCMU, TELEPHONE_EVENT, PCMA), BOB));
    MediaDescription audio = answer.media().get(0);
    assertEquals(List.of("8", "0", "96"), audio.formats(), "PCMA before PCMU, as offered");
    assertEquals(3456, audio.port());
    assertEquals(Optional.of(Connection.ip4("192.0.2.2")), answer.connection());
    assertEquals(BOB, answer.origin());
    assertEquals(
        List.of(new Fmtp("96", "0-15")), audio.fmtps(), "the offer's fmtp for a kept format");
  }

  @Test
  @DisplayName("the answer uses the offer's payload type numbers for dynamic codecs")
  void answerUsesOfferPayloadTypes() {
    SessionDescription offer =
        SdpParser.parse(
                SdpParserTest.RFC3264_OFFER.replace(
                    "a=rtpmap:97 iLBC/8000", "a=rtpmap:97 opus/48000/2"))
            .description()
            .orElseThrow();
    SessionDescription answer =
        accepted(Answerer.answer(offer, local("192.0.2.2", 3456, OPUS), BOB));
    assertEquals(List.of("97"), answer.media().get(0).formats());
    assertEquals(
        List.of(new RtpMap(97, "opus", 48000, Optional.of("2"))), answer.media().get(0).rtpMaps());
  }

  @Test
  @DisplayName(
      "with no codec in common the answerer reports no common codec, so the phone answers 488")
  void noCommonCodec() {
    SessionDescription offer = Offers.offer(local("192.0.2.1", 49170, PCMA, G729), ALICE);
    AnswerResult result = Answerer.answer(offer, local("192.0.2.2", 3456, PCMU), BOB);
    AnswerResult.NoCommonCodec refusal = assertInstanceOf(AnswerResult.NoCommonCodec.class, result);
    assertTrue(refusal.explanation().contains("PCMA/8000"), refusal.explanation());
    assertEquals(488, AnswerResult.NoCommonCodec.STATUS_CODE);
  }

  @Test
  @DisplayName("telephone-event alone is not a common codec: it carries no voice")
  void telephoneEventAloneIsNotEnough() {
    SessionDescription offer =
        Offers.offer(local("192.0.2.1", 49170, PCMA, TELEPHONE_EVENT), ALICE);
    AnswerResult result =
        Answerer.answer(offer, local("192.0.2.2", 3456, PCMU, TELEPHONE_EVENT), BOB);
    assertInstanceOf(AnswerResult.NoCommonCodec.class, result);
  }

  @Test
  @DisplayName(
      "a video stream is rejected with port 0 while the audio is accepted; the answer has as many"
          + " m= lines")
  void videoRejectedAudioAccepted() {
    SessionDescription offer =
        SdpParser.parse(SdpParserTest.RFC3264_OFFER).description().orElseThrow();
    SessionDescription answer =
        accepted(Answerer.answer(offer, local("192.0.2.2", 3456, PCMU), BOB));
    assertEquals(2, answer.media().size());
    assertEquals(List.of("0"), answer.media().get(0).formats());
    MediaDescription video = answer.media().get(1);
    assertEquals(0, video.port());
    assertEquals(List.of("31", "32"), video.formats(), "formats copied, SDP needs at least one");
    assertEquals(offer.timing(), answer.timing(), "t= of the answer equals the offer's");
  }

  @Test
  @DisplayName("an offer with no media is answered with no media")
  void noMediaAnsweredWithNoMedia() {
    SessionDescription offer =
        Offers.offer(local("192.0.2.1", 49170, PCMU), ALICE).withMedia(List.of());
    assertEquals(
        List.of(), accepted(Answerer.answer(offer, local("192.0.2.2", 3456, PCMU), BOB)).media());
  }

  @Test
  @DisplayName(
      "of two offered audio streams only the first is accepted, as a side has one RTP port")
  void secondAudioStreamRejected() {
    SessionDescription single = Offers.offer(local("192.0.2.1", 49170, PCMU), ALICE);
    MediaDescription audio = single.media().get(0);
    SessionDescription twice = single.withMedia(List.of(audio, audio.withPort(49172)));
    SessionDescription answer =
        accepted(Answerer.answer(twice, local("192.0.2.2", 3456, PCMU), BOB));
    assertEquals(List.of(3456, 0), answer.media().stream().map(MediaDescription::port).toList());
  }
}
