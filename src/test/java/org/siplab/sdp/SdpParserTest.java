package org.siplab.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The SDP parser and printer")
class SdpParserTest {

  /** The offer of RFC 3264 section 10.1 (empty s=, two streams). */
  static final String RFC3264_OFFER =
      String.join(
          "\r\n",
          "v=0",
          "o=alice 2890844526 2890844526 IN IP4 host.atlanta.example.com",
          "s=",
          "c=IN IP4 host.atlanta.example.com",
          "t=0 0",
          "m=audio 49170 RTP/AVP 0 8 97",
          "a=rtpmap:0 PCMU/8000",
          "a=rtpmap:8 PCMA/8000",
          "a=rtpmap:97 iLBC/8000",
          "m=video 51372 RTP/AVP 31 32",
          "a=rtpmap:31 H261/90000",
          "a=rtpmap:32 MPV/90000",
          "");

  private static SessionDescription valid(String text) {
    SdpParseResult result = SdpParser.parse(text);
    assertTrue(result.isValid(), () -> result.problems().toString());
    return result.description().orElseThrow();
  }

  @Test
  @DisplayName(
      "the RFC 3264 offer reads into origin, connection, timing and two media descriptions")
  void readsTheRfc3264Offer() {
    SdpParseResult result = SdpParser.parse(RFC3264_OFFER);
    assertEquals(List.of(), result.problems());
    SessionDescription description = result.description().orElseThrow();
    assertEquals(2890844526L, description.origin().sessionVersion());
    assertEquals("", description.sessionName());
    assertEquals(Optional.of(Connection.ip4("host.atlanta.example.com")), description.connection());
    assertEquals(Timing.UNBOUNDED, description.timing());
    MediaDescription audio = description.media().get(0);
    assertEquals(List.of("0", "8", "97"), audio.formats());
    assertEquals(Optional.of(CodecRegistry.ILBC), audio.codecOf("97"));
    assertEquals("video", description.media().get(1).media());
    assertEquals(Direction.SENDRECV, description.directionOf(audio), "no attribute means sendrecv");
  }

  @Test
  @DisplayName("the RFC 3264 offer prints back byte for byte, with CRLF line ends")
  void printsTheRfc3264OfferBack() {
    assertEquals(RFC3264_OFFER, SdpPrinter.print(valid(RFC3264_OFFER)));
  }

  @Test
  @DisplayName("the auth-int body of the digest corpus reads and prints back byte for byte")
  void readsTheDigestCorpusBody() throws Exception {
    byte[] body;
    try (var in = getClass().getResourceAsStream("/corpus/digest/smith-auth-int-body.sdp")) {
      body = in.readAllBytes();
    }
    SessionDescription description = SdpParser.parse(body).description().orElseThrow();
    assertEquals(3, description.media().size());
    assertEquals(new String(body, StandardCharsets.UTF_8), SdpPrinter.print(description));
  }

  @Test
  @DisplayName("a static payload type names its codec even without an rtpmap line")
  void staticPayloadTypeWithoutRtpmap() {
    MediaDescription audio =
        valid(
                "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\n"
                    + "m=audio 1 RTP/AVP 8 96\r\n")
            .media()
            .get(0);
    assertEquals(Optional.of(CodecRegistry.PCMA), audio.codecOf("8"));
    assertEquals(Optional.empty(), audio.codecOf("96"), "a dynamic type needs its rtpmap");
  }

  @Test
  @DisplayName("LF-only line ends are accepted without a warning, as RFC 4566 section 5 asks")
  void acceptsBareLineFeeds() {
    SdpParseResult result = SdpParser.parse(RFC3264_OFFER.replace("\r\n", "\n"));
    assertEquals(List.of(), result.problems());
    assertEquals(RFC3264_OFFER, SdpPrinter.print(result.description().orElseThrow()));
  }

  @Test
  @DisplayName(
      "a malformed m= line is an error on its own line number, and no description is returned")
  void malformedMediaLineIsAnError() {
    SdpParseResult result = SdpParser.parse(RFC3264_OFFER.replace("m=video 51372", "m=video port"));
    assertFalse(result.isValid());
    assertEquals(10, result.errors().get(0).line());
    assertEquals("RFC 4566 section 5.14", result.errors().get(0).rfcSection());
  }

  @Test
  @DisplayName(
      "a description without o= is an error; without v=, s= or t= a warning with the value assumed")
  void missingLines() {
    assertFalse(SdpParser.parse("v=0\r\ns=-\r\nt=0 0\r\n").isValid());
    SdpParseResult lenient = SdpParser.parse("o=- 1 1 IN IP4 192.0.2.1\r\nc=IN IP4 192.0.2.1\r\n");
    SessionDescription description = lenient.description().orElseThrow();
    assertEquals("-", description.sessionName());
    assertEquals(Timing.UNBOUNDED, description.timing());
    assertEquals(4, lenient.warnings().size(), lenient.warnings().toString());
  }

  @Test
  @DisplayName("unknown lines and attributes are kept in their order and printed again")
  void keepsUnknownLinesInOrder() {
    String text =
        String.join(
            "\r\n",
            "v=0",
            "o=bob 1 2 IN IP4 192.0.2.2",
            "s=call",
            "i=a session",
            "c=IN IP4 192.0.2.2",
            "b=AS:64",
            "t=0 0",
            "a=tool:siplab",
            "m=audio 4000 RTP/AVP 0 101",
            "b=TIAS:64000",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-15",
            "a=ptime:20",
            "a=rtcp:4001",
            "a=sendonly",
            "");
    SessionDescription description = valid(text);
    assertEquals(
        List.of(
            new SdpLine('i', "a session"),
            new SdpLine('b', "AS:64"),
            SdpLine.attribute("tool:siplab")),
        description.otherLines());
    MediaDescription audio = description.media().get(0);
    assertEquals(
        List.of(
            new SdpLine('b', "TIAS:64000"),
            SdpLine.attribute("ptime:20"),
            SdpLine.attribute("rtcp:4001")),
        audio.otherLines());
    assertEquals(List.of(new Fmtp("101", "0-15")), audio.fmtps());
    assertEquals(Optional.of(Direction.SENDONLY), audio.direction());
    assertEquals(text, SdpPrinter.print(description));
  }

  @Test
  @DisplayName("the printer puts lines in canonical order v o s c t m, whatever order they came in")
  void printsInCanonicalOrder() {
    String shuffled =
        "v=0\r\n"
            + "t=0 0\r\n"
            + "a=recvonly\r\n"
            + "c=IN IP6 2001:db8::1\r\n"
            + "s=x\r\n"
            + "o=- 7 7 IN IP6 2001:db8::1\r\n"
            + "m=audio 5004 RTP/AVP 0\r\n";
    String printed = SdpPrinter.print(valid(shuffled));
    assertEquals(
        "v=0\r\n"
            + "o=- 7 7 IN IP6 2001:db8::1\r\n"
            + "s=x\r\n"
            + "c=IN IP6 2001:db8::1\r\n"
            + "t=0 0\r\n"
            + "a=recvonly\r\n"
            + "m=audio 5004 RTP/AVP 0\r\n",
        printed);
  }

  @Test
  @DisplayName(
      "an unknown type letter and a malformed rtpmap are kept with a warning; of two directions the"
          + " last wins")
  void lenientWithWarnings() {
    String text =
        "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\n"
            + "y=unknown\r\na=rtpmap:zero PCMU/8000\r\na=sendonly\r\na=inactive\r\n";
    SdpParseResult result = SdpParser.parse(text);
    MediaDescription audio = result.description().orElseThrow().media().get(0);
    assertEquals(List.of(7, 8, 10), result.warnings().stream().map(SdpProblem::line).toList());
    assertEquals(
        List.of(new SdpLine('y', "unknown"), SdpLine.attribute("rtpmap:zero PCMU/8000")),
        audio.otherLines());
    assertEquals(Optional.of(Direction.INACTIVE), audio.direction());
  }

  @Test
  @DisplayName("empty input, binary junk and a lone v= give problems, not exceptions")
  void junkGivesProblems() {
    for (String junk :
        List.of("", "\u0000\u0001=", "v=", "=\r\n=\r\n", "m=audio 99999 RTP/AVP 0", "o=\t\t")) {
      SdpParseResult result = SdpParser.parse(junk);
      assertFalse(result.isValid(), junk);
      assertFalse(result.errors().isEmpty(), junk);
    }
  }
}
