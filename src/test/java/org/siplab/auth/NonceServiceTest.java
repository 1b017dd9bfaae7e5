package org.siplab.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siplab.auth.NonceService.NonceStatus.FRESH;
import static org.siplab.auth.NonceService.NonceStatus.STALE;
import static org.siplab.auth.NonceService.NonceStatus.UNKNOWN;

import java.util.List;
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
  @DisplayName("the nonce count must strictly increase: the same or a lower count is refused")
  void countStrictlyIncreases() {
    NonceService nonces = service(16);
    String nonce = nonces.issue(0);
    assertTrue(nonces.acceptCount(nonce, 1));
    assertFalse(nonces.acceptCount(nonce, 1), "the same count again is a replay");
    assertTrue(nonces.acceptCount(nonce, 5), "counts may skip, as requests may be lost");
    assertFalse(nonces.acceptCount(nonce, 3), "a lower count is refused");
    assertTrue(nonces.acceptCount(nonce, 6));
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
