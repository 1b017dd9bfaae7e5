package org.siplab.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("Offer/answer rules that hold for any codecs and directions")
class OfferAnswerPropertyTest {

  private static final Gen<List<Codec>> CODECS =
      lists()
          .of(Generate.pick(CodecRegistry.all()))
          .ofSizeBetween(1, 6)
          .map(codecs -> codecs.stream().distinct().toList());

  private static List<Codec> codecsOf(MediaDescription media) {
    return media.formats().stream().map(format -> media.codecOf(format).orElseThrow()).toList();
  }

  @Test
  @DisplayName(
      "for any two codec lists the answer lists the common codecs in the offerer's order, or"
          + " refuses when no voice codec is common")
  void answerIsTheOrderedIntersection() {
    qt().withFixedSeed(6_1L)
        .withExamples(500)
        .forAll(CODECS, CODECS)
        .check(
            (offered, supported) -> {
              LocalMedia offerer =
                  OfferAnswerTest.local("192.0.2.1", 4000, offered.toArray(Codec[]::new));
              LocalMedia answerer =
                  OfferAnswerTest.local("192.0.2.2", 5000, supported.toArray(Codec[]::new));
              List<Codec> expected = offered.stream().filter(answerer::supports).toList();
              boolean voiceInCommon =
                  expected.stream().anyMatch(codec -> !codec.isTelephoneEvent());
              AnswerResult result =
                  Answerer.answer(
                      Offers.offer(offerer, OfferAnswerTest.ALICE), answerer, OfferAnswerTest.BOB);
              if (result instanceof AnswerResult.Accepted accepted) {
                return voiceInCommon && codecsOf(accepted.answer().media().get(0)).equals(expected);
              }
              return !voiceInCommon;
            });
  }

  @Test
  @DisplayName(
      "for every offered direction and every wish of the answerer, the answer sends only what the"
          + " offer receives and receives only what it sends")
  void answerDirectionRespectsTheOffer() {
    for (Direction offered : Direction.values()) {
      for (Direction wanted : Direction.values()) {
        Direction answered = offered.answeredBy(wanted);
        assertTrue(
            !answered.sends() || offered.receives() && wanted.sends(), offered + " " + wanted);
        assertTrue(
            !answered.receives() || offered.sends() && wanted.receives(), offered + " " + wanted);
        assertEquals(offered.receives() && wanted.sends(), answered.sends());
      }
    }
    assertEquals(Direction.RECVONLY, Direction.SENDONLY.answeredBy(Direction.SENDRECV));
    assertEquals(Direction.SENDONLY, Direction.RECVONLY.answeredBy(Direction.SENDRECV));
    assertEquals(Direction.INACTIVE, Direction.INACTIVE.answeredBy(Direction.SENDRECV));
  }

  @Test
  @DisplayName(
      "over any sequence of holds, resumes and moves, each offer's version is the last plus one if"
          + " it changed, else the same")
  void versionsStepByOneOnChange() {
    Gen<List<Integer>> operations = lists().of(Generate.range(0, 3)).ofSizeBetween(1, 12);
    qt().withFixedSeed(8L)
        .withExamples(300)
        .forAll(operations)
        .check(
            ops -> {
              MediaSession side =
                  MediaSession.start(
                      OfferAnswerTest.local("192.0.2.1", 4000, CodecRegistry.PCMU), "a", "1", 0);
              MediaSession.Step<SessionDescription> last = side.offer();
              int port = 4000;
              for (int op : ops) {
                side =
                    switch (op) {
                      case 0 -> last.session().hold();
                      case 1 -> last.session().resume();
                      case 2 -> last.session().moveTo(Connection.ip4("192.0.2.9"), port += 2);
                      default -> last.session();
                    };
                MediaSession.Step<SessionDescription> next = side.offer();
                long before = last.value().origin().sessionVersion();
                boolean changed =
                    !next.value().withOrigin(last.value().origin()).equals(last.value());
                if (next.value().origin().sessionVersion() != before + (changed ? 1 : 0)) {
                  return false;
                }
                last = next;
              }
              return true;
            });
  }
}
