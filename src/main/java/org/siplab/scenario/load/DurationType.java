package org.siplab.scenario.load;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.scenario.model.Duration;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A span of virtual time: a number and a unit, {@code 250us}, {@code 500ms}, {@code 1.5s},
 * {@code 2m}, {@code 1h}. A bare {@code 0} is zero; any other bare number is an error, because
 * {@code 500} could mean milliseconds or seconds.
 */
final class DurationType extends ScalarType<Duration> {

  static final String UNITS = "us, ms, s, m, h";

  /** The forms a duration takes, as scenarios/README.md gives them. */
  private static final String FORMS = "one number and one unit, with no space or one space"
      + " between: 500ms, 1.5s, 20 ms; units: " + UNITS;

  private static final Map<String, Long> MICROS_PER_UNIT = new LinkedHashMap<>();

  static {
    MICROS_PER_UNIT.put("us", 1L);
    MICROS_PER_UNIT.put("ms", 1_000L);
    MICROS_PER_UNIT.put("s", 1_000_000L);
    MICROS_PER_UNIT.put("m", 60_000_000L);
    MICROS_PER_UNIT.put("h", 3_600_000_000L);
  }

  /**
   * Units people write from habit (other tools, prose, the Greek micro sign), by the unit siplab
   * spells them with; a unit not here and not {@link #MICROS_PER_UNIT}'s gets no suggestion.
   */
  private static final Map<String, String> UNIT_SPELLINGS = new LinkedHashMap<>();

  static {
    for (String us : new String[] {"\u00b5s", "\u03bcs", "usec", "usecs", "micros",
        "microsecond", "microseconds"}) {
      UNIT_SPELLINGS.put(us, "us");
    }
    for (String ms : new String[] {"msec", "msecs", "millis", "millisecond", "milliseconds"}) {
      UNIT_SPELLINGS.put(ms, "ms");
    }
    for (String s : new String[] {"sec", "secs", "second", "seconds"}) {
      UNIT_SPELLINGS.put(s, "s");
    }
    for (String m : new String[] {"min", "mins", "minute", "minutes"}) {
      UNIT_SPELLINGS.put(m, "m");
    }
    for (String h : new String[] {"hr", "hrs", "hour", "hours"}) {
      UNIT_SPELLINGS.put(h, "h");
    }
  }

  /** A sign, a number, an optional space, letters (the micro signs too, to suggest us). */
  private static final Pattern FORM =
      Pattern.compile("([+-]?)([0-9]*\\.?[0-9]+) ?([A-Za-z\u00b5\u03bc]*)");

  private final Duration max;
  private final String negativeMessage;
  /** Whether zero is refused: a timer that must run for some time. */
  private final boolean positive;

  /**
   * @param negativeMessage what to say after the value when it is negative, such as {@code is
   *     negative; expected a duration of 0s or more}
   */
  DurationType(Duration max, String negativeMessage) {
    this(max, negativeMessage, false);
  }

  private DurationType(Duration max, String negativeMessage, boolean positive) {
    super("duration", "a duration such as 500ms or 2s (units: " + UNITS + ")");
    this.max = max;
    this.negativeMessage = negativeMessage;
    this.positive = positive;
  }

  /** The same type, refusing zero as well. */
  DurationType positive() {
    return new DurationType(max, "is negative; expected a duration longer than 0s, such as 2s",
        true);
  }

  @Override
  Duration parse(String text, ScalarNode node, ReadContext ctx) {
    Parsed<Duration> read = read(text.strip());
    if (positive && read.ok() && read.value().micros() == 0) {
      read = Parsed.failure(0, Nodes.quote(text.strip()) + " is zero; this timer must run for"
          + " some time; expected a duration longer than 0s, such as 2s");
    }
    return read.reportTo(ctx, node, 0);
  }

  private Parsed<Duration> read(String text) {
    if (text.equals("0")) {
      return Parsed.of(Duration.ZERO);
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Parsed.failure(0, Nodes.quote(text) + " is not a duration; " + sumMeant(text)
          .or(() -> decimalComma(text)).or(() -> spacedMeant(text))
          .map(d -> "did you mean '" + d + "'? (" + FORMS + ")")
          .orElse("expected " + FORMS));
    }
    if (m.group(3).isEmpty()) {
      return Parsed.failure(0, Nodes.quote(text) + " has no unit; expected a duration such as "
          + m.group(2) + "ms or " + m.group(2) + "s (units: " + UNITS + ")");
    }
    Long unit = MICROS_PER_UNIT.get(m.group(3));
    if (unit == null) {
      return Parsed.failure(0, Nodes.quote(text) + " has the unknown unit '" + m.group(3)
          + "'; " + meant(m.group(1) + m.group(2), m.group(3)).map(d -> "did you mean '" + d
              + "'? (units: " + UNITS + ")")
          .orElse("expected one of the units " + UNITS + ", such as 2s"));
    }
    if (m.group(1).equals("-") && !isZero(m.group(2))) {
      return Parsed.failure(0, Nodes.quote(text) + " " + negativeMessage);
    }
    return micros(text, new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(unit)));
  }

  /**
   * The duration meant by a number with a unit siplab does not know: {@code 5sec} is {@code 5s},
   * {@code 2S} is {@code 2s}; a unit known only in another case ({@code MS}) or spelt the way of
   * other tools ({@code min}, {@code µs}). Nothing for a unit that names none of them.
   */
  private static Optional<String> meant(String number, String unit) {
    String lower = unit.toLowerCase(Locale.ROOT);
    String known = MICROS_PER_UNIT.containsKey(lower) ? lower : UNIT_SPELLINGS.get(lower);
    return Optional.ofNullable(known).map(u -> number + u);
  }

  /** A duration written in parts, as some tools take it: {@code 1m30s}, {@code 1s500ms}. */
  private static final Pattern PARTS = Pattern.compile("([0-9]+)(us|ms|s|m|h)");

  /**
   * The one duration that a sum of parts ({@code 1m30s}) stands for, in the largest unit that
   * keeps it whole ({@code 90s}); nothing when the text is not such a sum.
   */
  private static Optional<String> sumMeant(String text) {
    if (!text.matches("(" + PARTS.pattern() + ")+")) {
      return Optional.empty();
    }
    // BigDecimal, as for one number: the parts may have any number of digits.
    BigDecimal micros = BigDecimal.ZERO;
    Matcher part = PARTS.matcher(text);
    while (part.find()) {
      micros = micros.add(new BigDecimal(part.group(1))
          .multiply(BigDecimal.valueOf(MICROS_PER_UNIT.get(part.group(2)))));
    }
    for (String unit : new String[] {"s", "ms", "us"}) {
      BigDecimal[] split = micros.divideAndRemainder(BigDecimal.valueOf(MICROS_PER_UNIT.get(unit)));
      if (split[1].signum() == 0) {
        return Optional.of(split[0].toPlainString() + unit);
      }
    }
    throw new AssertionError("a whole number of microseconds: " + micros);
  }

  /**
   * The duration meant by one written with more space than one before its unit ({@code 1  s}:
   * {@code 1s}) or in parts with spaces ({@code 1m 30s}, {@code 1 m 30 s}: {@code 90s}); nothing
   * when the text without its spaces is not a duration either.
   */
  private static Optional<String> spacedMeant(String text) {
    String squeezed = text.replaceAll("\\s+", "");
    if (squeezed.equals(text)) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(squeezed);
    if (m.matches() && !m.group(3).isEmpty()) {
      return MICROS_PER_UNIT.containsKey(m.group(3)) ? Optional.of(squeezed)
          : meant(m.group(1) + m.group(2), m.group(3));
    }
    return sumMeant(squeezed);
  }

  /** {@code 1,5s} with the decimal point many languages write as a comma: {@code 1.5s}. */
  private static Optional<String> decimalComma(String text) {
    String pointed = text.replaceFirst("^([0-9]+),([0-9]+)", "$1.$2");
    return !pointed.equals(text) && FORM.matcher(pointed).matches()
        ? Optional.of(pointed) : Optional.empty();
  }

  private Parsed<Duration> micros(String text, BigDecimal micros) {
    if (micros.stripTrailingZeros().scale() > 0) {
      return Parsed.failure(0, Nodes.quote(text) + " is finer than a microsecond, the"
          + " simulator's unit; expected a whole number of microseconds, such as 250us");
    }
    if (micros.compareTo(BigDecimal.valueOf(max.micros())) > 0) {
      return Parsed.failure(0, Nodes.quote(text) + " is longer than " + max
          + ", the longest this value may be; expected at most " + max);
    }
    return Parsed.of(Duration.ofMicros(micros.longValueExact()));
  }

  private static boolean isZero(String number) {
    return new BigDecimal(number).signum() == 0;
  }

  @Override
  public String format(Duration value) {
    return value.toString();
  }
}
