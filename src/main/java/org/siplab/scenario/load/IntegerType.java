package org.siplab.scenario.load;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
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

  /**
   * The number an ordinal names: {@code 1st}, {@code 2nd}, {@code 3RD}, {@code third}, as a
   * student writes {@code nth: 2nd} for the second match; empty for other text.
   */
  static OptionalLong ordinal(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.matches("[0-9]{1,9}(st|nd|rd|th)")) {
      return OptionalLong.of(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    int word = ORDINAL_WORDS.indexOf(t);
    return word < 0 ? OptionalLong.empty() : OptionalLong.of(word + 1);
  }

  private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third",
      "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

  @Override
  Long parse(String text, ScalarNode node, ReadContext ctx) {
    if (!text.matches("[+-]?[0-9]+")) {
      OptionalLong ordinal = ordinal(text);
      ctx.error(node, Nodes.quote(text) + " is not a whole number; expected "
          + (ordinal.isPresent() && ordinal.getAsLong() >= min && ordinal.getAsLong() <= max
              ? "the number alone, " + ordinal.getAsLong() + " (" + expected() + ")"
              : expected()));
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
