package org.siplab.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parser's notes on one level (the session, or one media description) while it reads: the lines
 * a level may hold, kept mutable until the records are built at the end.
 */
class SdpDraft {

  Connection connection;
  Direction direction;
  final List<SdpLine> otherLines = new ArrayList<>();

  /** The session level: v=, o=, s=, t= besides what every level has. */
  static final class Session extends SdpDraft {
    /** Whether the line was seen at all, well formed or not (a second one is ignored). */
    boolean versionSeen;

    boolean originSeen;
    boolean timingSeen;
    int version;
    Origin origin;
    String sessionName;
    Timing timing;
  }

  /** One media description, from its m= line. */
  static final class Media extends SdpDraft {
    final int line;
    final String media;
    final int port;
    final Optional<Integer> portCount;
    final String proto;
    final List<String> formats;
    final List<RtpMap> rtpMaps = new ArrayList<>();
    final List<Fmtp> fmtps = new ArrayList<>();

    Media(
        int line,
        String media,
        int port,
        Optional<Integer> portCount,
        String proto,
        List<String> formats) {
      this.line = line;
      this.media = media;
      this.port = port;
      this.portCount = portCount;
      this.proto = proto;
      this.formats = formats;
    }

    MediaDescription build() {
      return new MediaDescription(
          media,
          port,
          portCount,
          proto,
          formats,
          Optional.ofNullable(connection),
          rtpMaps,
          fmtps,
          Optional.ofNullable(direction),
          otherLines);
    }
  }
}
