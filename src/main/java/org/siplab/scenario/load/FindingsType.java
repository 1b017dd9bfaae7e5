package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import org.siplab.check.Catalog;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** {@code none} (the empty list), or a list of rule ids such as {@code [CSEQ-001, VIA-002]}. */
final class FindingsType implements ValueType<List<String>> {

  static final String NONE = "none";

  @Override
  public List<String> read(Node node, ReadContext ctx) {
    if (node instanceof ScalarNode s && s.getValue().equals(NONE)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode)) {
      ctx.unexpected(node, expected());
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (Node item : ((SequenceNode) node).getValue()) {
      String id = item instanceof ScalarNode s && !Nodes.isNull(s) ? s.getValue() : null;
      if (id != null && id.matches(ExpectSchema.RULE_ID)) {
        if (Catalog.rule(id) == null) {
          // A misspelt id would otherwise only show at the end of a run, as an expectation that
          // can never be met.
          ctx.error(ctx.position((ScalarNode) item, 0), Nodes.quote(id)
              + " is not a rule in siplab's catalog" + Suggest.closest(id, ruleIds())
                  .map(close -> "; did you mean '" + close + "'?")
                  .orElse("; expected one of the rule ids that siplab rules lists"));
        }
        ids.add(id);
      } else {
        ctx.unexpected(item, "a rule id such as"
            + " CSEQ-001: capital letters, '-' and three digits (siplab rules lists them)");
      }
    }
    return ids;
  }

  private static List<String> ruleIds() {
    return Catalog.rules().stream().map(r -> r.info().id()).toList();
  }

  @Override
  public String name() {
    return "none or list of rule ids";
  }

  @Override
  public String expected() {
    return "none, or a list of rule ids such as [CSEQ-001]";
  }
}
