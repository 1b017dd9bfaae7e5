package org.siplab.message;

import java.util.Objects;

/**
 * {@code Retry-After = "Retry-After" HCOLON delta-seconds [ comment ] *( SEMI retry-param )} (RFC
 * 3261 section 20.33).
 *
 * @param comment the comment without its parentheses, or {@code null}
 */
public record RetryAfter(long seconds, String comment, Parameters parameters)
    implements HeaderValue {

  public RetryAfter {
    Objects.requireNonNull(parameters, "parameters");
    if (seconds < 0) {
      throw new IllegalArgumentException("Retry-After seconds are never negative: " + seconds);
    }
  }

  public static RetryAfter of(long seconds) {
    return new RetryAfter(seconds, null, Parameters.NONE);
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(seconds);
    if (comment != null) {
      out.append(" (").append(comment).append(')');
    }
    parameters.appendTo(out, ';');
  }

  @Override
  public String toString() {
    return text();
  }
}
