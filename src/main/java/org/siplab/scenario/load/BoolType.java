package org.siplab.scenario.load;

import java.util.Locale;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * {@code true} or {@code false}, as YAML 1.2 writes them. YAML 1.1's {@code yes}, {@code no},
 * {@code on} and {@code off} are plain text in YAML 1.2, and snakeyaml-engine reads them so.
 */
final class BoolType extends ScalarType<Boolean> {

  private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
  private static final Set<String> YAML_1_1 = Set.of("yes", "no", "on", "off", "y", "n");

  BoolType() {
    super("true/false", "true or false");
  }

  @Override
  Boolean parse(String text, ScalarNode node, ReadContext ctx) {
    if (TRUE.contains(text)) {
      return Boolean.TRUE;
    }
    if (FALSE.contains(text)) {
      return Boolean.FALSE;
    }
    String why = YAML_1_1.contains(text.toLowerCase(Locale.ROOT))
        ? " is text in YAML 1.2, not a boolean"
        : " is not a boolean";
    ctx.error(node, Nodes.quote(text) + why + "; expected true or false");
    return null;
  }
}
