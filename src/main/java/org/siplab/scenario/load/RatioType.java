package org.siplab.scenario.load;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A share from 0 to 1, written as a percentage ({@code 20%}) or a fraction ({@code 0.2}). */
final class RatioType extends ScalarType<Double> {

  private static final Pattern FORM = Pattern.compile("([+-]?[0-9]*\\.?[0-9]+) ?(%?)");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  RatioType() {
    super("ratio", "a ratio from 0% to 100% (or 0 to 1), such as 20% or 0.2");
  }

  @Override
  Double parse(String text, ScalarNode node, ReadContext ctx) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      ctx.error(node, Nodes.quote(text) + " is not a ratio; expected " + expected());
      return null;
    }
    boolean percent = !m.group(2).isEmpty();
    BigDecimal value = new BigDecimal(m.group(1));
    BigDecimal ratio = percent ? value.divide(HUNDRED) : value;
    if (ratio.signum() < 0) {
      ctx.error(node, Nodes.quote(text) + " is below 0; expected " + expected());
      return null;
    }
    if (!percent && m.group(1).matches("[0-9]+") && ratio.compareTo(HUNDRED) <= 0
        && ratio.compareTo(BigDecimal.ONE) > 0) {
      // loss: 5 is 5% written without its sign, the one way a whole number above 1 makes sense.
      ctx.error(node, Nodes.quote(text) + " is above 1; did you mean '" + m.group(1) + "%'? (a"
          + " ratio is from 0% to 100%, or from 0 to 1)");
      return null;
    }
    if (ratio.compareTo(BigDecimal.ONE) > 0) {
      ctx.error(node, Nodes.quote(text) + " is above " + (percent ? "100%" : "1")
          + "; expected " + expected());
      return null;
    }
    return ratio.doubleValue();
  }

  @Override
  public String format(Double value) {
    return BigDecimal.valueOf(value).multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
  }
}
