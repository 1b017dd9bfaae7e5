package org.siplab.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siplab.auth.NonceService.NonceStatus.FRESH;
import static org.siplab.auth.NonceService.NonceStatus.STALE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.siplab.auth.NonceService.NonceStatus.UNKNOWN;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The nonce service")
class NonceServiceTest {

  private static final long LIFETIME = 1_000_000L;

  private static NonceService service(int capacity) {
    return new NonceService(DigestFixtures.nonces(7), LIFETIME, capacity);
  }

  @Test
  @DisplayName(
      "a nonce is fresh within its lifetime, stale after it, and forgotten after two lifetimes")
  void nonceLifecycle() {
    NonceService nonces = service(16);
    String nonce = nonces.issue(5_000);
    assertEquals(FRESH, nonces.status(nonce, 5_000 + LIFETIME - 1));
    assertEquals(STALE, nonces.status(nonce, 5_000 + LIFETIME));
    assertEquals(STALE, nonces.status(nonce, 5_000 + 2 * LIFETIME - 1));
    assertEquals(UNKNOWN, nonces.status(nonce, 5_000 + 2 * LIFETIME));
    assertEquals(0, nonces.remembered());
  }

  @Test
  @DisplayName("a nonce the server never issued is unknown")
  void neverIssuedIsUnknown() {
    NonceService nonces = service(16);
    nonces.issue(0);
    assertEquals(UNKNOWN, nonces.status("dcd98b7102dd2f0e8b11d0f600bfb0c093", 1));
    assertFalse(nonces.acceptCount("dcd98b7102dd2f0e8b11d0f600bfb0c093", 1));
  }

  @Test
  @DisplayName("each nonce count is accepted once, a lower one not yet seen too (UDP reorders)")
  void eachCountOnce() {
    NonceService nonces = service(16);
    String nonce = nonces.issue(0);
    assertTrue(nonces.acceptCount(nonce, 1));
    assertFalse(nonces.acceptCount(nonce, 1), "the same count again is a replay");
    assertTrue(nonces.acceptCount(nonce, 5), "counts may skip, as requests may be lost");
    assertTrue(nonces.acceptCount(nonce, 3), "a lower count not seen yet arrived late");
    assertFalse(nonces.acceptCount(nonce, 3), "and is a replay the second time");
    assertTrue(nonces.acceptCount(nonce, 6));
    assertFalse(nonces.acceptCount(nonce, 0), "nc starts at 1");
  }

  @Test
  @DisplayName("a count further below the highest than the window is refused as a possible replay")
  void countBelowTheWindow() {
    NonceService nonces = service(16);
    String nonce = nonces.issue(0);
    assertTrue(nonces.acceptCount(nonce, 1 + NonceService.COUNT_WINDOW));
    assertTrue(nonces.acceptCount(nonce, 2), "the oldest count the window holds");
    assertFalse(nonces.acceptCount(nonce, 1), "below the window");
    assertTrue(nonces.acceptCount(nonce, 1_000));
    assertFalse(nonces.acceptCount(nonce, 1 + NonceService.COUNT_WINDOW),
        "a count seen before the window moved on is below it now");
  }

  /**
   * Property: whatever order a client's counts arrive in, with repeats, each count is accepted
   * exactly the first time it arrives, as long as it is within the window of the highest count
   * seen before it.
   */
  @Test
  @DisplayName("accepts each count the first time it arrives within the window, in any order")
  void anyOrder() {
    qt().withFixedSeed(20_261_127L).withExamples(300)
        .forAll(lists().of(longs().between(1, 200)).ofSizeBetween(1, 80))
        .checkAssert(counts -> {
          NonceService nonces = service(4);
          String nonce = nonces.issue(0);
          Set<Long> seen = new HashSet<>();
          long highest = 0;
          for (long nc : counts) {
            boolean expected = !seen.contains(nc) && highest - nc < NonceService.COUNT_WINDOW;
            assertEquals(expected, nonces.acceptCount(nonce, nc), () -> counts + " at " + nc);
            seen.add(nc);
            highest = Math.max(highest, nc);
          }
        });
  }

  @Test
  @DisplayName("counts are kept per nonce, so count 1 is accepted once with each nonce")
  void countsArePerNonce() {
    NonceService nonces = service(16);
    String first = nonces.issue(0);
    String second = nonces.issue(0);
    assertTrue(nonces.acceptCount(first, 1));
    assertTrue(nonces.acceptCount(second, 1));
  }

  @Test
  @DisplayName("at most capacity nonces are remembered; the oldest is dropped first")
  void stateIsBoundedByCapacity() {
    NonceService nonces = service(3);
    List<String> issued = IntStream.range(0, 5).mapToObj(i -> nonces.issue(i)).toList();
    assertEquals(3, nonces.remembered());
    assertEquals(UNKNOWN, nonces.status(issued.get(0), 10));
    assertEquals(UNKNOWN, nonces.status(issued.get(1), 10));
    assertEquals(FRESH, nonces.status(issued.get(4), 10));
  }

  @Test
  @DisplayName("the same seed gives the same nonces, and a different seed different ones")
  void noncesAreDeterministic() {
    List<String> a = IntStream.range(0, 4).mapToObj(i -> service(8).issue(i)).toList();
    NonceService one = new NonceService(DigestFixtures.nonces(99), LIFETIME, 8);
    NonceService same = new NonceService(DigestFixtures.nonces(99), LIFETIME, 8);
    NonceService other = new NonceService(DigestFixtures.nonces(100), LIFETIME, 8);
    assertEquals(one.issue(0), same.issue(0));
    assertNotEquals(same.issue(1), other.issue(1));
    assertEquals(32, a.get(0).length(), "16 random bytes in hex");
  }

  @Test
  @DisplayName("virtual time going backwards is a bug in the caller and is refused at once")
  void timeMustNotGoBackwards() {
    NonceService nonces = service(4);
    nonces.issue(10);
    assertThrows(IllegalArgumentException.class, () -> nonces.issue(9));
  }
}
