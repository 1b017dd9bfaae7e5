package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import org.siplab.scenario.model.Expectation;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code expect:} list. The key an item has tells its form: {@code by} a state, {@code flow} a
 * message flow, {@code bindings} registrar bindings, {@code findings} the rule checker's findings.
 */
final class ExpectationsType implements ValueType<List<Expectation>> {

  private static final List<String> FORMS =
      List.of(StateExpectationReader.BY, "flow", "bindings", "findings");
  private static final String EXAMPLES = "{ by: 4s, alice: in-call }, { flow: [...] },"
      + " { bindings: {...} } or { findings: none }";

  private final RecordType<Expectation> flow =
      new RecordType<>(ExpectSchema.FLOW_KEYS, ExpectSchema::flow);
  private final RecordType<Expectation> bindings =
      new RecordType<>(ExpectSchema.BINDINGS_KEYS, ExpectSchema::bindings);
  private final RecordType<Expectation> findings =
      new RecordType<>(ExpectSchema.FINDINGS_KEYS, ExpectSchema::findings);

  @Override
  public List<Expectation> read(Node node, ReadContext ctx) {
    if (!(node instanceof SequenceNode)) {
      ctx.unexpected(node, expected());
      return null;
    }
    List<Expectation> expectations = new ArrayList<>();
    for (Node item : ((SequenceNode) node).getValue()) {
      expectations.addAll(item(item, ctx));
    }
    return expectations;
  }

  private List<Expectation> item(Node node, ReadContext ctx) {
    if (!(node instanceof MappingNode)) {
      ctx.unexpected(node, "an expectation such as "
          + EXAMPLES);
      return List.of();
    }
    MappingNode mapping = (MappingNode) node;
    List<String> forms = forms(mapping);
    if (forms.size() != 1) {
      ctx.error(node, forms.isEmpty() ? noForm(mapping, ctx)
          : "an expectation has both '" + forms.get(0) + "' and '" + forms.get(1) + "'; expected"
              + " one of them in each list item");
      return List.of();
    }
    String form = forms.get(0);
    if (form.equals(StateExpectationReader.BY)) {
      return StateExpectationReader.read(mapping, ctx);
    }
    RecordType<Expectation> type = form.equals("flow") ? flow
        : form.equals("bindings") ? bindings : findings;
    Expectation expectation = type.read(node, ctx);
    return expectation == null ? List.of() : List.of(expectation);
  }

  private static List<String> forms(MappingNode mapping) {
    List<String> forms = new ArrayList<>();
    for (String form : FORMS) {
      if (Nodes.valueOf(mapping, form) != null) {
        forms.add(form);
      }
    }
    return forms;
  }

  private static String noForm(MappingNode mapping, ReadContext ctx) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        String glued = MappingSchema.gluedPrefix(key.getValue());
        if (glued != null && FORMS.contains(glued)) {
          return MappingSchema.missingSpace(key.getValue(), glued);
        }
        if (ctx.elements().contains(key.getValue())) {
          // at: is the word of script steps and of bindings, the two neighbours of a state.
          String at = Nodes.valueOf(mapping, "at") != null ? " (at: goes with script steps and"
              + " bindings; a state expectation says by:)" : "";
          return "a state expectation has no 'by'" + at + "; expected such as { by: 4s, "
              + key.getValue() + ": in-call }";
        }
        if (Suggest.closest(key.getValue(), FORMS).isPresent()) {
          return "unknown expectation " + Nodes.quote(key.getValue())
              + Suggest.hint(key.getValue(), FORMS, "");
        }
      }
    }
    return "an expectation needs one of " + String.join(", ", FORMS) + "; expected " + EXAMPLES;
  }

  @Override
  public String name() {
    return "list of expectations";
  }

  @Override
  public String expected() {
    return "a list of expectations such as " + EXAMPLES;
  }
}
