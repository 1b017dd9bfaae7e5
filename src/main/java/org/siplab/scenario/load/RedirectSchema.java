package org.siplab.scenario.load;

import java.util.List;
import java.util.Map;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.ElementCore;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.RedirectSpec;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** The table of a redirect server. */
final class RedirectSchema {

  static final Key<String> DOMAIN = Key.optional("domain", Types.domain(),
      "the domain it answers for, such as example.com");
  static final Key<String> REGISTRAR = Key.optional("registrar",
      Types.element(ElementKind.REGISTRAR),
      "the registrar whose location service gives the contacts (or give contacts)");
  static final Key<Map<SipUri, List<SipUri>>> CONTACTS = Key.optional("contacts",
      Types.mapOf("AOR", Types.aor(), Types.listOf(Types.sipUri())),
      "fixed contacts instead of a registrar: AOR to a list of contact URIs");

  static final KindSchema SCHEMA = KindSchema.of(ElementKind.REDIRECT, RedirectSchema::build)
      .keys(DOMAIN, REGISTRAR, CONTACTS)
      .misbehaviours(
          Term.of("drop-to-tag", "sends its responses without a To tag (8.2.6.2)"))
      .build();

  private RedirectSchema() {}

  private static RedirectSpec build(
      ElementCore core, Options o, MappingNode node, ReadContext ctx) {
    boolean registrar = REGISTRAR.in(o).isPresent();
    boolean contacts = CONTACTS.in(o).isPresent();
    if (registrar == contacts) {
      ctx.error(node, "redirect '" + core.name() + "' has " + (registrar ? "both" : "neither")
          + " 'registrar' " + (registrar ? "and" : "nor") + " 'contacts'; expected exactly one"
          + " of them, to say where the contacts come from");
      return null;
    }
    return new RedirectSpec(core, DOMAIN.in(o), REGISTRAR.in(o), CONTACTS.in(o).orElse(Map.of()));
  }
}
