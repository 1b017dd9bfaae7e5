package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.FlowItem;
import org.siplab.scenario.model.Options;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The forms of an expectation other than a state ({@link StateExpectationReader}): a message flow,
 * registrar bindings, and the findings of the rule checker.
 */
final class ExpectSchema {

  /** Rule ids as the checker's catalog writes them ({@code siplab rules}). */
  static final String RULE_ID = "[A-Z]+-[0-9]{3}";

  static final Key<List<FlowItem>> FLOW = Key.required("flow", new FlowType(),
      "the messages sent, in order: from>to MESSAGE, ... for any messages between, and"
          + " { any-order: [...] } for messages in any order among themselves");
  static final Key<Boolean> RETRANSMISSIONS = Key.withDefault("retransmissions",
      retransmissions(), false, "ignore: match first transmissions only; include: every copy");
  static final MappingSchema FLOW_KEYS = new MappingSchema("flow expectation",
      List.of(FLOW, RETRANSMISSIONS));

  static final Key<Map<String, Map<Located<SipUri>, List<SipUri>>>> BINDINGS = Key.required(
      "bindings", Types.mapOf("registrar", Types.element(ElementKind.REGISTRAR, ElementKind.PBX),
          Types.mapOf("AOR", Types.located(Types.aor()), Types.listOf(Types.sipUri()))),
      "registrar to AOR to the contact URIs bound to it, exactly ([] for none)");
  static final Key<Duration> AT = Key.computed("at", Types.expectationTime(), "the end of the run",
      "when to look at the bindings");
  static final MappingSchema BINDINGS_KEYS = new MappingSchema("bindings expectation",
      List.of(BINDINGS, AT));

  static final Key<List<String>> FINDINGS = Key.required("findings", new FindingsType(),
      "none, or the list of rule ids the checker must report, exactly, such as [CSEQ-001]");
  static final MappingSchema FINDINGS_KEYS = new MappingSchema("findings expectation",
      List.of(FINDINGS));

  private ExpectSchema() {}

  static Expectation flow(Options o, Node node, ReadContext ctx) {
    return new Expectation.Flow(FLOW.from(o), RETRANSMISSIONS.from(o), ctx.position(node));
  }

  static Expectation bindings(Options o, Node node, ReadContext ctx) {
    List<Expectation.Binding> bindings = new ArrayList<>();
    BINDINGS.from(o).forEach((registrar, aors) -> aors.forEach((aor, contacts) ->
        bindings.add(new Expectation.Binding(registrar, aor.value(), contacts,
            aor.position()))));
    return new Expectation.Bindings(AT.in(o), bindings, ctx.position(node));
  }

  static Expectation findings(Options o, Node node, ReadContext ctx) {
    return new Expectation.Findings(FINDINGS.from(o), ctx.position(node));
  }

  private static ScalarType<Boolean> retransmissions() {
    Map<String, Boolean> choices = new LinkedHashMap<>();
    choices.put("ignore", false);
    choices.put("include", true);
    return new ChoiceType<>("retransmissions setting", choices);
  }
}
