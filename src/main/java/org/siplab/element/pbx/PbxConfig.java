package org.siplab.element.pbx;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;

/**
 * How a PBX is set up: Asterisk's {@code sip.conf} (the {@code [general]} context and one section
 * an account) and a one-context dialplan ({@code extensions.conf}). The keys are the scenario
 * file's keys of {@code kind: pbx}, in camelCase.
 *
 * @param domain the domain the PBX answers for ({@code pbx.example.com}); empty: its IP address
 * @param context the dialplan context that holds {@link #extensions}, and the context of accounts
 *     that name none (chan_sip's {@code [general] context=}, {@code "default"} when not given)
 * @param accounts by account name, in file order
 * @param extensions by number, in file order: what dialling the number reaches
 * @param misbehave rules the PBX breaks on purpose, for teaching
 * @param realm the digest realm of its challenges; chan_sip wrote {@code "asterisk"} into its
 *     challenges, and that is the default (the scenario file has no key for it)
 * @param ringTimeoutUs how long a call waits for the callee to answer: the timeout of the
 *     dialplan's {@code Dial()}, the same for every extension here
 */
public record PbxConfig(
    Optional<String> domain,
    String context,
    Map<String, Account> accounts,
    Map<String, Extension> extensions,
    Set<Misbehaviour> misbehave,
    String realm,
    long ringTimeoutUs) {

  /** chan_sip's default context, {@code static char context[] = "default"}. */
  public static final String DEFAULT_CONTEXT = "default";

  /** chan_sip's realm in every challenge it built. */
  public static final String DEFAULT_REALM = "asterisk";

  /**
   * 20 seconds, the timeout of Asterisk's sample dialplan ({@code macro-stdexten}: {@code
   * Dial(${ARG2},20)}, "Ring the interface, 20 seconds maximum"). A {@code Dial()} without a
   * timeout waits as long as the callee rings; the study does not show the dialplan.
   */
  public static final long DEFAULT_RING_TIMEOUT_US = 20_000_000;

  public PbxConfig {
    Objects.requireNonNull(domain, "domain");
    context = context == null ? DEFAULT_CONTEXT : context;
    accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    misbehave = misbehave.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(misbehave));
    realm = realm == null ? DEFAULT_REALM : realm;
    if (ringTimeoutUs <= 0) {
      throw new IllegalArgumentException("the ring timeout must be positive: " + ringTimeoutUs);
    }
    for (Map.Entry<String, Extension> e : extensions.entrySet()) {
      String account = e.getValue().account().orElse(null);
      if (account != null && !accounts.containsKey(account)) {
        throw new IllegalArgumentException("extension " + e.getKey()
            + " dials the unknown account " + account);
      }
    }
  }

  /** The scenario's keys: the realm is chan_sip's {@code "asterisk"}. */
  public PbxConfig(Optional<String> domain, String context, Map<String, Account> accounts,
      Map<String, Extension> extensions, Set<Misbehaviour> misbehave, long ringTimeoutUs) {
    this(domain, context, accounts, extensions, misbehave, DEFAULT_REALM, ringTimeoutUs);
  }

  /** As above, with the default ring timeout, {@link #DEFAULT_RING_TIMEOUT_US}. */
  public PbxConfig(Optional<String> domain, String context, Map<String, Account> accounts,
      Map<String, Extension> extensions, Set<Misbehaviour> misbehave) {
    this(domain, context, accounts, extensions, misbehave, DEFAULT_RING_TIMEOUT_US);
  }

  /** Whether a misbehaviour is switched on. */
  public boolean misbehaves(Misbehaviour m) {
    return misbehave.contains(m);
  }

  /**
   * chan_sip's {@code type=}. The study's lines 32 to 34 word it from the PBX's side ("friend:
   * can make and accept calls. peer: can only make calls. user: can only accept calls."): the PBX
   * makes calls to a peer and accepts calls from a user. chan_sip builds a {@code sip_user} for a
   * user, a {@code sip_peer} for a peer, and both for a friend. A REGISTER and an outgoing call
   * are matched against the peers ({@code register_verify}, {@code create_addr}), so a user
   * neither registers nor is called. An INVITE is matched against the users ({@code
   * check_user}), but 0.2.0 does not act on the outcome (line 292): it takes calls from anyone,
   * so the type refuses no incoming call, here as there.
   */
  public enum AccountType {
    /** Both a user and a peer: it calls in, registers and is called. */
    FRIEND,
    /** Only a peer: it registers (if {@code host=dynamic}) and is called; it calls in as anyone. */
    PEER,
    /** Only a user: it calls in; the PBX never calls it, so it has no address to register. */
    USER;

    /** Whether the PBX places calls to the account, and takes its REGISTER (chan_sip's peers). */
    public boolean mayBeCalled() {
      return this != USER;
    }

    /** The word the scenario file uses: friend, peer or user. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One {@code sip.conf} section.
   *
   * @param type friend, peer or user
   * @param secret its password; none means REGISTER is accepted without a challenge
   * @param host empty for {@code host=dynamic} (it registers its address), else its fixed address
   * @param context the dialplan context its calls start in
   */
  public record Account(AccountType type, Optional<String> secret, Optional<Endpoint> host,
      String context) {

    public Account {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(context, "context");
    }

    /** {@code host=dynamic}: the account tells the PBX where it is with REGISTER. */
    public boolean isDynamic() {
      return host.isEmpty();
    }

    /** A friend with a password that registers, in the given context. */
    public static Account dynamicFriend(String secret, String context) {
      return new Account(AccountType.FRIEND, Optional.of(secret), Optional.empty(), context);
    }
  }

  /**
   * What dialling a number reaches: an account of this PBX, or any SIP URI.
   *
   * @param account the account's name, or empty
   * @param uri the SIP URI, or empty; exactly one of the two is present
   */
  public record Extension(Optional<String> account, Optional<SipUri> uri) {

    public Extension {
      if (account.isPresent() == uri.isPresent()) {
        throw new IllegalArgumentException("an extension dials an account or a SIP URI");
      }
    }

    public static Extension toAccount(String name) {
      return new Extension(Optional.of(name), Optional.empty());
    }

    public static Extension toUri(SipUri uri) {
      return new Extension(Optional.empty(), Optional.of(uri));
    }

    @Override
    public String toString() {
      return account.orElseGet(() -> uri.orElseThrow().toString());
    }
  }

  /** The PBX's deliberate RFC violations, by their scenario-file word. */
  public enum Misbehaviour {
    /**
     * The outgoing leg reuses the incoming call's Call-ID, hiding that a B2BUA makes a second
     * dialog (the checker's CALLID-005 notes it).
     */
    REUSE_CALL_ID("reuse-call-id");

    private final String word;

    Misbehaviour(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    /** The misbehaviour with this scenario-file word. */
    public static Optional<Misbehaviour> of(String word) {
      for (Misbehaviour m : values()) {
        if (m.word.equals(word)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }
}
