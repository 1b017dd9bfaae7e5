package org.siplab.sdp;

import java.util.Optional;

/**
 * The direction attributes of RFC 4566 section 6 (and RFC 3108's inactive), seen from the side that
 * writes the description: whether it wants to send, receive, both or neither.
 */
public enum Direction {
  SENDRECV("sendrecv", true, true),
  SENDONLY("sendonly", true, false),
  RECVONLY("recvonly", false, true),
  INACTIVE("inactive", false, false);

  private final String attribute;
  private final boolean sends;
  private final boolean receives;

  Direction(String attribute, boolean sends, boolean receives) {
    this.attribute = attribute;
    this.sends = sends;
    this.receives = receives;
  }

  /** RFC 3264 section 5.1: with no direction attribute a stream is sendrecv. */
  public static final Direction WHEN_ABSENT = SENDRECV;

  /** The attribute name, as in {@code a=sendonly}. */
  public String attribute() {
    return attribute;
  }

  public boolean sends() {
    return sends;
  }

  public boolean receives() {
    return receives;
  }

  /** The direction with the given abilities. */
  public static Direction of(boolean sends, boolean receives) {
    if (sends) {
      return receives ? SENDRECV : SENDONLY;
    }
    return receives ? RECVONLY : INACTIVE;
  }

  /** The direction an attribute name stands for; names are case-sensitive (RFC 4566 section 5). */
  public static Optional<Direction> fromAttribute(String name) {
    for (Direction direction : values()) {
      if (direction.attribute.equals(name)) {
        return Optional.of(direction);
      }
    }
    return Optional.empty();
  }

  /**
   * The answer's direction to an offer with this direction, given what the answerer wants (RFC 3264
   * section 6.1): it may send only if the offerer receives, and receive only if the offerer sends.
   * So sendonly is answered recvonly (or inactive), recvonly sendonly (or inactive), inactive
   * inactive.
   */
  public Direction answeredBy(Direction answererWants) {
    return of(receives && answererWants.sends, sends && answererWants.receives);
  }

  /**
   * The direction to offer when putting this stream on hold (RFC 3264 section 8.4): "sendrecv"
   * becomes "sendonly" and "recvonly" becomes "inactive": the holder stops receiving.
   */
  public Direction held() {
    return of(sends, false);
  }

  /** The direction to offer when taking the stream off hold: receiving again. */
  public Direction resumed() {
    return of(sends, true);
  }
}
