package org.siplab.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A media description: {@code m=<media> <port>[/<number of ports>] <proto> <fmt> ...} and the lines
 * after it (RFC 4566 section 5.14), e.g. {@code m=audio 49170 RTP/AVP 0 8 101}.
 *
 * <p>A port of 0 marks a rejected or removed stream (RFC 3264 sections 6 and 8.2).
 *
 * @param media audio, video, ...
 * @param port the transport port; 0 when rejected
 * @param portCount the number of ports after a slash, when written
 * @param proto the transport protocol, e.g. RTP/AVP
 * @param formats the media formats in order of preference (RTP payload type numbers for RTP/AVP)
 * @param connection a media-level c= line, overriding the session's
 * @param rtpMaps the a=rtpmap lines, in order
 * @param fmtps the a=fmtp lines, in order
 * @param direction a media-level direction attribute, when written
 * @param otherLines other lines, in canonical order (see {@link SdpLine})
 */
public record MediaDescription(
    String media,
    int port,
    Optional<Integer> portCount,
    String proto,
    List<String> formats,
    Optional<Connection> connection,
    List<RtpMap> rtpMaps,
    List<Fmtp> fmtps,
    Optional<Direction> direction,
    List<SdpLine> otherLines) {

  public MediaDescription {
    SdpText.requireToken(media, "media");
    SdpText.requireToken(proto, "proto");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0 to 65535: " + port);
    }
    Objects.requireNonNull(portCount, "portCount");
    portCount.ifPresent(
        count -> {
          if (count < 1) {
            throw new IllegalArgumentException("a port count is positive: " + count);
          }
        });
    formats = List.copyOf(formats);
    formats.forEach(format -> SdpText.requireToken(format, "format"));
    Objects.requireNonNull(connection, "connection");
    rtpMaps = List.copyOf(rtpMaps);
    fmtps = List.copyOf(fmtps);
    Objects.requireNonNull(direction, "direction");
    otherLines = SdpLine.canonical(otherLines);
  }

  /** The rtpmap of a format, if the description has one. */
  public Optional<RtpMap> rtpMap(String format) {
    return rtpMaps.stream()
        .filter(map -> Integer.toString(map.payloadType()).equals(format))
        .findFirst();
  }

  /** The fmtp lines of a format. */
  public List<Fmtp> fmtps(String format) {
    return fmtps.stream().filter(fmtp -> fmtp.format().equals(format)).toList();
  }

  /**
   * The codec a format stands for: from its rtpmap, else from the static payload type table (RFC
   * 3551 section 6; an rtpmap is optional for static types).
   */
  public Optional<Codec> codecOf(String format) {
    Optional<RtpMap> map = rtpMap(format);
    if (map.isPresent()) {
      return Optional.of(Codec.of(map.get()));
    }
    return CodecRegistry.staticPayloadType(format);
  }

  /** Whether the stream is rejected or removed (port 0). */
  public boolean isRejected() {
    return port == 0;
  }

  public MediaDescription withPort(int newPort) {
    return new MediaDescription(
        media,
        newPort,
        portCount,
        proto,
        formats,
        connection,
        rtpMaps,
        fmtps,
        direction,
        otherLines);
  }

  public MediaDescription withConnection(Optional<Connection> newConnection) {
    return new MediaDescription(
        media,
        port,
        portCount,
        proto,
        formats,
        newConnection,
        rtpMaps,
        fmtps,
        direction,
        otherLines);
  }

  public MediaDescription withDirection(Optional<Direction> newDirection) {
    return new MediaDescription(
        media,
        port,
        portCount,
        proto,
        formats,
        connection,
        rtpMaps,
        fmtps,
        newDirection,
        otherLines);
  }

  /** The m= line's value, without {@code m=}. */
  String mediaLineValue() {
    StringBuilder value = new StringBuilder(media).append(' ').append(port);
    portCount.ifPresent(count -> value.append('/').append(count));
    value.append(' ').append(proto);
    formats.forEach(format -> value.append(' ').append(format));
    return value.toString();
  }
}
