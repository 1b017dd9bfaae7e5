package org.siplab.transaction;

import java.util.Objects;

/**
 * Whether the transport could send a message, and if not, why: the transport error of sections
 * 17.1.4, 17.2.4 and 18.
 *
 * @param failure null when the message was sent
 */
public record SendOutcome(String failure) {

  /** The message left on the network (which may still lose it, as UDP does). */
  public static final SendOutcome SENT = new SendOutcome(null);

  public static SendOutcome failed(String reason) {
    return new SendOutcome(Objects.requireNonNull(reason, "reason"));
  }

  public boolean isSent() {
    return failure == null;
  }
}
