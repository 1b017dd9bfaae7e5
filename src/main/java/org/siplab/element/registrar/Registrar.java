package org.siplab.element.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siplab.auth.NonceSource;
import org.siplab.dialog.Dialog;
import org.siplab.element.LocationService;
import org.siplab.element.OwnUri;
import org.siplab.element.UserAgentElement;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Token;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A registrar and its location service, RFC 3261 section 10. Section 10.3: "A registrar is a UAS
 * that responds to REGISTER requests and maintains a list of bindings that are accessible to proxy
 * servers and redirect servers within its administrative domain." So it is a {@link
 * UserAgentElement} (its UA core answers CANCEL and stray in-dialog requests), and it is the
 * {@link LocationService} that proxies and redirect servers read.
 *
 * <p>In the chan_sip study, {@code handle_request} sends REGISTER to {@code register_verify},
 * which answers 401 with a challenge or 200 and schedules the registration's expiry with {@code
 * ast_sched_add}. Here {@link RegisterSteps} follows section 10.3's eight steps, {@link
 * Authenticator} is the 401-or-not part of {@code register_verify}, and {@link LocationTable}
 * keeps one expiry timer per binding. chan_sip first sends 100 Trying; a registrar that answers at
 * once has no need to (section 17.2.2 leaves it to non-INVITE servers that take long).
 */
public final class Registrar extends UserAgentElement implements LocationService {

  /** RFC 2617 section 3.2.1 recommends hexadecimal nonces; 16 bytes give 128 random bits. */
  private static final int NONCE_BYTES = 16;

  private final RegistrarConfig config;
  private LocationTable table;
  private RegisterSteps steps;

  public Registrar(String name, RegistrarConfig config) {
    super(name);
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String kind() {
    return "registrar";
  }

  public RegistrarConfig config() {
    return config;
  }

  @Override
  protected void started() {
    table = new LocationTable(name(), context().timers(), context().events());
    Authenticator authenticator = new Authenticator(config,
        NonceSource.hex(context().random(), NONCE_BYTES));
    steps = new RegisterSteps(config, authenticator, table, context(), core());
  }

  /**
   * Section 10.3: a registrar "accepts only REGISTER requests". Anything else is answered 405,
   * which section 21.4.6 says "MUST include an Allow header field containing a list of valid
   * methods" (and section 8.2.1: "The UAS MUST also add an Allow header field to the 405").
   *
   * <p>Except an OPTIONS addressed to the registrar itself ({@link OwnUri}): section 10.3 also
   * says "A registrar is a UAS" that "handles requests according to Section 8.2", and section 11
   * says "All UAs MUST support the OPTIONS method"; a 405 to OPTIONS would say it does not. So
   * 10.3's "accepts only REGISTER" is read as: it takes no other request to act on, but it answers
   * a query of its own capabilities (notes/decisions.md). An OPTIONS for a user gets what an INVITE
   * would, 405: section 11.2, "The response code chosen MUST be the same that would have been
   * chosen had the request been an INVITE."
   */
  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog) {
    if (request.method().equals(Method.REGISTER)) {
      core().respond(transaction, steps.answer(transaction));
      return;
    }
    boolean itself = OwnUri.namesItself(request, context(), config.domain());
    if (itself && request.method().equals(Method.OPTIONS)) {
      context().events().note(name(), "answers", "200: the OPTIONS is addressed to the registrar"
          + " itself (no user part), which lists its capabilities (RFC 3261 section 11.2)");
      core().respond(transaction, core().responseTo(transaction, 200)
          .header(HeaderName.ALLOW, allowed(true))
          .header(HeaderName.SUPPORTED, List.<Token>of()).build());
      return;
    }
    context().events().note(name(), "refuses", "405: a registrar accepts only REGISTER, not "
        + request.method() + " (RFC 3261 section 10.3)");
    core().respond(transaction, core().responseTo(transaction, 405)
        .header(HeaderName.ALLOW, allowed(itself)).build());
  }

  /**
   * The methods of its Allow: REGISTER, and OPTIONS too for a request naming the registrar
   * itself, the only address where it answers OPTIONS. Section 21.4.6: "a list of valid methods
   * for the indicated address". No Accept, Accept-Encoding or Accept-Language, which section 11.2
   * says SHOULD be present: the registrar reads no body of any type (section 10.3 does not use
   * one), so it has none to list.
   */
  private static List<Token> allowed(boolean itself) {
    return itself ? List.of(new Token(Method.OPTIONS.name()), new Token(Method.REGISTER.name()))
        : List.of(new Token(Method.REGISTER.name()));
  }

  /** A registrar sends no requests, so no response or client timeout ever comes. */
  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {}

  /**
   * Only Timer H of an INVITE answered 405 whose ACK never came: nothing is left to do, the
   * transaction layer has already recorded it.
   */
  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {}

  // ---- the location service -----------------------------------------------------------------

  /** The current bindings of {@code aorKey}, highest q first, ties in registration order. */
  @Override
  public List<Binding> lookup(String aorKey) {
    return table == null ? List.of() : table.byPreference(aorKey);
  }

  /**
   * Whether {@code aorKey} is an address-of-record of this registrar: a configured user's own or
   * permitted one (sip: or sips:), or one that has had a binding.
   */
  @Override
  public boolean knows(String aorKey) {
    if (table != null && table.hasHeld(aorKey)) {
      return true;
    }
    String wanted = Authenticator.withoutScheme(aorKey);
    for (String configured : configuredAors()) {
      if (Authenticator.withoutScheme(configured).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Every address-of-record with a current binding, in key order: for expectations and tests. */
  public Map<String, List<Binding>> bindings() {
    return table == null ? Map.of() : table.all();
  }

  /** The addresses-of-record the configuration names: each user's own and every permitted one. */
  private List<String> configuredAors() {
    List<String> keys = new ArrayList<>();
    for (String user : config.users().keySet()) {
      keys.add(SipUri.of(user, config.domain()).aorKey());
    }
    for (List<SipUri> aors : config.permissions().values()) {
      for (SipUri aor : aors) {
        keys.add(aor.aorKey());
      }
    }
    return keys;
  }
}
