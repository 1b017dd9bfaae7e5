package org.siplab.element.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.auth.NonceSource;
import org.siplab.auth.VerificationOutcome;
import org.siplab.dialog.TimerService;
import org.siplab.dialog.UserAgentCore;
import org.siplab.element.ElementContext;
import org.siplab.element.LocationService;
import org.siplab.element.pbx.PbxConfig.Account;
import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.transaction.ServerTransaction;

/**
 * The PBX's registrar half (RFC 3261 section 10.3), after chan_sip: {@code register_verify} finds
 * the account named in the To header among the peers with {@code host=dynamic}, {@code
 * check_auth} asks for and checks its secret, {@code parse_contact} remembers the Contact and
 * schedules {@code expire_register} with {@code ast_sched_add}. Like chan_sip's {@code
 * sip_peer.addr}, an account has one address: a new Contact replaces the old one.
 *
 * <p>The study shows {@code register_verify} only from its caller (lines 314-315): when it
 * fails, chan_sip 0.2.0 sends {@code transmit_response(p, "401 Unauthorized", &p->initreq)}, a
 * 401 with no {@code WWW-Authenticate}, whatever the reason; when it succeeds, 200 OK. Here each
 * reason gets its own answer: 404 for a name that is no account or an address-of-record of
 * another domain (RFC 3261 section 10.3 step 5),
 * 403 for an account that may not register, a user or one with a fixed host (no password would
 * help, section 21.4.4, as with step 4's 403), and 401 only with a Digest challenge, when the
 * credentials are missing or wrong (section 22.2: "The WWW-Authenticate response-header field
 * MUST be included in 401 (Unauthorized) response messages").
 *
 * <p>It is also a {@link LocationService}, so that a scenario can ask which contacts the PBX
 * knows for an address-of-record, as it asks a registrar.
 */
final class Registrations implements LocationService {

  /** chan_sip's {@code DEFAULT_EXPIREY}: the seconds granted when the REGISTER asks for none. */
  static final long DEFAULT_EXPIRY_S = 120;

  /**
   * The longest registration granted: a longer request is shortened to an hour, as RFC 3261
   * section 10.3 step 7 allows ("The registrar MAY choose an expiration less than the requested
   * expiration interval"). This is siplab's choice, not chan_sip's: the study does not show
   * {@code parse_contact}'s body, and the chan_sip of that time has a {@code MAX_EXPIREY} of an
   * hour but resets an interval above it to {@code DEFAULT_EXPIREY} rather than capping it.
   */
  static final long MAX_EXPIRY_S = 3600;

  /** One account's registered address, its expiry, and the REGISTER that set it. */
  private record Registration(String aor, NameAddress contact, long expiresAtUs, String callId,
      long cseq, TimerService.Handle expiry) {}

  private final String element;
  private final PbxConfig config;
  private final ElementContext context;
  private final UserAgentCore core;
  private final DigestCheck digest;
  private final OwnDomain own;
  private final Map<String, Registration> byAccount = new LinkedHashMap<>();

  Registrations(PbxConfig config, ElementContext context, UserAgentCore core, OwnDomain own) {
    this.element = context.name();
    this.config = config;
    this.context = context;
    this.core = core;
    this.own = own;
    Map<String, String> secrets = new LinkedHashMap<>();
    config.accounts().forEach((name, a) -> a.secret().ifPresent(s -> secrets.put(name, s)));
    this.digest = new DigestCheck(config.realm(), NonceSource.hex(context.random(), 16), secrets);
  }

  /**
   * chan_sip's {@code register_verify}: the final response to a REGISTER whose 100 Trying has
   * gone. The account is the user part of the To URI (10.3 step 5: "The registrar extracts the
   * address-of-record from the To header field").
   */
  SipResponse registerVerify(ServerTransaction tx) {
    SipRequest request = tx.request();
    Optional<SipResponse> elsewhere = requestUri(tx);
    if (elsewhere.isPresent()) {
      return elsewhere.get();
    }
    SipUri aor = request.to().sipUri();
    if (aor != null && !own.names(aor)) {
      // Section 10.3 step 5: "If the address-of-record is not valid for the domain in the
      // Request-URI, the registrar MUST send a 404 (Not Found) response". chan_sip 0.2.0 looked
      // at the name only; an account is an address of the PBX's domain, not of any domain.
      return refuse(tx, 404, aor.aorKey() + " is not an address-of-record of " + own.text());
    }
    String name = aor == null ? null : aor.userUnescaped();
    Account account = name == null ? null : config.accounts().get(name);
    if (account == null) {
      // Section 10.3 step 5: "If the address-of-record is not valid for the domain in the
      // Request-URI, the registrar MUST send a 404 (Not Found) response".
      return refuse(tx, 404, "no account named " + name + " in sip.conf");
    }
    if (!account.type().mayBeCalled()) {
      // chan_sip 0.2.0 answers this, like every failure of register_verify, with a plain 401
      // (the study's line 315); no password helps, so 403 (section 21.4.4), not a challenge.
      return refuse(tx, 403, "account " + name + " is a user: the PBX takes calls from it but"
          + " never calls it, so it has no address to register (chan_sip's register_verify"
          + " looks among the peers only)");
    }
    if (!account.isDynamic()) {
      return refuse(tx, 403, "account " + name + " has the fixed host "
          + account.host().orElseThrow() + "; only host=dynamic accounts register");
    }
    if (account.secret().isPresent()) {
      Optional<SipResponse> refused = checkAuth(tx, name);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    return parseContact(tx, name, aor.aorKey());
  }

  /**
   * Section 10.3 step 1: "The registrar inspects the Request-URI to determine whether it has
   * access to bindings for the domain identified in the Request-URI. If not, and if the server
   * also acts as a proxy server, the server SHOULD forward the request". The PBX keeps the
   * bindings of its own domain only, and is no proxy, so it cannot forward: a Request-URI of
   * another domain gets 404 and one of another scheme 416, as section 8.2.2.1 answers a UAS's
   * Request-URI. The Request-URI may name the domain or the PBX's own address. The study does
   * not show what {@code register_verify} reads; later chan_sip reads the To header (and, once
   * {@code sip.conf} had a list of domains, the To's domain), not the Request-URI.
   */
  private Optional<SipResponse> requestUri(ServerTransaction tx) {
    if (!(tx.request().requestUri() instanceof SipUri target)) {
      return Optional.of(refuse(tx, 416, "the Request-URI " + tx.request().requestUri()
          + " is not a SIP URI (RFC 3261 section 8.2.2.1)"));
    }
    if (!own.names(target)) {
      return Optional.of(refuse(tx, 404, "the PBX keeps the registrations of " + own.text()
          + ", not of " + target.host() + ", and is no proxy to pass the REGISTER on (RFC 3261"
          + " section 10.3 step 1)"));
    }
    return Optional.empty();
  }

  /** chan_sip's {@code check_auth}: empty when the credentials prove the account's secret. */
  private Optional<SipResponse> checkAuth(ServerTransaction tx, String name) {
    long now = context.timers().nowUs();
    VerificationOutcome outcome = digest.checkAuth(tx.request(), now);
    switch (outcome.reaction()) {
      case ACCEPT:
        break;
      case CHALLENGE:
      case CHALLENGE_STALE:
        note("check_auth", outcome.explanation() + " Answers 401 with a new nonce.");
        return Optional.of(core.responseTo(tx, 401).header(HeaderName.WWW_AUTHENTICATE,
            digest.challenge(now, outcome.reaction() == VerificationOutcome.Reaction
                .CHALLENGE_STALE)).build());
      case BAD_REQUEST:
      default:
        return Optional.of(refuse(tx, 400, outcome.explanation()));
    }
    String user = outcome.user().orElseThrow();
    if (!user.equals(name)) {
      // Section 10.3 step 4: "If the authenticated user is not authorized to modify bindings,
      // the registrar MUST return a 403 (Forbidden)".
      return Optional.of(refuse(tx, 403, "user " + user + " proved its own secret, but may not"
          + " register account " + name));
    }
    note("check_auth", outcome.explanation());
    return Optional.empty();
  }

  /**
   * chan_sip's {@code parse_contact}, with section 10.3 steps 6 to 8: no Contact is a query,
   * {@code Contact: *} with {@code Expires: 0} removes the binding, a Contact adds or refreshes
   * it for the interval granted.
   */
  private SipResponse parseContact(ServerTransaction tx, String name, String aor) {
    SipRequest request = tx.request();
    Registration existing = byAccount.get(name);
    if (request.contacts().isEmpty() && !request.hasWildcardContact()) {
      return ok(tx, name); // step 6: "If not, it skips to the last step."
    }
    // Step 6 checks that a "*" is the only Contact, with Expires 0, before it compares the
    // Call-ID and CSeq: "If the request has additional Contact fields or an expiration time other
    // than zero, the request is invalid, and the server MUST return a 400 (Invalid Request) and
    // skip the remaining steps. If not, the registrar checks whether the Call-ID agrees". Off the
    // wire such a REGISTER does not get here: the codec marks it invalid and the transport
    // answers it 400 itself; this keeps the steps in the RFC's order for any other caller.
    if (request.hasWildcardContact()
        && (!request.contacts().isEmpty() || request.expires() != 0)) {
      return refuse(tx, 400, "Contact: * needs Expires: 0 and no other Contact");
    }
    if (existing != null && existing.callId().equals(request.callId())
        && request.cseq().number() <= existing.cseq()) {
      // Steps 6 and 7: with the same Call-ID, "If the value is higher than that of the
      // existing binding, it MUST update or remove the binding as above. If not, the update
      // MUST be aborted and the request fails."
      return refuse(tx, 500, "CSeq " + request.cseq().number() + " is not above "
          + existing.cseq() + ", the CSeq of the REGISTER that set the binding (section 10.3)");
    }
    if (request.hasWildcardContact()) {
      remove(name, "cleared");
      return ok(tx, name);
    }
    NameAddress contact = request.contacts().get(0);
    if (request.contacts().size() > 1) {
      note("parse_contact", "keeps only the first Contact " + contact.uri()
          + ": an account has one address, as chan_sip's sip_peer.addr");
    }
    long requested = requestedExpiry(request, contact);
    if (requested == 0) {
      if (existing != null && sameUri(existing.contact(), contact)) {
        remove(name, "removed");
      }
      return ok(tx, name);
    }
    bind(name, aor, contact, Math.min(requested, MAX_EXPIRY_S), request);
    return ok(tx, name);
  }

  /**
   * Section 10.3 step 7: the Contact's expires parameter, else the Expires header, else "a
   * locally-configured default value": chan_sip's 120 seconds. Unlike chan_sip, which took 0 to
   * mean its default, 0 removes the binding (section 10.2.2).
   */
  private static long requestedExpiry(SipRequest request, NameAddress contact) {
    if (contact.expires() >= 0) {
      return contact.expires();
    }
    return request.expires() >= 0 ? request.expires() : DEFAULT_EXPIRY_S;
  }

  /** Adds or refreshes the account's binding; {@code ast_sched_del} then {@code ast_sched_add}. */
  private void bind(String name, String aor, NameAddress contact, long seconds,
      SipRequest request) {
    Registration old = byAccount.get(name);
    if (old != null) {
      context.timers().cancel(old.expiry());
    }
    long expiresAt = context.timers().nowUs() + seconds * 1_000_000;
    TimerService.Handle expiry = context.timers().start(aor, "registration expiry",
        seconds * 1_000_000, () -> expireRegister(name));
    NameAddress bare = NameAddress.of(contact.uri());
    byAccount.put(name, new Registration(aor, bare, expiresAt, request.callId(),
        request.cseq().number(), expiry));
    boolean refresh = old != null && sameUri(old.contact(), bare);
    if (old != null && !refresh) {
      // An account has one address (chan_sip's sip_peer.addr): the new Contact takes its place.
      context.events().binding(element, old.aor(), old.contact().uri().toString(), "replaced",
          0);
    }
    context.events().binding(element, aor, bare.uri().toString(),
        refresh ? "refreshed" : "added", expiresAt);
  }

  /** chan_sip's {@code expire_register}: the scheduled expiry clears the account's address. */
  private void expireRegister(String name) {
    Registration r = byAccount.remove(name);
    if (r != null) {
      context.events().binding(element, r.aor(), r.contact().uri().toString(), "expired", 0);
      note("expire_register", "account " + name + " did not register again in time: the PBX"
          + " forgets its address " + r.contact().uri());
    }
  }

  private void remove(String name, String action) {
    Registration r = byAccount.remove(name);
    if (r != null) {
      context.timers().cancel(r.expiry());
      context.events().binding(element, r.aor(), r.contact().uri().toString(), action, 0);
    }
  }

  /**
   * Section 10.3 step 8: "The response MUST contain Contact header field values enumerating all
   * current bindings. Each Contact value MUST feature an "expires" parameter".
   */
  private SipResponse ok(ServerTransaction tx, String name) {
    SipResponse.Builder ok = core.responseTo(tx, 200);
    Registration r = byAccount.get(name);
    if (r != null) {
      long left = (r.expiresAtUs() - context.timers().nowUs() + 999_999) / 1_000_000;
      ok.header(HeaderName.CONTACT, r.contact().withParameter(
          Parameter.of("expires", Long.toString(left))));
    }
    return ok.build();
  }

  private SipResponse refuse(ServerTransaction tx, int status, String why) {
    note("register_verify", "answers " + status + ": " + why);
    return Relay.status(core, tx, status, why);
  }

  private static boolean sameUri(NameAddress a, NameAddress b) {
    return a.sipUri() != null && b.sipUri() != null
        ? a.sipUri().equivalentTo(b.sipUri()) : a.uri().equals(b.uri());
  }

  private void note(String action, String detail) {
    context.events().note(element, action, detail);
  }

  /** The registered address of an account, if it has one now. */
  Optional<NameAddress> contactOf(String account) {
    Registration r = byAccount.get(account);
    return r == null ? Optional.empty() : Optional.of(r.contact());
  }

  @Override
  public List<Binding> lookup(String aorKey) {
    List<Binding> out = new ArrayList<>();
    for (Registration r : byAccount.values()) {
      if (r.aor().equals(aorKey)) {
        out.add(new Binding(r.aor(), r.contact(), 1.0, r.expiresAtUs(), r.callId(), r.cseq()));
      }
    }
    return out;
  }

  /** Whether an account is named by the address-of-record's user part. */
  @Override
  public boolean knows(String aorKey) {
    int colon = aorKey.indexOf(':');
    int at = aorKey.indexOf('@');
    return !lookup(aorKey).isEmpty()
        || at > colon && config.accounts().containsKey(aorKey.substring(colon + 1, at));
  }
}
