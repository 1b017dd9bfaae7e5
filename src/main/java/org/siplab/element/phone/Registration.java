package org.siplab.element.phone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.TimerService;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Wildcard;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;

/**
 * The phone's REGISTERs (RFC 3261 section 10.2, RFC 3665 section 2): register, refresh before the
 * binding expires, unregister its contact or every contact of its AOR, and ask which bindings
 * there are.
 *
 * <p>All of them share one Call-ID and From tag ("All registrations from a UAC SHOULD use the same
 * Call-ID header field value for registrations sent to a particular registrar") and number their
 * CSeq one up each ("A UA MUST increment the CSeq value by one for each REGISTER request with the
 * same Call-ID"). One REGISTER is pending at a time: "UAs MUST NOT send a new registration ...
 * until they have received a final response from the registrar for the previous one or the
 * previous REGISTER request has timed out"; what the script asks meanwhile waits its turn.
 *
 * <p>In the chan_sip study, this is what {@code register_verify} and its 401 challenge answer on
 * the server side, and the expiry {@code ast_sched_add} schedules is the binding's life.
 */
final class Registration implements ResponseHandler {

  /** The keyring scope of registrations: their challenges sign every later REGISTER. */
  private static final String SCOPE = "registration";

  /** What a REGISTER is for. */
  enum Purpose {
    REGISTER("register"),
    REFRESH("refresh"),
    UNREGISTER("unregister"),
    UNREGISTER_ALL("unregister every contact"),
    QUERY("query the bindings");

    private final String words;

    Purpose(String words) {
      this.words = words;
    }

    boolean binds() {
      return this == REGISTER || this == REFRESH;
    }
  }

  private final PhoneKit kit;
  private final Deque<Purpose> waiting = new ArrayDeque<>();
  private String callId;
  private NameAddress from;
  private long cseq;
  private ClientTransaction pending;
  private Purpose pendingPurpose;
  private long pendingExpires;
  /** The registrar's Min-Expires from its last 423, asked for from then on (section 10.2.8). */
  private long minExpiresLearned;
  private TimerService.Handle refresh;

  Registration(PhoneKit kit) {
    this.kit = kit;
    this.callId = kit.core().ids().callId();
    this.from = kit.identity().self().withTag(kit.core().ids().tag());
  }

  /** Sends a REGISTER for {@code purpose}, or queues it behind the pending one. */
  void request(Purpose purpose) {
    if (pending != null) {
      if (!waiting.contains(purpose)) {
        waiting.add(purpose);
        kit.reporter().note("waits", purpose.words + " waits for the final response to the"
            + " pending REGISTER (section 10.2)");
      }
      return;
    }
    send(purpose, purpose.binds()
        ? Math.max(kit.config().register().expires(), minExpiresLearned) : 0);
  }

  private void send(Purpose purpose, long expires) {
    Optional<Endpoint> registrar = registrar();
    if (registrar.isEmpty()) {
      fail(purpose, "no registrar: none configured, no proxy, and no other element serves "
          + kit.identity().aor().host());
      return;
    }
    if (purpose == Purpose.REFRESH) {
      callId = kit.misbehaviours().refreshCallId(callId);
    }
    cseq = kit.misbehaviours().registerCseq(cseq);
    SipRequest.Builder b = kit.core().newRequest(Method.REGISTER, requestUri(), from,
        kit.identity().self(), callId, cseq);
    if (purpose == Purpose.UNREGISTER_ALL) {
      // Section 10.2.2: "*" "MUST NOT be used unless the Expires header field is present with a
      // value of "0"".
      b.header(HeaderName.CONTACT, Wildcard.INSTANCE);
    } else if (purpose != Purpose.QUERY) {
      b.header(HeaderName.CONTACT, contactToRegister());
    }
    if (purpose != Purpose.QUERY) {
      b.header(HeaderName.EXPIRES, new Numeric(expires));
    }
    SipRequest request = kit.keyring().sign(SCOPE, b.build());
    pendingPurpose = purpose;
    pendingExpires = expires;
    pending = kit.outbox().send(request, registrar.get(), this);
  }

  /**
   * Section 10.2: the Request-URI "names the domain of the location service"; "The "userinfo" and
   * "@" components of the SIP URI MUST NOT be present".
   */
  private SipUri requestUri() {
    SipUri aor = kit.identity().aor();
    return new SipUri(aor.secure(), null, null, aor.hostPort(), Parameters.NONE, Parameters.NONE);
  }

  /** The configured registrar, else (section 10.2.6) where the AOR's host leads. */
  /**
   * The registrar's address: the configured one, else the host that serves the AOR's domain
   * (section 10.2.6). That host may be this phone itself, when no server answers for the domain
   * and the phone is its only element: then there is no registrar, and a REGISTER to itself would
   * only get its own 405.
   */
  private Optional<Endpoint> registrar() {
    Optional<String> element = kit.config().registrarElement();
    if (element.isPresent()) {
      return kit.context().directory().endpointOf(element.get());
    }
    Endpoint self = kit.core().layer().transport().local();
    return kit.context().resolver().resolve(requestUri()).filter(found -> !found.equals(self));
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    if (response.isProvisional() || transaction != pending) {
      return;
    }
    if (response.status() == 401 || response.status() == 407) {
      challenged(response, transaction);
      return;
    }
    kit.keyring().settled(SCOPE);
    if (response.status() == 423 && response.minExpires() > 0 && pendingPurpose.binds()) {
      // Remembered, so that a refresh does not ask for the refused interval again.
      minExpiresLearned = Math.max(minExpiresLearned, response.minExpires());
      // Section 10.2.8: the UA "MAY retry the registration after making the expiration interval
      // of all contact addresses ... equal to or greater than" the Min-Expires of the 423.
      kit.reporter().note("retries", "the registrar wants at least " + response.minExpires()
          + " s (423 Interval Too Brief): REGISTER again asking that (section 10.2.8)");
      send(pendingPurpose, response.minExpires());
      return;
    }
    Purpose purpose = pendingPurpose;
    pending = null;
    if (response.isSuccess()) {
      succeeded(purpose, response);
    } else {
      fail(purpose, "the registrar answered " + response.status() + " " + response.reason());
    }
    next();
  }

  /** Sections 22.2 and 8.1.3.5: the same REGISTER again, with credentials, CSeq one up. */
  private void challenged(SipResponse response, ClientTransaction transaction) {
    Optional<String> cannot = kit.keyring().learn(SCOPE, transaction.request(), response);
    if (cannot.isPresent()) {
      Purpose purpose = pendingPurpose;
      pending = null;
      kit.reporter().note("gives up", cannot.get());
      fail(purpose, cannot.get());
      next();
      return;
    }
    kit.reporter().note("authenticates", "answers the " + response.status() + " for realm "
        + kit.keyring().realms(SCOPE) + " as user \"" + kit.config().user()
        + "\": the same REGISTER with credentials and CSeq " + (cseq + 1) + " (section "
        + (response.status() == 407 ? "22.3" : "22.2") + ")");
    callId = kit.misbehaviours().retryCallId(callId);
    from = kit.misbehaviours().retryFrom(from);
    send(pendingPurpose, pendingExpires);
  }

  @Override
  public void onTimeout(ClientTransaction transaction, String why) {
    if (transaction != pending) {
      return;
    }
    Purpose purpose = pendingPurpose;
    pending = null;
    // Section 10.2.7: after a timeout the UAC "SHOULD NOT immediately re-attempt a registration".
    fail(purpose, "the registrar did not answer: " + why);
    next();
  }

  private void next() {
    Purpose purpose = waiting.poll();
    if (purpose != null) {
      request(purpose);
    }
  }

  private void succeeded(Purpose purpose, SipResponse response) {
    String listed = listing(response.contacts());
    if (purpose.binds()) {
      long granted = granted(response);
      kit.reporter().registered(true);
      kit.reporter().note("registered", kit.identity().contact().uri() + " is bound to "
          + kit.identity().aor() + " for " + granted + " s; the registrar lists " + listed);
      scheduleRefresh(granted);
      kit.reporter().fire(PhoneEvent.REGISTERED, "for " + granted + " s");
    } else if (purpose == Purpose.QUERY) {
      kit.reporter().note("bindings", "the registrar lists " + listed + " (section 10.2.3)");
    } else {
      cancelRefresh();
      kit.reporter().registered(false);
      kit.reporter().note("unregistered", "the registrar lists " + listed + " (section 10.2.2)");
    }
  }

  private void fail(Purpose purpose, String why) {
    if (purpose.binds()) {
      cancelRefresh();
      kit.reporter().registered(false);
    }
    kit.reporter().note("registration failed", purpose.words + ": " + why);
    kit.reporter().fire(PhoneEvent.REGISTRATION_FAILED, why);
  }

  /**
   * The UA finds its own contact among the 200's (comparing by section 19.1.4) and, section
   * 10.2.4, takes "the expires parameter or, if absent, the Expires field value".
   */
  private long granted(SipResponse response) {
    SipUri mine = kit.identity().contact().sipUri();
    for (NameAddress c : response.contacts()) {
      if (c.sipUri() != null && c.sipUri().equivalentTo(mine) && c.expires() >= 0) {
        return c.expires();
      }
    }
    return response.expires() >= 0 ? response.expires() : pendingExpires;
  }

  /**
   * Section 10.2.4: "The UA then issues a REGISTER request for each of its bindings before the
   * expiration interval has elapsed." The refresh starts 64*T1 (Timer F, the longest a
   * non-INVITE transaction lasts) before the binding expires, or halfway for a shorter binding.
   */
  private void scheduleRefresh(long grantedSeconds) {
    cancelRefresh();
    if (!kit.config().register().refresh() || grantedSeconds <= 0) {
      return;
    }
    long lifeUs = grantedSeconds * 1_000_000L;
    long marginUs = Math.min(kit.core().layer().settings().timers().timerF(), lifeUs / 2);
    refresh = kit.timers().start("registration", "registration refresh", lifeUs - marginUs,
        () -> request(Purpose.REFRESH));
  }

  private void cancelRefresh() {
    if (refresh != null) {
      kit.timers().cancel(refresh);
      refresh = null;
    }
  }

  /** The phone's contact, with its q-value when it has one (section 10.2.1.2). */
  private NameAddress contactToRegister() {
    String q = kit.config().register().q();
    NameAddress contact = kit.identity().contact();
    return q == null ? contact : contact.withParameter(Parameter.of("q", q));
  }

  private static String listing(List<NameAddress> contacts) {
    if (contacts.isEmpty()) {
      return "no binding";
    }
    return String.join(", ", contacts.stream().map(NameAddress::text).toList());
  }
}
