package org.siplab.element.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.siplab.auth.NonceSource;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.Inspection;
import org.siplab.element.UserAgentElement;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.LayerSettings;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A SIP phone, user agent client and server (RFC 3261 section 8), as the flows of RFC 3665 show
 * it: it registers (section 10.2, RFC 3665 section 2), places and takes calls with SDP offer and
 * answer (sections 13 to 15, RFC 3264), and sends and answers OPTIONS, INFO and MESSAGE. The
 * rules every UA shares (CSeq and route set in a dialog, ACK for each 2xx, 2xx retransmission, 200
 * to BYE and CANCEL, 481 and 500) are its {@link org.siplab.dialog.UserAgentCore}'s; this class is
 * the application above it, and the one a scenario script drives: one method per action.
 *
 * <p>Its address of record (AOR, {@code sip:alice@example.com}) is its public name; its Contact
 * ({@code sip:alice@192.0.2.101:5060}) is where it is now, as the chan_sip study explains. {@link
 * #move} changes the address the phone advertises, in its Contact and SDP, but its signalling
 * endpoint stays bound where it is: requests sent to the new address reach it only if the
 * scenario leads that address to the phone.
 *
 * <p>What it shows: its {@link #state()} ({@link PhoneState}), its events to {@link
 * PhoneListener}s ({@link PhoneEvent}), and in the trace, through the element's events, each
 * state change, each media span (start, hold, resume, update, end) and each decision in words.
 *
 * <p>Parts: {@link Registration} (REGISTER), {@link Line} with {@link OutgoingInvite}, {@link
 * IncomingInvite} and {@link Reinvite} (calls), {@link Messaging} (OPTIONS, MESSAGE, INFO), {@link
 * Screening} (the UAS checks of section 8.2), {@link Keyring} (digest), {@link Outbox} (sending),
 * {@link Misbehaviours} (deliberate mistakes).
 */
public final class Phone extends UserAgentElement {

  /** How the scenario runner turns an element name into that phone's AOR. */
  @FunctionalInterface
  public interface AorLookup {
    Optional<SipUri> aorOf(String element);
  }

  private final PhoneConfig config;
  private final AorLookup aors;
  private final List<PhoneListener> listeners = new ArrayList<>();
  private PhoneKit kit;
  private Registration registration;
  private Line line;
  private Messaging messaging;
  private Screening screening;

  /** A phone that calls only SIP URIs. */
  public Phone(String name, PhoneConfig config) {
    this(name, config, element -> Optional.empty());
  }

  /** A phone that calls element names too, through {@code aors}. */
  public Phone(String name, PhoneConfig config, AorLookup aors) {
    super(name);
    this.config = Objects.requireNonNull(config, "config");
    this.aors = Objects.requireNonNull(aors, "aors");
  }

  @Override
  public String kind() {
    return "phone";
  }

  /** The network's settings, unless a misbehaviour switch changes the phone's own layer. */
  @Override
  public LayerSettings layerSettings(LayerSettings network) {
    return Misbehaviours.layerSettings(config.misbehave(), network);
  }

  public PhoneConfig config() {
    return config;
  }

  /** The state as a scenario names it ({@code in-call}). */
  @Override
  public String state() {
    return phoneState().label();
  }

  public PhoneState phoneState() {
    return kit == null ? PhoneState.IDLE : kit.reporter().state();
  }

  /** The Contact the phone advertises now; known once the phone has started. */
  public NameAddress contact() {
    if (kit == null) {
      throw new IllegalStateException(name() + " has not started: it has no address yet");
    }
    return kit.identity().contact();
  }

  /** Adds a listener; it hears every event from then on. */
  public void listen(PhoneListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  protected void started() {
    Reporter reporter = new Reporter(this, context().events(), listeners);
    Identity identity = new Identity(config, context().endpoint().address(),
        context().endpoint().port());
    core().contact(identity.contact());
    core().maxForwards(config.maxForwards());
    Misbehaviours misbehaviours = new Misbehaviours(config.misbehave(), core(), reporter);
    misbehaviours.start();
    Keyring keyring = new Keyring(config.user(), config.password(),
        NonceSource.hex(context().random(), 8), misbehaviours);
    OutboundRoute route = OutboundRoute.of(config.proxies(), context().directory(),
        context().resolver());
    Outbox outbox = new Outbox(core(), route, misbehaviours, reporter);
    kit = new PhoneKit(config, core(), context(), identity, reporter, misbehaviours, keyring,
        outbox);
    registration = new Registration(kit);
    line = new Line(kit);
    messaging = new Messaging(kit);
    screening = new Screening(kit);
  }

  // ---- the actions of a scenario script ------------------------------------------------------

  /** REGISTER its Contact for the configured expiry (RFC 3665 section 2.1). */
  public void register() {
    registration.request(Registration.Purpose.REGISTER);
  }

  /** Removes its own binding: REGISTER with its Contact and Expires: 0 (section 10.2.2). */
  public void unregister() {
    registration.request(Registration.Purpose.UNREGISTER);
  }

  /** Removes every binding of its AOR: {@code Contact: *}, Expires: 0 (RFC 3665 section 2.4). */
  public void unregisterAll() {
    registration.request(Registration.Purpose.UNREGISTER_ALL);
  }

  /** Asks for the bindings: REGISTER without Contact (section 10.2.3, RFC 3665 section 2.3). */
  public void query() {
    registration.request(Registration.Purpose.QUERY);
  }

  /** Calls {@code target}: an element name (a phone of the scenario) or a SIP URI. */
  public void call(String target) {
    resolve(target).ifPresent(line::call);
  }

  /** Answers the ringing call with 200 OK. */
  public void answer() {
    line.answer();
  }

  /** Refuses the ringing call with 603 Decline. */
  public void decline() {
    line.refuse(603);
  }

  /** Refuses the ringing call with 486 Busy Here. */
  public void busy() {
    line.refuse(486);
  }

  /** Hangs up: BYE in a call, CANCEL while calling, 603 while ringing. */
  public void hangup() {
    line.hangup();
  }

  /** CANCELs the call it is placing (section 9.1). */
  public void cancel() {
    line.cancel();
  }

  /** Puts the call on hold with a re-INVITE offering sendonly (RFC 3264 section 8.4). */
  public void hold() {
    line.hold();
  }

  /** Takes the call off hold with a re-INVITE offering sendrecv. */
  public void resume() {
    line.resume();
  }

  /** Sends a re-INVITE that keeps the session as it is. */
  public void reinvite() {
    line.reinvite();
  }

  /**
   * Changes the address the phone advertises (Contact and SDP), as after a change of IP address;
   * in a call it sends a re-INVITE with both (RFC 3665 section 3.7). The signalling endpoint stays
   * bound where it is. A registration is not renewed by itself: {@link #register()} does that.
   */
  public void move(String address) {
    line.move(address);
  }

  /** Sends OPTIONS to {@code target} (section 11). */
  public void options(String target) {
    resolve(target).ifPresent(messaging::options);
  }

  /** Sends INFO in the call, carrying a DTMF digit. */
  public void info() {
    line.info();
  }

  /** Sends MESSAGE with {@code text} to {@code target} (RFC 3428). */
  public void message(String target, String text) {
    resolve(target).ifPresent(uri -> messaging.message(uri, text));
  }

  private Optional<SipUri> resolve(String target) {
    Optional<SipUri> uri = target.startsWith("sip:") || target.startsWith("sips:")
        ? SipUris.parse(target) : aors.aorOf(target);
    if (uri.isEmpty()) {
      kit.reporter().note("unknown target", target + " is neither a SIP URI nor a phone of the"
          + " scenario");
    }
    return uri;
  }

  // ---- what the UA core passes up --------------------------------------------------------------

  @Override
  public Optional<SipResponse> inspect(ServerTransaction transaction, Inspection stage) {
    return screening.refusal(transaction, stage);
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog) {
    if (request.method().equals(Method.INVITE)) {
      if (dialog == null) {
        line.invite(transaction);
      } else {
        line.reinvite(transaction, dialog);
      }
    } else if (request.method().equals(Method.OPTIONS)) {
      // Section 11.2: "An OPTIONS request received within a dialog generates a 200 (OK)
      // response"; only one from outside gets the answer an INVITE would, 486 in a call.
      messaging.answerOptions(transaction, dialog == null && line.busy());
    } else if (request.method().equals(Method.MESSAGE)) {
      messaging.answerMessage(transaction);
    } else if (dialog != null) {
      messaging.answerInfo(transaction);
    } else {
      // An INFO, or a BYE without a To tag (section 15.1.2: "If the BYE does not match an
      // existing dialog, the UAS core SHOULD generate a 481").
      kit.reporter().note("refuses", request.method() + " outside a call: 481 (it belongs to a"
          + " call)");
      kit.respond(transaction, kit.responseTo(transaction, 481).build());
    }
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    kit.outbox().deliver(response, transaction, dialog);
  }

  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {
    if (transaction instanceof ClientTransaction client) {
      kit.misbehaviours().timedOut(client);
      kit.outbox().fail(client, timer.title() + " fired");
    } else if (timer == TimerName.H) {
      kit.reporter().note("no ACK", "no ACK came for the final response to the INVITE"
          + " (Timer H, section 17.2.1)");
    }
  }

  @Override
  public void onSendFailed(Transaction transaction, String reason) {
    if (transaction instanceof ClientTransaction client) {
      kit.outbox().fail(client, "the transport could not send it: " + reason);
    }
  }

  @Override
  public void onDialogEnded(Dialog dialog, String reason) {
    line.dialogEnded(dialog, reason);
  }

  @Override
  public void onCancelled(SipRequest invite) {
    line.cancelled(invite);
  }

  @Override
  public void onAck(SipRequest ack, Dialog dialog) {
    line.acked(ack, dialog);
  }

  @Override
  public byte[] ackBody(SipResponse answer, Dialog dialog) {
    return line.ackBody(answer);
  }
}
