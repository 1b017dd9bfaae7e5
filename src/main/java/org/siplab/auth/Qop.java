package org.siplab.auth;

import java.util.Optional;

/**
 * The quality of protection a client applied (RFC 2617 section 3.2.2, {@code qop} in credentials).
 *
 * <p>{@link #NONE} is the RFC 2069 form without {@code qop}, {@code cnonce} or {@code nc}: RFC 3261
 * section 22.4 requires SIP servers to accept it for backward compatibility.
 */
public enum Qop {
  NONE(""),
  AUTH("auth"),
  AUTH_INT("auth-int");

  private final String token;

  Qop(String token) {
    this.token = token;
  }

  /** The token as written in the {@code qop} parameter; empty for {@link #NONE}. */
  public String token() {
    return token;
  }

  /** Finds the qop a token names; case is ignored, independently of the locale. */
  public static Optional<Qop> fromToken(String token) {
    for (Qop qop : values()) {
      if (qop != NONE && qop.token.equalsIgnoreCase(token)) {
        return Optional.of(qop);
      }
    }
    return Optional.empty();
  }
}
