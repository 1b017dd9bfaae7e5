package org.siplab.transaction;

/**
 * The three base values of RFC 3261's timers and every timer derived from them (section 17.1.1.1
 * and the table in appendix A), all in microseconds of virtual time, for UDP: siplab's only
 * transport, so every "for unreliable transports" value applies.
 *
 * @param t1Us the round-trip time estimate, 500 ms by default (section 17.1.1.1)
 * @param t2Us the longest interval between retransmissions of a non-INVITE request or an INVITE
 *     response, 4 s by default (section 17.1.2.2)
 * @param t4Us how long a message may stay in the network, 5 s by default (section 17.1.2.2)
 * @param backoff whether client transactions double their retransmission intervals, as
 *     sections 17.1.1.2 and 17.1.2.2 say they MUST; off only as a deliberate violation, for
 *     teaching: Timers A and E are then reset to the interval they had (the checker flags it as
 *     TIMER-001 and TIMER-002)
 */
public record TimerSettings(long t1Us, long t2Us, long t4Us, boolean backoff) {

  /** RFC 3261's defaults: T1 = 500 ms, T2 = 4 s, T4 = 5 s. */
  public static final TimerSettings DEFAULT = new TimerSettings(500_000, 4_000_000, 5_000_000);

  /** Section 17.1.1.2: Timer D is "at least 32 seconds for unreliable transports". */
  static final long MIN_TIMER_D_US = 32_000_000;

  /** Section 17.2.1: the TU is expected to answer an INVITE within 200 ms, else 100 Trying. */
  static final long TRYING_DELAY_US = 200_000;

  /** Keeps 64*T1 and any doubling far from overflow: T1 up to an hour is accepted. */
  private static final long MAX_BASE_US = 3_600_000_000L;

  /** Timers that keep the RFC: client retransmissions back off exponentially. */
  public TimerSettings(long t1Us, long t2Us, long t4Us) {
    this(t1Us, t2Us, t4Us, true);
  }

  public TimerSettings {
    requireBase("t1Us", t1Us);
    requireBase("t2Us", t2Us);
    requireBase("t4Us", t4Us);
    if (t2Us < t1Us) {
      throw new IllegalArgumentException("T2 (" + t2Us + " us) must not be smaller than T1 ("
          + t1Us + " us): retransmission intervals double from T1 up to T2 (section 17.1.2.2)");
    }
  }

  /** Section 17.1.1.2: Timer A starts at T1 and doubles each time it fires. */
  public long timerA() {
    return t1Us;
  }

  /** Section 17.1.1.2: Timer A is reset "with a value of 2*T1", then doubles on (no cap). */
  public long nextTimerA(long previousUs) {
    return backoff ? 2 * previousUs : previousUs;
  }

  /** Section 17.1.1.2: Timer B, the INVITE client's timeout, is 64*T1. */
  public long timerB() {
    return 64 * t1Us;
  }

  /**
   * Section 17.1.1.2: Timer D is "at least 32 seconds for unreliable transports"; it stands for the
   * server's Timer H (64*T1), so with a T1 above 500 ms it is 64*T1.
   */
  public long timerD() {
    return Math.max(MIN_TIMER_D_US, 64 * t1Us);
  }

  /** Section 17.1.2.2: Timer E starts at T1. */
  public long timerE() {
    return t1Us;
  }

  /** Section 17.1.2.2: in Trying, Timer E is reset to MIN(2 * previous, T2). */
  public long nextTimerE(long previousUs) {
    return backoff ? doubledUpToT2(previousUs) : previousUs;
  }

  /** Section 17.1.2.2: "If Timer E fires while in the "Proceeding" state ... reset with ... T2". */
  public long timerEInProceeding() {
    return t2Us;
  }

  /** Section 17.1.2.2: Timer F, the non-INVITE client's timeout, is 64*T1. */
  public long timerF() {
    return 64 * t1Us;
  }

  /** Section 17.2.1: Timer G, the INVITE server's response retransmission, starts at T1. */
  public long timerG() {
    return t1Us;
  }

  /** Section 17.2.1: Timer G is reset with a value that doubles, capped at T2. */
  public long nextTimerG(long previousUs) {
    return doubledUpToT2(previousUs);
  }

  /** Section 17.2.1: Timer H, how long the INVITE server waits for the ACK, is 64*T1. */
  public long timerH() {
    return 64 * t1Us;
  }

  /** Section 17.2.1: Timer I, how long Confirmed absorbs ACK retransmissions, is T4. */
  public long timerI() {
    return t4Us;
  }

  /** Section 17.2.2: Timer J, how long the non-INVITE server stays Completed, is 64*T1. */
  public long timerJ() {
    return 64 * t1Us;
  }

  /** Section 17.1.2.2: Timer K, how long the non-INVITE client stays Completed, is T4. */
  public long timerK() {
    return t4Us;
  }

  /** RFC 6026 section 8.7: Timer L, how long the INVITE server stays Accepted, is 64*T1. */
  public long timerL() {
    return 64 * t1Us;
  }

  /** RFC 6026 section 8.4: Timer M, how long the INVITE client stays Accepted, is 64*T1. */
  public long timerM() {
    return 64 * t1Us;
  }

  /**
   * Section 17.2.1: an INVITE server transaction "MUST generate a 100 (Trying) response unless it
   * knows that the TU will generate a provisional or final response within 200 ms".
   */
  public long tryingDelay() {
    return TRYING_DELAY_US;
  }

  /** The same timers with client retransmissions backing off or not (see {@link #backoff}). */
  public TimerSettings withBackoff(boolean value) {
    return new TimerSettings(t1Us, t2Us, t4Us, value);
  }

  private long doubledUpToT2(long previousUs) {
    return Math.min(2 * previousUs, t2Us);
  }

  private static void requireBase(String name, long value) {
    if (value <= 0 || value > MAX_BASE_US) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + MAX_BASE_US + " microseconds, was " + value);
    }
  }
}
