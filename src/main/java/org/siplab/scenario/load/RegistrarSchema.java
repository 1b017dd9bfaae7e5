package org.siplab.scenario.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.auth.DigestAlgorithm;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementCore;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.RegistrarSpec;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** The table of a registrar. */
final class RegistrarSchema {

  static final Key<String> DOMAIN = Key.required("domain", Types.domain(),
      "the domain whose AORs it registers, such as example.com");
  static final Key<Map<String, String>> USERS = Key.withDefault("users",
      Types.mapOf("user", Types.word(), Types.text()), Map.of(),
      "user name to password; with none, every REGISTER is accepted unchallenged");
  static final Key<String> REALM = Key.computed("realm", Types.line(), "the domain",
      "the realm of its challenges");
  static final Key<DigestAlgorithm> ALGORITHM = Key.withDefault("algorithm",
      new ChoiceType<>("digest algorithm", algorithms()), DigestAlgorithm.MD5,
      "the digest algorithm of its challenges");
  static final Key<Duration> MIN_EXPIRES = Key.withDefault("min-expires", Types.duration(),
      Duration.ofSeconds(60), "shorter registrations get 423 Interval Too Brief (10.3 step 7)");
  static final Key<Duration> MAX_EXPIRES = Key.optional("max-expires", Types.duration(),
      "longer registrations are cut down to this");
  static final Key<Duration> NONCE_LIFETIME = Key.optional("nonce-lifetime",
      Types.positiveDuration(), "how long a nonce stays valid (5 minutes when not set); a request"
          + " with an older nonce gets a new challenge with stale=true, and one twice as old,"
          + " which the registrar has forgotten, a new challenge without it");
  static final Key<Map<Located<String>, List<SipUri>>> PERMISSIONS = Key.computed("permissions",
      Types.mapOf("user", Types.located(Types.word()), Types.listOf(Types.aor())),
      "each user its own AOR", "which AORs a user may register: user name to a list of AORs");

  static final KindSchema SCHEMA = KindSchema.of(ElementKind.REGISTRAR, RegistrarSchema::build)
      .keys(DOMAIN, USERS, REALM, ALGORITHM, MIN_EXPIRES, MAX_EXPIRES, NONCE_LIFETIME,
          PERMISSIONS)
      .misbehaviours(
          Term.of("ignore-cseq-order", "accepts a REGISTER whose CSeq is not above the last one"
              + " for its Call-ID (10.3 step 7)"))
      .build();

  private RegistrarSchema() {}

  private static RegistrarSpec build(
      ElementCore core, Options o, MappingNode node, ReadContext ctx) {
    Map<String, String> users = USERS.from(o);
    Map<String, List<SipUri>> permissions = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<Located<String>, List<SipUri>> p : PERMISSIONS.in(o).orElse(Map.of())
        .entrySet()) {
      String user = p.getKey().value();
      if (!users.containsKey(user)) {
        ctx.error(p.getKey().position(), "permissions name the unknown user " + Nodes.quote(user)
            + Suggest.hint(user, users.keySet(), "a user listed under users"));
        ok = false;
      }
      permissions.put(user, p.getValue());
    }
    ok &= expiresInOrder(o, ctx);
    if (!ok) {
      return null;
    }
    String domain = DOMAIN.from(o);
    return new RegistrarSpec(core, domain, users, REALM.in(o).orElse(domain), ALGORITHM.from(o),
        MIN_EXPIRES.from(o), MAX_EXPIRES.in(o), NONCE_LIFETIME.in(o), permissions);
  }

  private static boolean expiresInOrder(Options o, ReadContext ctx) {
    Duration min = MIN_EXPIRES.from(o);
    if (MAX_EXPIRES.in(o).isPresent() && MAX_EXPIRES.from(o).compareTo(min) < 0) {
      ctx.error(o.position(MAX_EXPIRES.name()).orElseThrow(), "max-expires "
          + MAX_EXPIRES.from(o) + " is below min-expires " + min + "; expected at least " + min);
      return false;
    }
    return true;
  }

  private static Map<String, DigestAlgorithm> algorithms() {
    Map<String, DigestAlgorithm> algorithms = new LinkedHashMap<>();
    algorithms.put(DigestAlgorithm.MD5.token(), DigestAlgorithm.MD5);
    algorithms.put(DigestAlgorithm.SHA_256.token(), DigestAlgorithm.SHA_256);
    return algorithms;
  }
}
