package org.siplab.sdp;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid session descriptions, for the SDP properties. */
final class SdpGenerators {

  private SdpGenerators() {}

  /** One word: printable ASCII without spaces. */
  static Gen<String> token() {
    return strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(1, 10);
  }

  /** Free text for s= and other lines: spaces and non-ASCII included, no line ends. */
  static Gen<String> text() {
    return strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(0, 16);
  }

  static Gen<Long> number() {
    return Generate.longRange(0, 999_999_999_999L);
  }

  static Gen<Connection> connection() {
    return Generate.pick(List.of("IP4", "IP6"))
        .zip(token(), (addrType, address) -> new Connection("IN", addrType, address));
  }

  static Gen<Origin> origin() {
    return token()
        .zip(
            token(),
            number(),
            connection(),
            (user, id, version, at) ->
                new Origin(user, id, version, at.netType(), at.addrType(), at.address()));
  }

  /** Lines the model keeps as text; attributes get an x- name so they are never typed ones. */
  static Gen<SdpLine> otherLine() {
    Gen<Character> type =
        Generate.pick(List.of('i', 'u', 'e', 'p', 'b', 'r', 'z', 'k', 'a', 'y', 'Q'));
    return type.zip(
        text(), (letter, value) -> new SdpLine(letter, letter == 'a' ? "x-" + value : value));
  }

  static Gen<List<SdpLine>> otherLines() {
    return lists().of(otherLine()).ofSizeBetween(0, 4);
  }

  static Gen<RtpMap> rtpMap() {
    return integers()
        .between(0, 127)
        .zip(
            Generate.pick(List.of("PCMU", "opus", "telephone-event", "X-Odd.Name")),
            Generate.pick(List.of(8000, 16000, 48000, 90000)),
            Generate.pick(List.of("2", "1", "")),
            (pt, name, rate, parameters) ->
                new RtpMap(
                    pt,
                    name,
                    rate,
                    parameters.isEmpty() ? Optional.empty() : Optional.of(parameters)));
  }

  static Gen<Fmtp> fmtp() {
    return token().zip(text(), Fmtp::new);
  }

  private record MediaHead(
      String media, int port, Optional<Integer> portCount, String proto, List<String> formats) {}

  private record MediaTail(
      Optional<Connection> connection,
      List<RtpMap> rtpMaps,
      List<Fmtp> fmtps,
      Optional<Direction> direction) {}

  static Gen<MediaDescription> media() {
    Gen<MediaHead> head =
        token()
            .zip(
                integers().between(0, 65535),
                integers().between(1, 4).toOptionals(70),
                token(),
                lists().of(token()).ofSizeBetween(0, 5),
                MediaHead::new);
    Gen<MediaTail> tail =
        connection()
            .toOptionals(50)
            .zip(
                lists().of(rtpMap()).ofSizeBetween(0, 3),
                lists().of(fmtp()).ofSizeBetween(0, 2),
                Generate.enumValues(Direction.class).toOptionals(40),
                MediaTail::new);
    return head.zip(
        tail,
        otherLines(),
        (h, t, others) ->
            new MediaDescription(
                h.media(),
                h.port(),
                h.portCount(),
                h.proto(),
                h.formats(),
                t.connection(),
                t.rtpMaps(),
                t.fmtps(),
                t.direction(),
                others));
  }

  private record SessionHead(
      int version, Origin origin, String name, Optional<Connection> connection) {}

  static Gen<SessionDescription> sessionDescription() {
    Gen<SessionHead> head =
        integers()
            .between(0, 3)
            .zip(origin(), text(), connection().toOptionals(30), SessionHead::new);
    Gen<Timing> timing = number().zip(number(), Timing::new);
    return head.zip(
        timing,
        Generate.enumValues(Direction.class).toOptionals(60),
        otherLines(),
        lists().of(media()).ofSizeBetween(0, 3),
        (h, t, direction, others, media) ->
            new SessionDescription(
                h.version(), h.origin(), h.name(), h.connection(), t, direction, others, media));
  }
}
