package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.check.Catalog;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** {@code none} (the empty list), or a list of rule ids such as {@code [CSEQ-001, VIA-002]}. */
final class FindingsType implements ValueType<List<String>> {

  static final String NONE = "none";

  /** A rule id in any case, with or without its '-' and its leading zeros. */
  private static final Pattern LOOSE_ID = Pattern.compile("([A-Za-z]+)[-_ ]?0*([0-9]{1,3})");

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
      } else if (id != null && meant(id) != null) {
        ctx.error(item, Nodes.quote(id) + " is not written as a rule id; did you mean '"
            + meant(id) + "'? (capital letters, '-' and three digits)");
      } else {
        ctx.unexpected(item, "a rule id such as"
            + " CSEQ-001: capital letters, '-' and three digits (siplab rules lists them)");
      }
    }
    return ids;
  }

  /**
   * The catalog's id for one written in lower case or with fewer digits ({@code cseq-001},
   * {@code CSEQ-1}, {@code cseq1}), or null when there is none such.
   */
  private static String meant(String written) {
    Matcher m = LOOSE_ID.matcher(written.strip());
    if (!m.matches()) {
      return null;
    }
    String id = m.group(1).toUpperCase(Locale.ROOT) + "-"
        + String.format(Locale.ROOT, "%03d", Integer.parseInt(m.group(2)));
    return Catalog.rule(id) == null ? null : id;
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
