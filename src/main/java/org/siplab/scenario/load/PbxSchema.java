package org.siplab.scenario.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementCore;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.PbxSpec;
import org.siplab.scenario.model.PbxSpec.Account;
import org.siplab.scenario.model.PbxSpec.AccountType;
import org.siplab.scenario.model.PbxSpec.Extension;
import org.siplab.sim.Endpoint;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** The table of a PBX after Asterisk's chan_sip ({@code sip.conf} and {@code extensions.conf}). */
final class PbxSchema {

  static final Key<AccountType> TYPE = Key.withDefault("type",
      Types.choice("account type", AccountType.class), AccountType.FRIEND,
      "friend or peer: registers and is called; user: neither; any type may call in (chan_sip"
          + " 0.2.0 took calls from anyone)");
  static final Key<String> SECRET = Key.optional("secret", Types.text(),
      "its password; none means no authentication");
  static final Key<Optional<Endpoint>> HOST = Key.withDefault("host", new HostType(),
      Optional.empty(), "dynamic: it registers its address; or its fixed address");
  static final Key<String> ACCOUNT_CONTEXT = Key.computed("context", Types.word(),
      "the PBX's context", "the dialplan context its calls start in");
  static final MappingSchema ACCOUNT_KEYS = new MappingSchema("account",
      List.of(TYPE, SECRET, HOST, ACCOUNT_CONTEXT));

  static final Key<String> DOMAIN = Key.optional("domain", Types.domain(),
      "the domain it answers for, such as pbx.example.com");
  static final Key<String> CONTEXT = Key.withDefault("context", Types.word(), "default",
      "the dialplan context of accounts that name none");
  static final Key<Map<String, Options>> ACCOUNTS = Key.withDefault("accounts",
      Types.mapOf("account", Types.word(), Types.record(ACCOUNT_KEYS)), Map.of(),
      "the sip.conf sections: account name to its settings");
  static final Key<Map<Located<String>, Located<String>>> EXTENSIONS = Key.withDefault(
      "extensions", Types.mapOf("extension", Types.located(Types.word()),
          Types.located(Types.word())), Map.of(),
      "the dialplan: number to an account name or a SIP URI, such as \"100\": alice");

  static final Key<Duration> RING_TIMEOUT = Key.withDefault("ring-timeout",
      Types.positiveDuration(), Duration.ofSeconds(20), "how long a call rings unanswered before"
          + " the PBX cancels it and answers the caller 480 (408 if the callee sent nothing): the"
          + " timeout of the dialplan's Dial(), 20 s as in Asterisk's sample dialplan");

  static final KindSchema SCHEMA = KindSchema.of(ElementKind.PBX, PbxSchema::build)
      .keys(DOMAIN, CONTEXT, ACCOUNTS, EXTENSIONS, RING_TIMEOUT)
      .misbehaviours(
          Term.of("reuse-call-id", "uses the incoming call's Call-ID on the outgoing leg"))
      .build();

  private PbxSchema() {}

  private static PbxSpec build(ElementCore core, Options o, MappingNode node, ReadContext ctx) {
    String context = CONTEXT.from(o);
    Map<String, Account> accounts = new LinkedHashMap<>();
    ACCOUNTS.from(o).forEach((name, a) -> accounts.put(name, new Account(name, TYPE.from(a),
        SECRET.in(a), HOST.from(a), ACCOUNT_CONTEXT.in(a).orElse(context))));
    Map<String, Extension> extensions = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<Located<String>, Located<String>> e : EXTENSIONS.from(o).entrySet()) {
      Extension extension = extension(e.getKey().value(), e.getValue(), accounts, ctx);
      ok &= extension != null;
      if (extension != null) {
        extensions.put(extension.number(), extension);
      }
    }
    return ok ? new PbxSpec(core, DOMAIN.in(o), context, accounts, extensions,
        RING_TIMEOUT.from(o)) : null;
  }

  /** An extension that dials {@code target}: a SIP URI if it has a colon, else an account. */
  private static Extension extension(String number, Located<String> target,
      Map<String, Account> accounts, ReadContext ctx) {
    String text = target.value();
    if (text.contains(":")) {
      Parsed<SipUri> uri = SipUriType.read(text);
      if (!uri.ok()) {
        ctx.error(target.position(), uri.problem());
        return null;
      }
      return new Extension(number, Optional.empty(), Optional.of(uri.value()));
    }
    if (!accounts.containsKey(text)) {
      ctx.error(target.position(), "extension " + number + " dials the unknown account "
          + Nodes.quote(text) + Suggest.hint(text, accounts.keySet(),
              "an account listed under accounts, or a SIP URI"));
      return null;
    }
    return new Extension(number, Optional.of(text), Optional.empty());
  }
}
