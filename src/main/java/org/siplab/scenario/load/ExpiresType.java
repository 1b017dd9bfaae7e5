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
    if (text.matches("[+-]?[0-9]+")) {
      Long value = seconds.parse(text, node, ctx);
      return value == null ? null : Duration.ofSeconds(value);
    }
    Duration value = duration.parse(text, node, ctx);
    if (value != null && value.micros() % 1_000_000 != 0) {
      ctx.error(node, Nodes.quote(text) + " is not a whole number of seconds, as Expires counts;"
          + " expected " + expected());
      return null;
    }
    return value;
  }
}
