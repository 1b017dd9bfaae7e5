package org.siplab.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * One side's offer/answer state over a call: its local media, its o= line, and the last description
 * it sent. Immutable: each step returns the next state with what it produced.
 *
 * <p>The o= line follows RFC 3264 section 8: every description a side sends (offer or answer) keeps
 * the o= line of its previous one except the version, which "MUST increment by one" when the
 * description changed; "if the version in the origin line does not increment, the SDP MUST be
 * identical" to the previous one. So a re-offer with nothing changed (a session refresh) keeps the
 * version, and any change (hold, resume, new address or port, other codecs) adds one.
 *
 * @param local what this side wants now
 * @param origin the o= line of the next description, before its version is settled
 * @param lastSent the last description this side sent, if any
 */
public record MediaSession(LocalMedia local, Origin origin, Optional<SessionDescription> lastSent) {

  /** What a step produced, with the state after it. */
  public record Step<T>(MediaSession session, T value) {}

  public MediaSession {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(lastSent, "lastSent");
  }

  /**
   * A side that has sent nothing yet. Its o= line names the local address; the session id and first
   * version come from the caller (a phone draws them from its seeded random stream).
   */
  public static MediaSession start(
      LocalMedia local, String username, String sessionId, long firstVersion) {
    Connection address = local.connection();
    Origin origin =
        new Origin(
            username,
            sessionId,
            firstVersion,
            address.netType(),
            address.addrType(),
            address.address());
    return new MediaSession(local, origin, Optional.empty());
  }

  /** An offer of the current local media (initial offer or re-offer). */
  public Step<SessionDescription> offer() {
    return send(Offers.offer(local, origin));
  }

  /** The answer to a peer's offer; on {@link AnswerResult.NoCommonCodec} nothing changes. */
  public Step<AnswerResult> answer(SessionDescription offer) {
    AnswerResult result = Answerer.answer(offer, local, origin);
    if (result instanceof AnswerResult.Accepted accepted) {
      Step<SessionDescription> sent = send(accepted.answer());
      return new Step<>(sent.session(), new AnswerResult.Accepted(sent.value()));
    }
    return new Step<>(this, result);
  }

  /** RFC 3264 section 8.4: hold by offering sendonly (or inactive if only receiving). */
  public MediaSession hold() {
    return withLocal(local.withDirection(local.direction().held()));
  }

  /** Takes the stream off hold: this side receives again. */
  public MediaSession resume() {
    return withLocal(local.withDirection(local.direction().resumed()));
  }

  /**
   * Moves the media to a new address and port, e.g. after the phone's IP address changed; the next
   * offer carries the new c= and m= (RFC 3264 section 8.3.1), while the o= line keeps its address,
   * since RFC 3264 section 8 requires it to stay identical apart from the version.
   */
  public MediaSession moveTo(Connection connection, int port) {
    return withLocal(local.withAddress(connection, port));
  }

  private MediaSession withLocal(LocalMedia newLocal) {
    return new MediaSession(newLocal, origin, lastSent);
  }

  private Step<SessionDescription> send(SessionDescription draft) {
    Origin settled = origin.withSessionVersion(nextVersion(draft));
    SessionDescription sent = draft.withOrigin(settled);
    return new Step<>(new MediaSession(local, settled, Optional.of(sent)), sent);
  }

  private long nextVersion(SessionDescription draft) {
    if (lastSent.isEmpty()) {
      return origin.sessionVersion();
    }
    Origin previous = lastSent.get().origin();
    boolean unchanged = draft.withOrigin(previous).equals(lastSent.get());
    return unchanged ? previous.sessionVersion() : previous.sessionVersion() + 1;
  }
}
