package org.siplab.auth;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The nonces a server (registrar, proxy, UAS) has issued, their issue times in virtual
 * microseconds, and the nonce counts seen with each.
 *
 * <p>Lifecycle of a nonce issued at time {@code t} with lifetime {@code L}:
 *
 * <pre>
 *   t ........ t+L ........ t+2L
 *   |  FRESH   |    STALE    |  forgotten: UNKNOWN
 * </pre>
 *
 * A stale nonce is still remembered so that the server can answer a correct digest with a new
 * challenge carrying {@code stale=true} (RFC 2617 section 3.2.1) instead of asking for the password
 * again. After {@code 2L} the entry is dropped, so the state stays bounded by the number of nonces
 * issued in the last {@code 2L}; on top of that at most {@code capacity} nonces are kept, the
 * oldest dropped first. A dropped nonce is reported as {@link NonceStatus#UNKNOWN}.
 *
 * <p>Time must not go backwards between calls; that would be a bug in the caller's clock.
 */
public final class NonceService {

  /** What the service knows of a nonce at a given time. */
  public enum NonceStatus {
    FRESH,
    STALE,
    UNKNOWN
  }

  /**
   * A nonce's issue time and the counts seen with it: the highest, and a bit for each of the
   * {@link #COUNT_WINDOW} counts below it and itself (bit {@code i} for {@code highest - i}).
   */
  private record Issued(long issuedAtUs, long highestCount, long seenBelow) {}

  /**
   * How many counts below the highest are remembered one by one. A count further below is refused
   * as a possible replay: the server cannot tell, and remembering every count would let a client
   * grow the state without end. Over UDP requests signed with one nonce arrive out of order only
   * by a few places, far fewer than this.
   */
  static final int COUNT_WINDOW = 64;

  /** Keeps {@code 2 * lifetime} and time differences far from overflow. */
  private static final long MAX_LIFETIME_US = Long.MAX_VALUE / 8;

  private final NonceSource source;
  private final long lifetimeUs;
  private final int capacity;
  private final LinkedHashMap<String, Issued> issued = new LinkedHashMap<>();
  private long latestUs = Long.MIN_VALUE;

  public NonceService(NonceSource source, long lifetimeUs, int capacity) {
    this.source = Objects.requireNonNull(source, "source");
    if (lifetimeUs <= 0 || lifetimeUs > MAX_LIFETIME_US || capacity < 1) {
      throw new IllegalArgumentException(
          "lifetime must be in (0, "
              + MAX_LIFETIME_US
              + "] us and capacity positive: "
              + lifetimeUs
              + " us, "
              + capacity);
    }
    this.lifetimeUs = lifetimeUs;
    this.capacity = capacity;
  }

  public long lifetimeUs() {
    return lifetimeUs;
  }

  /** Issues a new nonce at {@code nowUs}; RFC 2617 section 3.2.1: unique for each 401. */
  public String issue(long nowUs) {
    advanceTo(nowUs);
    String nonce = source.next();
    while (issued.containsKey(nonce)) {
      nonce = source.next();
    }
    issued.put(nonce, new Issued(nowUs, 0, 1L));
    while (issued.size() > capacity) {
      dropOldest();
    }
    return nonce;
  }

  /** Whether the nonce is fresh, stale (expired but remembered) or unknown at {@code nowUs}. */
  public NonceStatus status(String nonce, long nowUs) {
    advanceTo(nowUs);
    Issued entry = issued.get(nonce);
    if (entry == null) {
      return NonceStatus.UNKNOWN;
    }
    return nowUs - entry.issuedAtUs() < lifetimeUs ? NonceStatus.FRESH : NonceStatus.STALE;
  }

  /**
   * Records a nonce count, if it has not been seen with this nonce before.
   *
   * <p>RFC 2617 section 3.2.2 (nonce-count): the server keeps its own copy of the count; "if the
   * same nc-value is seen twice, then the request is a replay". A count below one already seen is
   * not a replay by itself: the client counts up with each request it sends, and over UDP two
   * requests signed with one nonce can arrive in the other order. So each count within {@link
   * #COUNT_WINDOW} of the highest is remembered and accepted once; a count further below it is
   * refused, as one the server can no longer tell from a replay. Count 0 is never sent (nc starts
   * at 1).
   *
   * @return false for a count already seen with this nonce, one too far below the highest, or an
   *     unknown nonce
   */
  public boolean acceptCount(String nonce, long nc) {
    Issued entry = issued.get(nonce);
    if (entry == null || nc <= 0) {
      return false;
    }
    long highest = entry.highestCount();
    long seen;
    if (nc > highest) {
      long shift = nc - highest;
      seen = (shift >= Long.SIZE ? 0 : entry.seenBelow() << shift) | 1L;
      highest = nc;
    } else {
      long below = highest - nc;
      if (below >= COUNT_WINDOW || (entry.seenBelow() & (1L << below)) != 0) {
        return false;
      }
      seen = entry.seenBelow() | (1L << below);
    }
    issued.put(nonce, new Issued(entry.issuedAtUs(), highest, seen));
    return true;
  }

  /** How many nonces are remembered now (fresh or stale). */
  public int remembered() {
    return issued.size();
  }

  private void advanceTo(long nowUs) {
    if (nowUs < latestUs) {
      throw new IllegalArgumentException(
          "virtual time went backwards: " + nowUs + " us after " + latestUs + " us");
    }
    latestUs = nowUs;
    forgetExpired(nowUs);
  }

  /** Entries are in issue order, and issue times never decrease, so expired ones lead the map. */
  private void forgetExpired(long nowUs) {
    Iterator<Map.Entry<String, Issued>> oldestFirst = issued.entrySet().iterator();
    while (oldestFirst.hasNext()
        && nowUs - oldestFirst.next().getValue().issuedAtUs() >= 2 * lifetimeUs) {
      oldestFirst.remove();
    }
  }

  private void dropOldest() {
    Iterator<String> oldestFirst = issued.keySet().iterator();
    oldestFirst.next();
    oldestFirst.remove();
  }
}
