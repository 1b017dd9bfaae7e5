package org.siplab.scenario.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementCore;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.ProxySpec.Auth;
import org.siplab.scenario.model.ProxySpec.Forking;
import org.siplab.sim.Endpoint;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** The table of a stateful proxy. */
final class ProxySchema {

  static final Key<String> REALM = Key.computed("realm", Types.line(), "the proxy's domain",
      "the realm of its challenges");
  static final Key<Map<String, String>> USERS = Key.required("users",
      Types.mapOf("user", Types.word(), Types.text()), "who may use it: user name to password");
  static final MappingSchema AUTH_KEYS = new MappingSchema("auth", List.of(REALM, USERS));

  static final Key<String> DOMAIN = Key.optional("domain", Types.domain(),
      "the domain it is responsible for, such as example.com");
  static final Key<String> REGISTRAR = Key.optional("registrar",
      Types.element(ElementKind.REGISTRAR), "the registrar whose location service it routes with,"
      + " and where it passes on the REGISTER requests for its domain");
  static final Key<Boolean> RECORD_ROUTE = Key.withDefault("record-route", Types.bool(), true,
      "add Record-Route, so it stays on the path of later requests in a dialog");
  static final Key<Options> AUTH = Key.optional("auth", Types.record(AUTH_KEYS),
      "challenge requests with 407 Proxy Authentication Required");
  static final Key<Forking> FORKING = Key.withDefault("forking",
      Types.choice("forking mode", Forking.class), Forking.PARALLEL,
      "how it tries several contacts: all at once, or one after another");
  static final Key<Duration> TIMER_C = Key.withDefault("timer-c", Types.positiveDuration(),
      Duration.ofSeconds(181), "how long it waits on a ringing INVITE branch; section 16.6"
          + " step 11 says it MUST be larger than 3 minutes; 3m or less runs, with a note");
  static final Key<Boolean> ALG = Key.withDefault("alg", Types.bool(), false,
      "act as a SIP ALG: rewrite SDP addresses to public-address");
  static final Key<Endpoint> PUBLIC_ADDRESS = Key.optional("public-address", Types.address(),
      "the address an ALG writes into SDP; required with alg: true");

  static final KindSchema SCHEMA = KindSchema.of(ElementKind.PROXY, ProxySchema::build)
      .keys(DOMAIN, REGISTRAR, RECORD_ROUTE, AUTH, FORKING, TIMER_C, ALG, PUBLIC_ADDRESS)
      .misbehaviours(
          Term.of("no-max-forwards-decrement", "forwards requests without decrementing"
              + " Max-Forwards (16.6 step 3)"),
          Term.of("keep-via", "forwards responses with its own Via still on top (16.7 step 3)"),
          Term.of("no-via", "forwards requests without adding its Via (16.6 step 8)"),
          Term.of("change-call-id", "changes the Call-ID of the requests it forwards (16.6)"),
          Term.of("timeout-480", "answers 480 instead of 408 when all its branches time out"
              + " (16.7 step 6)"))
      .build();

  private ProxySchema() {}

  private static ProxySpec build(ElementCore core, Options o, MappingNode node, ReadContext ctx) {
    boolean alg = ALG.from(o);
    if (alg && PUBLIC_ADDRESS.in(o).isEmpty()) {
      ctx.error(o.position(ALG.name()).orElseThrow(), "alg: true needs the public address the"
          + " ALG writes into SDP; expected public-address: such as 203.0.113.1");
      return null;
    }
    if (!alg && PUBLIC_ADDRESS.in(o).isPresent()) {
      ctx.error(o.position(PUBLIC_ADDRESS.name()).orElseThrow(), "public-address is used only"
          + " by an ALG; expected alg: true with it, or no public-address");
      return null;
    }
    Optional<Auth> auth = AUTH.in(o).map(a -> auth(a, DOMAIN.in(o)));
    if (auth.isPresent() && auth.get().realm() == null) {
      ctx.error(o.position(AUTH.name()).orElseThrow(), "auth has no realm and the proxy no"
          + " domain to take it from; expected realm: such as example.com");
      return null;
    }
    return new ProxySpec(core, DOMAIN.in(o), REGISTRAR.in(o), RECORD_ROUTE.from(o), auth,
        FORKING.from(o), TIMER_C.from(o), alg, PUBLIC_ADDRESS.in(o));
  }

  private static Auth auth(Options auth, Optional<String> domain) {
    return new Auth(REALM.in(auth).or(() -> domain).orElse(null), USERS.from(auth));
  }
}
