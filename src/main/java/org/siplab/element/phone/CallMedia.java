package org.siplab.element.phone;

import java.util.List;
import java.util.Optional;
import org.siplab.sdp.AnswerResult;
import org.siplab.sdp.Codec;
import org.siplab.sdp.Connection;
import org.siplab.sdp.Direction;
import org.siplab.sdp.MediaDescription;
import org.siplab.sdp.MediaSession;
import org.siplab.sdp.SessionDescription;

/**
 * The media of one call: this phone's side of offer/answer (RFC 3264) and the media span the
 * trace draws. Media is not simulated packet by packet: once an offer and its answer are known,
 * the phone reports what would flow (codec, both RTP addresses) through {@code
 * ElementEvents.media}: {@code start}, then {@code hold} or {@code resume} when the direction
 * changes, {@code update} when the codec or an address changes, and {@code end}.
 */
final class CallMedia {

  /** What flows between the two sides now. */
  private record Span(String codec, String localRtp, String remoteRtp, Direction direction) {}

  private final Reporter reporter;
  private MediaSession session;
  private MediaSession beforeOffer;
  private SessionDescription remote;
  private boolean weAnswered;
  private Span span;

  CallMedia(Reporter reporter, MediaSession session) {
    this.reporter = reporter;
    this.session = session;
  }

  /** An offer of the current local media: the initial offer, or a re-offer (RFC 3264 section 8). */
  SessionDescription offer() {
    beforeOffer = session;
    MediaSession.Step<SessionDescription> step = session.offer();
    session = step.session();
    return step.value();
  }

  /** The answer to the peer's offer (RFC 3264 section 6), or why none can be given (488). */
  AnswerResult answer(SessionDescription offer) {
    MediaSession.Step<AnswerResult> step = session.answer(offer);
    if (step.value() instanceof AnswerResult.Accepted) {
      session = step.session();
      remote = offer;
      weAnswered = true;
    }
    return step.value();
  }

  /** The peer answered this phone's offer. */
  void answered(SessionDescription answer) {
    remote = answer;
    weAnswered = false;
  }

  /**
   * The peer refused the re-offer: section 14.1, "the session parameters MUST remain unchanged".
   * The local wishes go back to what they were; the o= line keeps its version, which a later
   * offer increments past the refused one.
   */
  void refused() {
    if (beforeOffer != null) {
      session = new MediaSession(beforeOffer.local(), session.origin(), session.lastSent());
    }
  }

  void hold() {
    session = session.hold();
  }

  void resume() {
    session = session.resume();
  }

  void moveTo(Connection connection) {
    session = session.moveTo(connection, session.local().port());
  }

  /**
   * An answer to an offer this phone cannot accept, for the ACK: section 13.2.2.4, "If the offer
   * in the 2xx response is not acceptable, the UAC core MUST generate a valid answer in the ACK
   * and then send a BYE immediately." Every stream is rejected with port 0 (RFC 3264 section 6).
   */
  SessionDescription rejecting(SessionDescription offer) {
    List<MediaDescription> rejected = offer.media().stream().map(m -> m.withPort(0)).toList();
    SessionDescription answer = new SessionDescription(0, session.origin(), "-",
        Optional.of(session.local().connection()), offer.timing(), Optional.empty(), List.of(),
        rejected);
    remote = offer;
    weAnswered = true;
    return answer;
  }

  /** Whether media flows (or would) now. */
  boolean flowing() {
    return span != null;
  }

  /**
   * Reports what changed since the last offer/answer and returns the direction media now flows,
   * seen from this phone; empty when nothing flows.
   */
  Optional<Direction> update(String peer) {
    Optional<Span> now = negotiated();
    if (now.isEmpty()) {
      end(peer);
      return Optional.empty();
    }
    Span s = now.get();
    Optional<String> action = change(span, s);
    if (action.isPresent()) {
      reporter.media(peer, action.get(), s.codec(), s.localRtp(), s.remoteRtp());
      if (s.direction() != Direction.SENDRECV || action.get().equals("resume")) {
        reporter.note("media", s.codec() + " between " + s.localRtp() + " and " + s.remoteRtp()
            + ": " + words(s.direction()));
      }
    }
    span = s;
    return Optional.of(s.direction());
  }

  /** The media event from {@code before} to {@code after}: start, hold, resume, update or none. */
  private static Optional<String> change(Span before, Span after) {
    if (before == null) {
      return Optional.of("start");
    }
    if (before.direction() != after.direction()) {
      return Optional.of(after.direction() == Direction.SENDRECV ? "resume" : "hold");
    }
    return before.equals(after) ? Optional.empty() : Optional.of("update");
  }

  /** Media stops (BYE sent or received, the call given up). */
  void end(String peer) {
    if (span != null) {
      reporter.media(peer, "end", span.codec(), span.localRtp(), span.remoteRtp());
      span = null;
    }
  }

  /**
   * The first audio stream both sides kept (RFC 3264 section 6: streams pair up by position), its
   * codec the answer's first voice format, and the direction both allow: this side sends if it
   * wants to and the peer receives, and the other way round.
   */
  private Optional<Span> negotiated() {
    if (remote == null || session.lastSent().isEmpty()) {
      return Optional.empty();
    }
    SessionDescription ours = session.lastSent().get();
    SessionDescription answer = weAnswered ? ours : remote;
    int streams = Math.min(ours.media().size(), Math.min(remote.media().size(),
        answer.media().size()));
    for (int i = 0; i < streams; i++) {
      MediaDescription mine = ours.media().get(i);
      MediaDescription theirs = remote.media().get(i);
      if (mine.isRejected() || theirs.isRejected() || !mine.media().equals("audio")) {
        continue;
      }
      MediaDescription agreed = answer.media().get(i);
      Optional<Codec> codec = agreed.formats().stream().map(agreed::codecOf)
          .flatMap(Optional::stream).filter(c -> !c.isTelephoneEvent()).findFirst();
      if (codec.isEmpty()) {
        continue;
      }
      Direction theirWish = remote.directionOf(theirs);
      if (remote.connectionOf(theirs).filter(Connection::isOldStyleHold).isPresent()) {
        theirWish = theirWish.held();
      }
      Direction myWish = ours.directionOf(mine);
      Direction flow = Direction.of(myWish.sends() && theirWish.receives(),
          myWish.receives() && theirWish.sends());
      return Optional.of(new Span(codec.get().toString(), rtp(ours, mine), rtp(remote, theirs),
          flow));
    }
    return Optional.empty();
  }

  private static String rtp(SessionDescription description, MediaDescription stream) {
    return description.connectionOf(stream).map(Connection::address).orElse("(no c= line)")
        + ":" + stream.port();
  }

  private static String words(Direction flow) {
    switch (flow) {
      case SENDRECV:
        return "media flows both ways";
      case SENDONLY:
        return "this phone sends only (on hold, RFC 3264 section 8.4)";
      case RECVONLY:
        return "this phone receives only (on hold, RFC 3264 section 8.4)";
      default:
        return "no media flows (inactive)";
    }
  }
}
