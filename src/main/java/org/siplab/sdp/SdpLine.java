package org.siplab.sdp;

import java.util.Comparator;
import java.util.List;

/**
 * A line the model does not interpret, kept so that it is printed again: {@code i=}, {@code b=},
 * {@code k=}, attributes other than rtpmap, fmtp and the directions, and unknown type letters.
 *
 * <p>Lines the model holds in fields ({@code v o s c t m}) are never kept here.
 */
public record SdpLine(char type, String value) {

  /**
   * Where a line goes in the canonical order of RFC 4566 section 5 ({@code v o s i u e p c b t r z
   * k a m} at session level, {@code m i c b k a} in a media description). Lines of one rank keep
   * their relative order.
   */
  enum Rank {
    /** i u e p: between s= and c=. */
    BEFORE_CONNECTION,
    /** b: between c= and t=. */
    AFTER_CONNECTION,
    /** r z k: after t=. */
    AFTER_TIMING,
    /** attributes and unknown letters: last, before the media. */
    ATTRIBUTE
  }

  public SdpLine {
    if (!(type >= 'a' && type <= 'z' || type >= 'A' && type <= 'Z')) {
      throw new IllegalArgumentException("a type is one letter, not '" + type + "'");
    }
    if ("vosctm".indexOf(type) >= 0) {
      throw new IllegalArgumentException(type + "= lines are modelled, not kept as other lines");
    }
    SdpText.requireLineText(value, "value");
  }

  public static SdpLine attribute(String value) {
    return new SdpLine('a', value);
  }

  Rank rank() {
    return switch (type) {
      case 'i', 'u', 'e', 'p' -> Rank.BEFORE_CONNECTION;
      case 'b' -> Rank.AFTER_CONNECTION;
      case 'r', 'z', 'k' -> Rank.AFTER_TIMING;
      default -> Rank.ATTRIBUTE;
    };
  }

  /** The lines sorted stably into canonical order. */
  static List<SdpLine> canonical(List<SdpLine> lines) {
    return lines.stream().sorted(Comparator.comparing(SdpLine::rank)).toList();
  }

  /** The lines of one rank, in order. */
  static List<SdpLine> ofRank(List<SdpLine> lines, Rank rank) {
    return lines.stream().filter(line -> line.rank() == rank).toList();
  }

  String text() {
    return type + "=" + value;
  }
}
