package org.siplab.scenario.load;

import org.siplab.scenario.model.Duration;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A registration's lifetime: whole seconds as the Expires header writes them ({@code 3600}), or a
 * duration ({@code 1h}, {@code 90s}) of whole seconds.
 */
final class ExpiresType extends ScalarType<Duration> {

  /** RFC 3261 section 20.19: delta-seconds up to 2**32-1. */
  private static final long MAX_SECONDS = 4_294_967_295L;

  private final IntegerType seconds = new IntegerType(0, MAX_SECONDS);
  private final DurationType duration =
      new DurationType(Duration.ofSeconds(MAX_SECONDS), "is negative; expected 0s or more");

  ExpiresType() {
    super("seconds or duration", "whole seconds such as 3600, or a duration such as 1h or 90s");
  }

  @Override
  Duration parse(String text, ScalarNode node, ReadContext ctx) {
    Duration value;
    if (text.matches("[+-]?[0-9]+")) {
      Long read = seconds.parse(text, node, ctx);
      value = read == null ? null : Duration.ofSeconds(read);
    } else {
      value = duration.parse(text, node, ctx);
      if (value != null && value.micros() % 1_000_000 != 0) {
        ctx.error(node, Nodes.quote(text) + " is not a whole number of seconds, as Expires counts;"
            + " expected " + expected());
        return null;
      }
    }
    if (value != null && value.micros() == 0) {
      // Section 10.2.2: an expiration of 0 asks for the binding's removal, not for a binding.
      ctx.error(node, Nodes.quote(text) + " would ask the registrar to remove the binding (an"
          + " expiration of 0, RFC 3261 section 10.2.2), not to make one; expected a lifetime"
          + " above 0, such as 3600 or 1h (the script action unregister removes a binding)");
      return null;
    }
    return value;
  }
}
