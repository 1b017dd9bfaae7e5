package org.siplab.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session description (RFC 4566), the subset SIP offer/answer needs: v=, o=, s=, c=, t=, the
 * media descriptions, direction attributes, and every other line kept in order.
 *
 * @param version the v= value; always 0 today (RFC 4566 section 5.1)
 * @param origin the o= line
 * @param sessionName the s= value, as written
 * @param connection a session-level c= line, the default for every media description
 * @param timing the t= line
 * @param direction a session-level direction attribute, when written
 * @param otherLines other session-level lines, in canonical order (see {@link SdpLine})
 * @param media the media descriptions, in order
 */
public record SessionDescription(
    int version,
    Origin origin,
    String sessionName,
    Optional<Connection> connection,
    Timing timing,
    Optional<Direction> direction,
    List<SdpLine> otherLines,
    List<MediaDescription> media) {

  public SessionDescription {
    if (version < 0) {
      throw new IllegalArgumentException("v= is a non-negative number: " + version);
    }
    Objects.requireNonNull(origin, "origin");
    SdpText.requireLineText(sessionName, "sessionName");
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(direction, "direction");
    otherLines = SdpLine.canonical(otherLines);
    media = List.copyOf(media);
  }

  /**
   * The connection a media description uses: its own c= line, else the session's (RFC 4566 section
   * 5.7).
   */
  public Optional<Connection> connectionOf(MediaDescription description) {
    return description.connection().or(this::connection);
  }

  /**
   * The direction a media description has: its own attribute, else the session's, else sendrecv
   * (RFC 3264 section 5.1).
   */
  public Direction directionOf(MediaDescription description) {
    return description.direction().or(this::direction).orElse(Direction.WHEN_ABSENT);
  }

  public SessionDescription withOrigin(Origin newOrigin) {
    return new SessionDescription(
        version, newOrigin, sessionName, connection, timing, direction, otherLines, media);
  }

  public SessionDescription withConnection(Optional<Connection> newConnection) {
    return new SessionDescription(
        version, origin, sessionName, newConnection, timing, direction, otherLines, media);
  }

  public SessionDescription withMedia(List<MediaDescription> newMedia) {
    return new SessionDescription(
        version, origin, sessionName, connection, timing, direction, otherLines, newMedia);
  }
}
