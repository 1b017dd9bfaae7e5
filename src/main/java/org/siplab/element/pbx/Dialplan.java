package org.siplab.element.pbx;

import java.util.Map;
import java.util.Optional;
import org.siplab.dialog.Resolver;
import org.siplab.element.ToUri;
import org.siplab.element.pbx.PbxConfig.Account;
import org.siplab.element.pbx.PbxConfig.Extension;
import org.siplab.message.HostPort;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;

/**
 * Who is calling and where the dialled number leads, after chan_sip's {@code check_user} and
 * {@code get_destination}: the caller's account gives the context its call starts in, and the
 * number is looked up in that context ({@code ast_exists_extension}). The outcome is either a
 * {@link Place} (call this target) or a {@link Refuse} (answer with this status, and why).
 */
final class Dialplan {

  /** What to do with an INVITE. */
  sealed interface Route permits Place, Refuse {}

  /**
   * Call {@code target}.
   *
   * @param caller the caller's account name, or empty for a guest
   * @param callee what the number dials: an account name or a SIP URI, for the trace
   * @param target the Request-URI of the new INVITE: a registered Contact, a fixed host, a URI
   * @param to the To of the new INVITE: the callee's address-of-record
   */
  record Place(Optional<String> caller, String callee, SipUri target, NameAddress to)
      implements Route {}

  /** Answer the INVITE with {@code status}; {@code why} goes into a Warning and the trace. */
  record Refuse(int status, String why) implements Route {}

  private final PbxConfig config;
  private final Registrations registrations;
  private final Resolver resolver;
  private final String host;

  /** @param host the host of the PBX's own URIs: its domain, else its address */
  Dialplan(PbxConfig config, Registrations registrations, Resolver resolver, String host) {
    this.config = config;
    this.registrations = registrations;
    this.resolver = resolver;
    this.host = host;
  }

  /**
   * Routes an INVITE: {@code check_user}, then {@code get_destination}, then the callee. Like
   * chan_sip 0.2.0, which calls {@code check_user(p, req);} and ignores what it returns (the
   * study's line 292), the caller's account type refuses nothing: a peer's call is taken, as a
   * guest's is. What refuses a call is the number ({@code get_destination}, lines 296-297) and
   * the callee: a user, or an account with no address to call.
   */
  Route route(SipRequest invite) {
    Optional<String> caller = checkUser(invite);
    Account account = caller.map(config.accounts()::get).orElse(null);
    String context = account == null ? config.context() : account.context();
    String number = invite.requestUri() instanceof SipUri s ? s.userUnescaped() : null;
    if (number == null) {
      return new Refuse(404, "the Request-URI " + invite.requestUri() + " names no extension");
    }
    Optional<Extension> extension = getDestination(context, number);
    if (extension.isEmpty()) {
      return notFound(context, number);
    }
    return extension.get().account().isPresent()
        ? toAccount(caller, extension.get().account().get())
        : toUri(caller, extension.get().uri().orElseThrow());
  }

  /**
   * chan_sip's {@code check_user}: the account named by the user part of the From URI, of any
   * type. When no account has that name, the account whose fixed host the request came from
   * (later chan_sip's {@code find_peer} by address); else nobody: a guest, whose call starts in
   * the PBX's context, as chan_sip 0.2.0 took calls from anyone.
   *
   * <p>chan_sip 0.2.0's {@code check_user} looks among the users only, so a peer calling in
   * found no account there and its call started in the {@code [general]} context. Here a peer is
   * found like a user or a friend, by name or by address, and its call starts in its account's
   * context, which is the PBX's own unless the account names another: the context a later
   * chan_sip gives a peer it finds by address.
   */
  Optional<String> checkUser(SipRequest invite) {
    SipUri from = invite.from() == null ? null : invite.from().sipUri();
    String user = from == null ? null : from.userUnescaped();
    if (user != null && config.accounts().containsKey(user)) {
      return Optional.of(user);
    }
    HostPort source = sourceOf(invite.topVia());
    for (Map.Entry<String, Account> e : config.accounts().entrySet()) {
      Optional<Endpoint> fixed = e.getValue().host();
      if (fixed.isPresent() && fixed.get().address().equalsIgnoreCase(source.address())
          && fixed.get().port() == source.portOr(5060)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Where the request came from: the Via's received and rport, else its sent-by (18.2.1). */
  private static HostPort sourceOf(Via via) {
    String address = via.received() != null ? via.received() : via.sentBy().address();
    int port = via.rport() > 0 ? via.rport() : via.sentBy().portOr(5060);
    return new HostPort(address, port);
  }

  /**
   * chan_sip's {@code get_destination}: {@code ast_exists_extension(context, number)}. The
   * scenario's extensions all live in the PBX's context, so a caller whose account names
   * another context reaches none of them: contexts keep callers apart.
   */
  Optional<Extension> getDestination(String context, String number) {
    if (!context.equals(config.context())) {
      return Optional.empty();
    }
    return Optional.ofNullable(config.extensions().get(number));
  }

  /**
   * chan_sip answers 484 Address Incomplete when the number is the start of an extension ({@code
   * ast_canmatch_extension}), else 404 Not Found.
   */
  private Route notFound(String context, String number) {
    if (context.equals(config.context())) {
      for (String extension : config.extensions().keySet()) {
        if (extension.startsWith(number)) {
          return new Refuse(484, number + " is only the start of extension " + extension
              + " in context " + context);
        }
      }
    }
    return new Refuse(404, "no extension " + number + " in context " + context);
  }

  private Route toAccount(Optional<String> caller, String name) {
    Account callee = config.accounts().get(name);
    if (!callee.type().mayBeCalled()) {
      return new Refuse(403, "account " + name + " is a user: it may call in, but the PBX"
          + " places no calls to it (chan_sip's create_addr looks among the peers only)");
    }
    NameAddress to = NameAddress.of(SipUri.of(name, host));
    if (callee.isDynamic()) {
      Optional<NameAddress> contact = registrations.contactOf(name);
      if (contact.isEmpty() || contact.get().sipUri() == null) {
        // Section 21.4.18: 480 for a callee who "is not logged in"; the binding may never have
        // been made, or have expired (expire_register) or been removed since.
        return new Refuse(480, "account " + name + " is host=dynamic and has no registered"
            + " address now: it never registered, or its registration expired or was removed");
      }
      return reachable(new Place(caller, name, contact.get().sipUri(), to));
    }
    Endpoint fixed = callee.host().orElseThrow();
    String address = HostPort.hostOf(fixed.address());
    return reachable(new Place(caller, name, SipUri.of(name, address, fixed.port()), to));
  }

  /** An extension that dials a SIP URI: its To without what Table 1 bars there (19.1.1). */
  private Route toUri(Optional<String> caller, SipUri uri) {
    return reachable(new Place(caller, uri.toString(), uri, ToUri.of(uri)));
  }

  /** A target no element serves cannot be called (the simulated network's DNS has no answer). */
  private Route reachable(Place place) {
    if (resolver.resolve(place.target()).isEmpty()) {
      return new Refuse(404, "no element serves " + place.target().hostPort()
          + ", the address of " + place.callee());
    }
    return place;
  }
}
