package org.siplab.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.siplab.sdp.CodecRegistry.PCMA;
import static org.siplab.sdp.CodecRegistry.PCMU;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A side's media session: hold, resume, address change and the o= version")
class MediaSessionTest {

  private final MediaSession alice =
      MediaSession.start(
          OfferAnswerTest.local("192.0.2.1", 49170, PCMU, PCMA), "alice", "2890844526", 1);
  private final MediaSession bob =
      MediaSession.start(OfferAnswerTest.local("192.0.2.2", 3456, PCMU), "bob", "2808844564", 7);

  private static Direction direction(SessionDescription description) {
    return description.directionOf(description.media().get(0));
  }

  private static MediaSession.Step<SessionDescription> answer(
      MediaSession side, SessionDescription offer) {
    MediaSession.Step<AnswerResult> step = side.answer(offer);
    return new MediaSession.Step<>(
        step.session(), assertInstanceOf(AnswerResult.Accepted.class, step.value()).answer());
  }

  @Test
  @DisplayName(
      "hold offers sendonly and is answered recvonly; resume offers and is answered sendrecv (RFC"
          + " 3264 8.4)")
  void holdAndResume() {
    MediaSession.Step<SessionDescription> first = alice.offer();
    MediaSession.Step<SessionDescription> firstAnswer = answer(bob, first.value());
    MediaSession.Step<SessionDescription> hold = first.session().hold().offer();
    assertEquals(Direction.SENDONLY, direction(hold.value()));
    MediaSession.Step<SessionDescription> holdAnswer = answer(firstAnswer.session(), hold.value());
    assertEquals(Direction.RECVONLY, direction(holdAnswer.value()));
    MediaSession.Step<SessionDescription> resume = hold.session().resume().offer();
    assertEquals(Direction.SENDRECV, direction(resume.value()));
    assertEquals(
        Direction.SENDRECV, direction(answer(holdAnswer.session(), resume.value()).value()));
  }

  @Test
  @DisplayName(
      "an inactive offer is answered inactive, and holding a recvonly stream offers inactive")
  void inactiveAnsweredInactive() {
    SessionDescription inactive =
        alice
            .offer()
            .value()
            .withMedia(
                List.of(
                    alice
                        .offer()
                        .value()
                        .media()
                        .get(0)
                        .withDirection(Optional.of(Direction.INACTIVE))));
    assertEquals(Direction.INACTIVE, direction(answer(bob, inactive).value()));
    assertEquals(Direction.INACTIVE, Direction.RECVONLY.held());
  }

  @Test
  @DisplayName("an old-style hold with c=0.0.0.0 is answered recvonly (RFC 3264 8.4)")
  void oldStyleHold() {
    SessionDescription offer = alice.offer().value();
    SessionDescription zeroed =
        offer
            .withConnection(Optional.of(Connection.ip4("0.0.0.0")))
            .withMedia(List.of(offer.media().get(0).withDirection(Optional.empty())));
    assertEquals(Direction.RECVONLY, direction(answer(bob, zeroed).value()));
  }

  @Test
  @DisplayName(
      "each changed offer from a side adds exactly one to o= sess-version; the rest of o= stays")
  void versionIncrementsOnChange() {
    MediaSession.Step<SessionDescription> first = alice.offer();
    MediaSession.Step<SessionDescription> hold = first.session().hold().offer();
    MediaSession.Step<SessionDescription> resume = hold.session().resume().offer();
    assertEquals(
        List.of(1L, 2L, 3L),
        List.of(first.value(), hold.value(), resume.value()).stream()
            .map(d -> d.origin().sessionVersion())
            .toList());
    assertEquals(first.value().origin().withSessionVersion(3), resume.value().origin());
  }

  @Test
  @DisplayName(
      "an offer identical to the previous one keeps its version, as RFC 3264 section 8 allows")
  void identicalReofferKeepsVersion() {
    MediaSession.Step<SessionDescription> first = alice.offer();
    MediaSession.Step<SessionDescription> again = first.session().offer();
    assertEquals(first.value(), again.value());
  }

  @Test
  @DisplayName(
      "answers count too: the answerer's next description after its first answer has its version"
          + " plus one")
  void answersShareTheCounter() {
    MediaSession.Step<SessionDescription> bobAnswer = answer(bob, alice.offer().value());
    assertEquals(7L, bobAnswer.value().origin().sessionVersion());
    assertEquals(8L, bobAnswer.session().hold().offer().value().origin().sessionVersion());
  }

  @Test
  @DisplayName(
      "after an IP address change the re-offer carries the new c= and port, a new version, and the"
          + " old o= address")
  void addressChangeReoffer() {
    MediaSession.Step<SessionDescription> first = alice.offer();
    MediaSession.Step<SessionDescription> moved =
        first.session().moveTo(Connection.ip4("198.51.100.7"), 50000).offer();
    assertEquals(Optional.of(Connection.ip4("198.51.100.7")), moved.value().connection());
    assertEquals(50000, moved.value().media().get(0).port());
    assertEquals(2L, moved.value().origin().sessionVersion());
    assertEquals("192.0.2.1", moved.value().origin().address());
    SessionDescription bobsView = answer(bob, moved.value()).value();
    assertEquals(Direction.SENDRECV, direction(bobsView));
  }

  @Test
  @DisplayName("a refused offer leaves the answerer's state as it was")
  void refusedOfferChangesNothing() {
    MediaSession pcmaOnly =
        MediaSession.start(OfferAnswerTest.local("192.0.2.3", 4000, PCMA), "carol", "1", 1);
    SessionDescription pcmuOffer = bob.offer().value();
    MediaSession.Step<AnswerResult> step = pcmaOnly.answer(pcmuOffer);
    assertInstanceOf(AnswerResult.NoCommonCodec.class, step.value());
    assertEquals(pcmaOnly, step.session());
  }
}
