package org.siplab.element.pbx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.Inspection;
import org.siplab.element.LocationService;
import org.siplab.element.UserAgentElement;
import org.siplab.element.pbx.Dialplan.Place;
import org.siplab.element.pbx.Dialplan.Refuse;
import org.siplab.element.pbx.Dialplan.Route;
import org.siplab.element.pbx.PbxConfig.Misbehaviour;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Token;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A PBX after Asterisk 0.2.0's {@code chan_sip}: a registrar for its own accounts and a
 * back-to-back user agent (B2BUA, RFC 3261 section 6) for calls between them.
 *
 * <p>Read it next to the chan_sip study. {@code sipsock_read} and {@code parse} are the transport
 * and the transaction layer below; {@code find_call} is {@link CallTable#findCall}; {@code
 * handle_request} is {@link #handleRequest}, which switches on the method. Unlike chan_sip, the
 * UA core ({@link org.siplab.dialog.UserAgentCore}) answers BYE and CANCEL and matches ACKs
 * before the PBX hears of them, and tells it through {@link #onDialogEnded}, {@link
 * #onCancelled} and {@link #onAck}.
 *
 * <p>A call into an extension is two dialogs: the caller's, in which the PBX is the UAS, and one
 * the PBX starts as a UAC towards the callee, with its own Call-ID, tags and CSeq. Ringing,
 * answer, failure, BYE and CANCEL cross from one to the other as new messages. SDP is passed
 * through unchanged: the PBX only signals, and the media flows between the phones.
 *
 * <p>States: {@code idle} (no call), {@code calling} (a call is being set up), {@code in-call}
 * (at least one call is answered).
 */
public final class Pbx extends UserAgentElement {

  /** The element kind the trace and the rule checker know a PBX by. */
  public static final String KIND = "pbx";

  /**
   * The methods the PBX supports, for every Allow header: chan_sip's {@code handle_request}
   * knows INVITE, ACK, CANCEL, BYE and REGISTER; OPTIONS is added because RFC 3261 section 11
   * says "All UAs MUST support the OPTIONS method" (chan_sip 0.2.0 answered it 405).
   */
  static final List<Token> ALLOW = List.of(new Token("INVITE"), new Token("ACK"),
      new Token("CANCEL"), new Token("BYE"), new Token("OPTIONS"), new Token("REGISTER"));

  private final PbxConfig config;
  private final CallTable calls = new CallTable();
  private Registrations registrations;
  private Dialplan dialplan;
  private Bridge bridge;
  private ReinviteRelay reinvites;
  private OwnDomain own;
  private String state = "idle";

  public Pbx(String name, PbxConfig config) {
    super(name);
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String kind() {
    return KIND;
  }

  public PbxConfig config() {
    return config;
  }

  /** idle, calling or in-call. */
  @Override
  public String state() {
    return state;
  }

  /** The addresses accounts registered, as a registrar's location service shows them. */
  public LocationService locationService() {
    return registrations;
  }

  /** chan_sip's {@code load_module}: the configuration is read, the tables made. */
  @Override
  protected void started() {
    Endpoint self = context().endpoint();
    String address = HostPort.hostOf(self.address());
    core().contact(NameAddress.of(new SipUri(false, null, null,
        new HostPort(address, self.port()), Parameters.NONE, Parameters.NONE)));
    own = new OwnDomain(config.domain(), context().resolver(), self);
    registrations = new Registrations(config, context(), core(), own);
    dialplan = new Dialplan(config, registrations, context().resolver(),
        config.domain().orElse(address));
    bridge = new Bridge(name(), core(), context().events(), calls,
        config.misbehaves(Misbehaviour.REUSE_CALL_ID), config.ringTimeoutUs(),
        this::refreshState);
    reinvites = new ReinviteRelay(name(), core(), context().events(), context().random());
  }

  /**
   * The first checks of section 8.2, which the UA core asks for before it looks for a merged
   * request (8.2.2.2): the method, then the Request-URI. Section 8.2.1: "If the UAS recognizes
   * but does not support the method of a request, it MUST generate a 405 (Method Not Allowed)
   * response" (chan_sip's last branch). Section 8.2.2.1: "If the Request-URI uses a scheme not
   * supported by the UAS, it SHOULD reject the request with a 416 (Unsupported URI Scheme)
   * response. If the Request-URI does not identify an address that the UAS is willing to accept
   * requests for, it SHOULD reject the request with a 404 (Not Found) response." The study's
   * {@code get_destination} reads only the number, the user part; here an INVITE for
   * {@code sip:200@elsewhere.example.com} is not taken for extension 200. A REGISTER's
   * Request-URI is {@code register_verify}'s to check (section 10.3 step 1), after chan_sip's
   * 100 Trying; a request in a dialog is addressed to the PBX's Contact.
   */
  @Override
  public Optional<SipResponse> inspect(ServerTransaction tx, Inspection stage) {
    SipRequest request = tx.request();
    if (stage != Inspection.METHOD_AND_ADDRESS) {
      return Optional.empty();
    }
    if (!ALLOW.contains(new Token(request.method().name()))) {
      return Optional.of(methodNotAllowed(tx));
    }
    if (request.method().equals(Method.REGISTER) || request.to().hasTag()) {
      return Optional.empty();
    }
    if (!(request.requestUri() instanceof SipUri target)) {
      return Optional.of(refusal(tx, new Refuse(416, "the Request-URI "
          + request.requestUri() + " is not a SIP URI (RFC 3261 section 8.2.2.1)")));
    }
    if (!own.names(target)) {
      return Optional.of(refusal(tx, new Refuse(404, target.host() + " is not the PBX's domain "
          + own.text() + ": it takes requests for its own extensions only, and is no proxy"
          + " (RFC 3261 section 8.2.2.1)")));
    }
    return Optional.empty();
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction tx, Dialog dialog) {
    handleRequest(request, tx, dialog);
    refreshState();
  }

  /**
   * chan_sip's {@code handle_request}: one branch a method. BYE, CANCEL and ACK are not here:
   * the UA core has answered BYE and CANCEL with 200 (as chan_sip's CANCEL/BYE branch does with
   * {@code transmit_response(p, "200 OK", req)}) and matched the ACK, and calls {@link
   * #onDialogEnded}, {@link #onCancelled} and {@link #onAck}.
   */
  void handleRequest(SipRequest request, ServerTransaction tx, Dialog dialog) {
    switch (request.method().name()) {
      case "INVITE" -> {
        if (dialog == null) {
          invite(tx);
        } else {
          reinvite(tx, dialog);
        }
      }
      case "REGISTER" -> register(tx);
      case "OPTIONS" -> options(tx);
      default -> core().respond(tx, methodNotAllowed(tx));
    }
  }

  /** A new call: who calls, where to, and then the second leg. */
  private void invite(ServerTransaction tx) {
    SipRequest invite = tx.request();
    if (isMerged(invite)) {
      // Section 8.2.2.2: same From tag, Call-ID and CSeq as a call in progress, but another
      // transaction: "the UAS core SHOULD generate a 482 (Loop Detected) response".
      refuse(tx, new Refuse(482, "this INVITE is a copy of a call already in progress"));
      return;
    }
    if (invite.maxForwards() == 0) {
      refuse(tx, new Refuse(483, "Max-Forwards reached 0: the call has looped"));
      return;
    }
    Route route = dialplan.route(invite);
    if (route instanceof Refuse refusal) {
      refuse(tx, refusal);
    } else if (invite.bodyLength() == 0 || invite.contentType() == null) {
      refuse(tx, new Refuse(488, "the PBX relays SDP and needs an offer in the INVITE; it cannot"
          + " pass on a delayed offer"));
    } else {
      bridge.placeCall(tx, (Place) route);
    }
  }

  private boolean isMerged(SipRequest invite) {
    return calls.findCall(invite.callId(), call -> call.startedBy(invite)).isPresent();
  }

  private void refuse(ServerTransaction tx, Refuse refusal) {
    core().respond(tx, refusal(tx, refusal));
  }

  /** The response that refuses a request, with its reason in the trace and in a Warning. */
  private SipResponse refusal(ServerTransaction tx, Refuse refusal) {
    context().events().note(name(), "refuses", "answers " + refusal.status() + ": "
        + refusal.why());
    return Relay.status(core(), tx, refusal.status(), refusal.why());
  }

  private void reinvite(ServerTransaction tx, Dialog dialog) {
    Optional<Call> call = callOf(dialog);
    if (call.isEmpty()) {
      refuse(tx, new Refuse(481, "no call for this dialog"));
      return;
    }
    reinvites.relay(call.get(), call.get().legOf(dialog.id()).orElseThrow(), tx);
  }

  /**
   * chan_sip's REGISTER branch: 100 Trying, then {@code register_verify}'s 401 or 200. The 100
   * is chan_sip's habit, kept for the teaching; section 8.2.6.1 advises against it: "UASs SHOULD
   * NOT issue a provisional response for a non-INVITE request."
   */
  private void register(ServerTransaction tx) {
    core().respond(tx, core().responseTo(tx, 100).build());
    core().respond(tx, registrations.registerVerify(tx));
  }

  /**
   * Section 11.2: the response to OPTIONS lists what the UA supports; "Allow, Accept,
   * Accept-Encoding, Accept-Language, and Supported header fields SHOULD be present".
   */
  private void options(ServerTransaction tx) {
    core().respond(tx, core().responseTo(tx, 200).header(HeaderName.ALLOW, ALLOW)
        .header(HeaderName.ACCEPT, MediaType.SDP).build());
  }

  /**
   * chan_sip's last branch, {@code transmit_response(p, "405 Method Not Allowed", req)}, with
   * section 8.2.1: "The UAS MUST also add an Allow header field to the 405 (Method Not Allowed)
   * response."
   */
  private SipResponse methodNotAllowed(ServerTransaction tx) {
    context().events().note(name(), "refuses", "answers 405: the PBX does not handle "
        + tx.request().method() + " (chan_sip's handle_request knows no such branch)");
    return core().responseTo(tx, 405).header(HeaderName.ALLOW, ALLOW).build();
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction tx, Dialog dialog) {
    if (reinvites.owns(tx) && dialog != null && dialog.isTerminated()) {
      // A 481 or 408 to the PBX's re-INVITE: the UA core ended that dialog (section 12.2.1.2),
      // so the failure is not relayed as if the call went on; the call ends on both legs.
      reinvites.forget(tx);
      callOf(dialog).ifPresent(call -> bridge.legGaveUp(call, call.legOf(dialog.id())
          .orElseThrow(), dialog, "received " + response.status() + " to its re-INVITE"));
    } else if (reinvites.owns(tx)) {
      reinvites.onResponse(tx, response);
    } else {
      outboundCall(tx).ifPresent(call -> bridge.onCalleeResponse(call, response, dialog));
    }
    refreshState();
  }

  @Override
  public void onTimedOut(Transaction tx, TimerName timer) {
    if (tx instanceof ClientTransaction client) {
      if (reinvites.owns(client)) {
        reinvites.onTimeout(client);
      } else {
        outboundCall(client).ifPresent(call -> bridge.calleeTimedOut(call, timer.title()));
      }
    }
    refreshState();
  }

  @Override
  public void onSendFailed(Transaction tx, String reason) {
    if (tx instanceof ClientTransaction client && reinvites.owns(client)) {
      reinvites.onSendFailed(client, reason);
    } else if (tx instanceof ClientTransaction && reinvites.caughtWhileSending(reason)) {
      return; // the relay answers for it once the send returns, then the state is refreshed
    } else if (tx instanceof ClientTransaction client) {
      outboundCall(client).ifPresent(call -> bridge.calleeUnreachable(call, reason));
    }
    refreshState();
  }

  /**
   * A BYE ended a leg (or the UA core gave up on it): the other leg ends too. When the core gave
   * up because the PBX's own re-INVITE in that dialog got no response, the PBX also sends the
   * BYE that ends it on that side (section 12.2.1.2).
   */
  @Override
  public void onDialogEnded(Dialog dialog, String reason) {
    callOf(dialog).ifPresent(call -> {
      Call.Side side = call.legOf(dialog.id()).orElseThrow();
      if (reinvites.timedOutIn(dialog.id())) {
        bridge.legGaveUp(call, side, dialog, "its re-INVITE got no response (Timer B)");
      } else {
        bridge.legEnded(call, side, reason);
      }
    });
    refreshState();
  }

  /** The caller's CANCEL: the UA core answered it 200 and the INVITE 487. */
  @Override
  public void onCancelled(SipRequest invite) {
    calls.findCall(invite.callId(), call -> call.startedBy(invite))
        .ifPresent(bridge::callerCancelled);
    refreshState();
  }

  /**
   * chan_sip's ACK branch. The caller's ACK confirms its dialog and stops the PBX's 200 (the UA
   * core did both); nothing crosses to the callee, whose 200 the PBX ACKed itself at once.
   */
  @Override
  public void onAck(SipRequest ack, Dialog dialog) {}

  /** The call whose callee's INVITE is {@code tx}. */
  private Optional<Call> outboundCall(ClientTransaction tx) {
    return calls.findCall(tx.request().callId(), call -> call.outbound() == tx);
  }

  /** The call one of whose legs is {@code dialog}. */
  private Optional<Call> callOf(Dialog dialog) {
    return calls.findCall(dialog.id().callId(), call -> call.legOf(dialog.id()).isPresent());
  }

  private void refreshState() {
    List<Call> now = calls.calls();
    String next = now.stream().anyMatch(c -> c.state() == Call.State.ANSWERED) ? "in-call"
        : now.isEmpty() ? "idle" : "calling";
    if (!next.equals(state)) {
      context().events().state(name(), state, next);
      state = next;
    }
  }
}
