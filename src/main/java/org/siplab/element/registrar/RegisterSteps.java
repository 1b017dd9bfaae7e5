package org.siplab.element.registrar;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.siplab.dialog.UserAgentCore;
import org.siplab.element.ElementContext;
import org.siplab.element.LocationService.Binding;
import org.siplab.element.registrar.BindingUpdate.Outcome;
import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.SipDate;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Token;
import org.siplab.message.Warning;
import org.siplab.transaction.ServerTransaction;

/**
 * One REGISTER, through the eight steps of RFC 3261 section 10.3 in their order; each step either
 * passes or answers and skips the rest. Section 10.3: "REGISTER requests MUST be processed by a
 * registrar in the order that they are received" and "atomically": one call here handles one
 * request completely before the next arrives, and only step 7's complete set of changes is
 * committed. "Registrars MUST ignore the Record-Route header field if it is included in a REGISTER
 * request. Registrars MUST NOT include a Record-Route header field in any response to a REGISTER
 * request": each response starts from section 8.2.6's copy of Via, From, To, Call-ID and CSeq.
 */
final class RegisterSteps {

  /**
   * The Date header's clock (step 8: "The response SHOULD include a Date header field"): virtual
   * time counted from the instant of RFC 3261 section 20.17's example, so that runs stay
   * byte-identical.
   */
  static final Instant EPOCH = Instant.parse("2010-11-13T23:29:00Z");

  private final RegistrarConfig config;
  private final Authenticator authenticator;
  private final LocationTable table;
  private final ElementContext context;
  private final UserAgentCore core;

  RegisterSteps(RegistrarConfig config, Authenticator authenticator, LocationTable table,
      ElementContext context, UserAgentCore core) {
    this.config = config;
    this.authenticator = authenticator;
    this.table = table;
    this.context = context;
    this.core = core;
  }

  /** The final response to the REGISTER of {@code transaction}. */
  SipResponse answer(ServerTransaction transaction) {
    SipRequest register = transaction.request();
    Optional<SipResponse> refused = step1RequestUri(transaction)
        .or(() -> step2Require(transaction));
    if (refused.isPresent()) {
      return refused.get();
    }
    Authenticator.Result who = authenticator.authenticate(register, context.timers().nowUs());
    if (who instanceof Authenticator.Refused r) {
      return step3Refused(transaction, r);
    }
    Authenticator.Identified identified = (Authenticator.Identified) who;
    note("authenticates", identified.how());
    String user = identified.user();
    SipUri aor = register.to().sipUri();
    return step4Authorize(transaction, user, aor)
        .or(() -> step5AddressOfRecord(transaction, aor))
        .orElseGet(() -> bindings(transaction, aor.aorKey()));
  }

  /**
   * Step 1: "The registrar inspects the Request-URI to determine whether it has access to bindings
   * for the domain identified in the Request-URI." This registrar is no proxy, so it cannot
   * forward; section 8.2.2.1 answers a URI it does not accept requests for with 404 and a scheme
   * it does not know with 416. The Request-URI may name the domain or the registrar itself (RFC
   * 3665 section 2 registers at {@code ss2.biloxi.example.com} for {@code biloxi.example.com}).
   */
  private Optional<SipResponse> step1RequestUri(ServerTransaction transaction) {
    SipRequest register = transaction.request();
    if (!(register.requestUri() instanceof SipUri uri)) {
      return Optional.of(refuse(transaction, 416, "the Request-URI " + register.requestUri()
          + " is not a SIP URI (RFC 3261 section 8.2.2.1)"));
    }
    String self = context.endpoint().address();
    boolean ours = uri.host().equalsIgnoreCase(config.domain())
        || context.resolver().resolve(uri).map(e -> e.address().equals(self)).orElse(false);
    if (!ours) {
      return Optional.of(refuse(transaction, 404, "this registrar keeps the bindings of "
          + config.domain() + ", not of " + uri.host() + " (RFC 3261 section 10.3 step 1)"));
    }
    return Optional.empty();
  }

  /**
   * Step 2: "the registrar MUST process the Require header field values as described for UASs in
   * Section 8.2.2": it supports no extension, so section 8.2.2.3 answers any option-tag with 420
   * (Bad Extension) and lists them in Unsupported.
   */
  private Optional<SipResponse> step2Require(ServerTransaction transaction) {
    List<String> required = transaction.request().require();
    if (required.isEmpty()) {
      return Optional.empty();
    }
    List<Token> unsupported = new ArrayList<>();
    for (String tag : required) {
      unsupported.add(new Token(tag));
    }
    note("refuses", "420: the REGISTER requires " + required
        + ", which this registrar does not support (RFC 3261 section 8.2.2.3)");
    return Optional.of(core.responseTo(transaction, 420)
        .header(HeaderName.UNSUPPORTED, unsupported).build());
  }

  /** Step 3 refused the sender: 401 with a challenge, or 400 for broken credentials. */
  private SipResponse step3Refused(ServerTransaction transaction, Authenticator.Refused r) {
    if (r.status() == 400) {
      return refuse(transaction, 400, r.explanation());
    }
    note("challenges", r.explanation());
    return core.responseTo(transaction, 401)
        .header(HeaderName.WWW_AUTHENTICATE, r.challenge()).build();
  }

  /**
   * Step 4: "If the authenticated user is not authorized to modify bindings, the registrar MUST
   * return a 403 (Forbidden) and skip the remaining steps."
   */
  private Optional<SipResponse> step4Authorize(ServerTransaction transaction, String user,
      SipUri aor) {
    if (aor == null || authenticator.mayRegister(user, aor)) {
      return Optional.empty();
    }
    String who = user == null ? "a sender without a user name" : "user " + user;
    return Optional.of(refuse(transaction, 403, who + " may not change the bindings of "
        + aor.aorKey() + " (RFC 3261 section 10.3 step 4)"));
  }

  /**
   * Step 5: "The registrar extracts the address-of-record from the To header field of the request.
   * If the address-of-record is not valid for the domain in the Request-URI, the registrar MUST
   * send a 404 (Not Found) response and skip the remaining steps." Its canonical form, {@link
   * SipUri#aorKey()}, indexes the bindings.
   */
  private Optional<SipResponse> step5AddressOfRecord(ServerTransaction transaction, SipUri aor) {
    if (aor != null && aor.host().equalsIgnoreCase(config.domain())) {
      return Optional.empty();
    }
    String what = aor == null ? "the To header names no SIP address-of-record"
        : aor.aorKey() + " is not an address-of-record of " + config.domain();
    return Optional.of(refuse(transaction, 404, what + " (RFC 3261 section 10.3 step 5)"));
  }

  /** Steps 6 to 8: the Contact header fields change the bindings, then the 200 lists them. */
  private SipResponse bindings(ServerTransaction transaction, String aor) {
    SipRequest register = transaction.request();
    long now = context.timers().nowUs();
    List<Binding> current = table.current(aor);
    Outcome outcome;
    if (register.hasWildcardContact()) {
      Optional<SipResponse> invalid = step6Wildcard(transaction);
      if (invalid.isPresent()) {
        return invalid.get();
      }
      outcome = BindingUpdate.removeAll(aor, current, register, config);
    } else if (register.contacts().isEmpty()) {
      // Step 6: "The registrar checks whether the request contains the Contact header field. If
      // not, it skips to the last step": a query.
      return step8Ok(transaction, aor);
    } else {
      outcome = BindingUpdate.apply(aor, current, register, config, now);
    }
    if (outcome instanceof BindingUpdate.Failed failed) {
      return failed(transaction, failed);
    }
    BindingUpdate.Accepted accepted = (BindingUpdate.Accepted) outcome;
    for (String why : accepted.overlooked()) {
      // Section 10.3 step 7: a REGISTER not newer than the binding's CSeq "MUST" fail.
      note("misbehaves", "ignore-cseq-order: accepts the REGISTER although " + why
          + ", where section 10.3 step 7 says the update MUST fail");
    }
    table.commit(aor, accepted.changes());
    return step8Ok(transaction, aor);
  }

  /**
   * Step 6: "If the request has additional Contact fields or an expiration time other than zero,
   * the request is invalid, and the server MUST return a 400 (Invalid Request)". Section 10.2.2
   * allows {@code *} only with {@code Expires: 0}, so a missing Expires is invalid too.
   */
  private Optional<SipResponse> step6Wildcard(ServerTransaction transaction) {
    SipRequest register = transaction.request();
    if (register.values(HeaderName.CONTACT).size() > 1) {
      return Optional.of(refuse(transaction, 400, "Contact: * must be the only Contact"
          + " (RFC 3261 section 10.3 step 6)"));
    }
    if (!register.has(HeaderName.EXPIRES) || register.expires() != 0) {
      return Optional.of(refuse(transaction, 400, "Contact: * needs Expires: 0"
          + " (RFC 3261 section 10.3 step 6)"));
    }
    return Optional.empty();
  }

  /**
   * Step 7's failures. 423 "MUST contain a Min-Expires header field that states the minimum
   * expiration interval the registrar is willing to honor". An out-of-order CSeq "fails", and the
   * RFC names no code for it: 500, the code step 7 gives a failed commit, with a Warning saying
   * why.
   */
  private SipResponse failed(ServerTransaction transaction, BindingUpdate.Failed failed) {
    if (failed.status() == 423) {
      note("refuses", "423: " + failed.explanation());
      return core.responseTo(transaction, 423)
          .header(HeaderName.MIN_EXPIRES,
              new Numeric(Expiration.secondsUp(config.minExpiresUs())))
          .header(HeaderName.WARNING, warning(failed.explanation()))
          .build();
    }
    return refuse(transaction, failed.status(), failed.explanation());
  }

  /**
   * Step 8: "The registrar returns a 200 (OK) response. The response MUST contain Contact header
   * field values enumerating all current bindings. Each Contact value MUST feature an "expires"
   * parameter indicating its expiration interval chosen by the registrar. The response SHOULD
   * include a Date header field."
   */
  private SipResponse step8Ok(ServerTransaction transaction, String aor) {
    long now = context.timers().nowUs();
    List<NameAddress> contacts = new ArrayList<>();
    for (Binding b : table.byPreference(aor)) {
      long left = Expiration.secondsLeft(b.expiresAtUs() - now);
      contacts.add(b.contact().withParameter(Parameter.of("expires", Long.toString(left))));
    }
    return core.responseTo(transaction, 200)
        .eachOn(HeaderName.CONTACT, contacts)
        .header(HeaderName.DATE, new SipDate(EPOCH.plus(now, ChronoUnit.MICROS)))
        .build();
  }

  /** A refusal with a Warning that says why, and the same words in the trace. */
  private SipResponse refuse(ServerTransaction transaction, int status, String why) {
    note("refuses", status + ": " + why);
    return core.responseTo(transaction, status).header(HeaderName.WARNING, warning(why)).build();
  }

  /** Section 20.43: 399 "Miscellaneous warning", from this registrar's host. */
  private Warning warning(String text) {
    return new Warning(Warning.MISCELLANEOUS, core.layer().transport().sentBy().toString(), text);
  }

  private void note(String action, String detail) {
    context.events().note(context.name(), action, detail);
  }
}
