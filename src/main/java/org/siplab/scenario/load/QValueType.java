package org.siplab.scenario.load;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A contact's preference, RFC 3261 section 20.10: {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1"
 * [ "." 0*3("0") ] )}, kept as written so that it goes onto the wire exactly so.
 */
final class QValueType extends ScalarType<String> {

  private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

  QValueType() {
    super("q-value", "a q-value from 0 to 1 with at most three decimals, such as 0.5 or 1");
  }

  @Override
  String parse(String text, ScalarNode node, ReadContext ctx) {
    String value = text.strip();
    if (!QVALUE.matcher(value).matches()) {
      ctx.error(node, Nodes.quote(value) + " is not a q-value; expected " + expected()
          + " (RFC 3261 section 20.10)");
      return null;
    }
    return value;
  }
}
