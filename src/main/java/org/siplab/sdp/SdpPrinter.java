package org.siplab.sdp;

import java.util.List;

/**
 * Writes a session description with CRLF line ends (RFC 4566 section 5) in canonical order: {@code
 * v o s [i u e p] c [b] t [r z k] [a]} then each media description {@code m [i] c [b k] rtpmap fmtp
 * [a] direction}. Lines the model keeps as other lines stay in their relative order.
 */
public final class SdpPrinter {

  private static final String CRLF = "\r\n";

  private SdpPrinter() {}

  public static String print(SessionDescription description) {
    StringBuilder out = new StringBuilder();
    line(out, "v=" + description.version());
    line(out, "o=" + description.origin().value());
    line(out, "s=" + description.sessionName());
    List<SdpLine> others = description.otherLines();
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.BEFORE_CONNECTION));
    description.connection().ifPresent(connection -> line(out, "c=" + connection.value()));
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.AFTER_CONNECTION));
    line(out, "t=" + description.timing().value());
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.AFTER_TIMING));
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.ATTRIBUTE));
    description.direction().ifPresent(direction -> line(out, "a=" + direction.attribute()));
    description.media().forEach(media -> media(out, media));
    return out.toString();
  }

  private static void media(StringBuilder out, MediaDescription media) {
    line(out, "m=" + media.mediaLineValue());
    List<SdpLine> others = media.otherLines();
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.BEFORE_CONNECTION));
    media.connection().ifPresent(connection -> line(out, "c=" + connection.value()));
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.AFTER_CONNECTION));
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.AFTER_TIMING));
    media.rtpMaps().forEach(map -> line(out, "a=rtpmap:" + map.value()));
    media.fmtps().forEach(fmtp -> line(out, "a=fmtp:" + fmtp.value()));
    lines(out, SdpLine.ofRank(others, SdpLine.Rank.ATTRIBUTE));
    media.direction().ifPresent(direction -> line(out, "a=" + direction.attribute()));
  }

  private static void lines(StringBuilder out, List<SdpLine> lines) {
    lines.forEach(other -> line(out, other.text()));
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append(CRLF);
  }
}
