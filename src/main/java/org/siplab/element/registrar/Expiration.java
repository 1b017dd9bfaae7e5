package org.siplab.element.registrar;

import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;

/**
 * The expiration interval of one contact, RFC 3261 section 10.3 step 7: what the UA asked for,
 * and what the registrar grants.
 */
final class Expiration {

  static final long US_PER_SECOND = 1_000_000L;

  /**
   * The interval a registrar picks when the REGISTER suggests none: step 7's "locally-configured
   * default value", here the hour section 10.2.1.1's examples use.
   */
  static final long DEFAULT_US = 3_600 * US_PER_SECOND;

  /** Section 10.2: "Malformed values SHOULD be treated as equivalent to 3600." */
  private static final long MALFORMED_SECONDS = 3_600;

  /** Step 7: only a request "smaller than one hour" may be refused as too brief. */
  private static final long ONE_HOUR_US = 3_600 * US_PER_SECOND;

  /** The registrar's answer for one contact. */
  record Choice(boolean tooBrief, long grantedUs) {}

  private Expiration() {}

  /**
   * Section 10.3 step 7: "If the field value has an "expires" parameter, that value MUST be taken
   * as the requested expiration. ... If there is no such parameter, but the request has an Expires
   * header field, that value MUST be taken ... If there is neither, a locally-configured default
   * value MUST be taken ..."
   *
   * @return the requested interval in microseconds
   */
  static long requestedUs(NameAddress contact, SipRequest register, RegistrarConfig config) {
    if (contact.parameters().has("expires")) {
      long seconds = contact.expires();
      return (seconds < 0 ? MALFORMED_SECONDS : seconds) * US_PER_SECOND;
    }
    if (register.has(HeaderName.EXPIRES)) {
      long seconds = register.expires();
      return (seconds < 0 ? MALFORMED_SECONDS : seconds) * US_PER_SECOND;
    }
    return defaultUs(config);
  }

  /** The hour, moved into the configured bounds. */
  static long defaultUs(RegistrarConfig config) {
    long chosen = Math.max(DEFAULT_US, config.minExpiresUs());
    return config.maxExpiresUs().isPresent()
        ? Math.min(chosen, config.maxExpiresUs().getAsLong()) : chosen;
  }

  /**
   * Step 7: "The registrar MAY choose an expiration less than the requested expiration interval.
   * If and only if the requested expiration interval is greater than zero AND smaller than one
   * hour AND less than a registrar-configured minimum, the registrar MAY reject the registration
   * with a response of 423 (Interval Too Brief)." Zero stays zero: it removes the binding.
   */
  static Choice choose(long requestedUs, RegistrarConfig config) {
    if (requestedUs > 0 && requestedUs < ONE_HOUR_US && requestedUs < config.minExpiresUs()) {
      return new Choice(true, 0);
    }
    long granted = requestedUs;
    if (config.maxExpiresUs().isPresent()) {
      granted = Math.min(granted, config.maxExpiresUs().getAsLong());
    }
    return new Choice(false, granted);
  }

  /** A duration in whole seconds, rounded up: a minimum is never understated. */
  static long secondsUp(long us) {
    return (us + US_PER_SECOND - 1) / US_PER_SECOND;
  }

  /**
   * The whole seconds a binding has left, rounded down so that it is never overstated, but at
   * least 1: in a REGISTER response, expires=0 would read as a removed binding.
   */
  static long secondsLeft(long us) {
    return Math.max(1, us / US_PER_SECOND);
  }
}
