package org.siplab.scenario.load;

import java.math.BigInteger;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A whole number in {@code [min, max]}, written in decimal. */
final class IntegerType extends ScalarType<Long> {

  /** More significant digits than a long holds: out of range, without parsing a huge number. */
  private static final int MAX_DIGITS = 19;

  private final long min;
  private final long max;

  IntegerType(long min, long max) {
    super("whole number", "a whole number from " + min + " to " + max);
    this.min = min;
    this.max = max;
  }

  @Override
  Long parse(String text, ScalarNode node, ReadContext ctx) {
    if (!text.matches("[+-]?[0-9]+")) {
      ctx.error(node, Nodes.quote(text) + " is not a whole number; expected " + expected());
      return null;
    }
    boolean negative = text.startsWith("-");
    boolean huge = text.replaceFirst("^[+-]?0*", "").length() > MAX_DIGITS;
    BigInteger value = huge ? null : new BigInteger(text);
    if (huge ? negative : value.compareTo(BigInteger.valueOf(min)) < 0) {
      ctx.error(node, Nodes.quote(text) + " is below " + min + "; expected " + expected());
      return null;
    }
    if (huge || value.compareTo(BigInteger.valueOf(max)) > 0) {
      ctx.error(node, Nodes.quote(text) + " is above " + max + "; expected " + expected());
      return null;
    }
    return value.longValueExact();
  }
}
