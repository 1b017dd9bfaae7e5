package org.siplab.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The SIP ALG address rewriter")
class AddressRewriterTest {

  private static final Connection BORDER = Connection.ip4("203.0.113.1");

  @Test
  @DisplayName(
      "session and media c= lines get the border address and ports are mapped; port 0 stays 0")
  void rewritesAddressesAndPorts() {
    String text =
        "v=0\r\n"
            + "o=alice 1 1 IN IP4 10.0.0.5\r\n"
            + "s=-\r\n"
            + "c=IN IP4 10.0.0.5\r\n"
            + "t=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0\r\n"
            + "m=video 0 RTP/AVP 31\r\n"
            + "m=audio 4002 RTP/AVP 8\r\n"
            + "c=IN IP4 10.0.0.6\r\n";
    SessionDescription inside = SdpParser.parse(text).description().orElseThrow();
    SessionDescription outside = AddressRewriter.rewrite(inside, BORDER, port -> port + 30000);
    assertEquals(Optional.of(BORDER), outside.connection());
    assertEquals(
        List.of(34000, 0, 34002), outside.media().stream().map(MediaDescription::port).toList());
    assertEquals(Optional.empty(), outside.media().get(0).connection(), "no media c= is added");
    assertEquals(Optional.of(BORDER), outside.media().get(2).connection());
    assertEquals("10.0.0.5", outside.origin().address(), "o= is left alone");
    Connection v6 = Connection.ip6("2001:db8::7");
    assertEquals(Optional.of(v6), AddressRewriter.rewrite(inside, v6, port -> port).connection());
  }

  @Test
  @DisplayName("a description without any c= line gets a session-level one")
  void addsSessionConnectionWhenMissing() {
    SessionDescription bare =
        Offers.offer(
                OfferAnswerTest.local("10.0.0.5", 4000, CodecRegistry.PCMU), OfferAnswerTest.ALICE)
            .withConnection(Optional.empty());
    assertEquals(
        Optional.of(BORDER), AddressRewriter.rewrite(bare, BORDER, port -> port).connection());
  }

  @Test
  @DisplayName(
      "after rewriting any description every stream is reached at the border, rejected streams stay"
          + " rejected, and it still prints and parses")
  void everyStreamReachesTheBorder() {
    qt().withFixedSeed(3264L)
        .withExamples(300)
        .forAll(SdpGenerators.sessionDescription(), integers().between(1, 65535))
        .check(
            (description, port) -> {
              SessionDescription rewritten =
                  AddressRewriter.rewrite(description, BORDER, old -> port);
              return IntStream.range(0, description.media().size())
                      .allMatch(
                          i ->
                              reachedAtBorder(
                                  rewritten, rewritten.media().get(i), description.media().get(i)))
                  && SdpParser.parse(SdpPrinter.print(rewritten))
                      .description()
                      .equals(Optional.of(rewritten));
            });
  }

  private static boolean reachedAtBorder(
      SessionDescription rewritten, MediaDescription after, MediaDescription before) {
    return rewritten.connectionOf(after).equals(Optional.of(BORDER))
        && (after.port() == 0) == (before.port() == 0);
  }
}
