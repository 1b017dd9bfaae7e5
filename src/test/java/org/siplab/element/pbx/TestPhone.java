package org.siplab.element.pbx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.siplab.auth.ClientAnswer;
import org.siplab.auth.DigestChallenge;
import org.siplab.auth.DigestClient;
import org.siplab.auth.DigestCredentials;
import org.siplab.auth.DigestRequest;
import org.siplab.auth.NonceSource;
import org.siplab.auth.Parsed;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.element.UserAgentElement;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.RetryAfter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Wildcard;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A minimal phone for the PBX tests: it registers with digest, calls through the PBX (its
 * outbound proxy), answers as {@link #answer} says, hangs up, cancels and re-INVITEs, and records
 * what its application saw.
 */
final class TestPhone extends UserAgentElement {

  /** How the phone answers an INVITE. */
  enum Answer {
    RING_AND_ANSWER,
    RING_ONLY,
    ANSWER_AT_ONCE,
    BUSY,
    /** 503 Service Unavailable with Retry-After: 30, as an overloaded phone answers. */
    OVERLOADED,
    SILENT
  }

  /** How long a ringing phone waits before it answers. */
  static final long ANSWER_DELAY_US = 500_000;

  final String user;
  String domain;
  /** The host of its REGISTER's Request-URI; null: its own domain. */
  String registrarHost;
  String password;
  Answer answer = Answer.RING_AND_ANSWER;
  /** The status it answers a re-INVITE with: 200, with SDP, or a failure. */
  int reinviteStatus = 200;
  Endpoint pbx;
  final List<String> seen = new ArrayList<>();
  Dialog dialog;
  ClientTransaction invite;
  ServerTransaction ringing;
  private final String registerCallId;
  private long registerCseq = 0;
  private DigestChallenge lastChallenge;
  private long nonceCount;

  TestPhone(String name, String domain, String password) {
    super(name);
    this.user = name;
    this.domain = domain;
    this.password = password;
    this.registerCallId = "reg-" + name + "@test";
  }

  @Override
  public String kind() {
    return "phone";
  }

  @Override
  protected void started() {
    core().contact(NameAddress.of(contactUri()));
  }

  SipUri contactUri() {
    return SipUri.of(user, context().endpoint().address(), context().endpoint().port());
  }

  NameAddress aor() {
    return NameAddress.of(SipUri.of(user, domain));
  }

  String sdp() {
    String ip = context().endpoint().address();
    return "v=0\r\no=" + user + " 1 1 IN IP4 " + ip + "\r\ns=-\r\nc=IN IP4 " + ip
        + "\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
  }

  // ---- registering ------------------------------------------------------------------------

  /**
   * REGISTER with this Expires (none when negative); credentials from the last challenge when
   * {@code preemptive}.
   */
  void register(long expires, boolean preemptive) {
    SipRequest.Builder b = registerBuilder()
        .header(HeaderName.CONTACT, NameAddress.of(contactUri()));
    if (expires >= 0) {
      b.header(HeaderName.EXPIRES, new Numeric(expires));
    }
    send(b.build(), preemptive);
  }

  /** REGISTER without Contact: which address does the PBX hold (RFC 3665 flow 2.3)? */
  void query() {
    send(registerBuilder().build(), true);
  }

  /** REGISTER with Contact: * and Expires: 0 (RFC 3665 flow 2.4). */
  void unregisterAll() {
    send(registerBuilder().header(HeaderName.CONTACT, Wildcard.INSTANCE)
        .header(HeaderName.EXPIRES, new Numeric(0)).build(), true);
  }

  /**
   * REGISTER with Contact: * and this Expires (none when negative), its CSeq the last one again
   * when {@code sameCseq}: a request out of order and invalid at once.
   */
  void unregisterAll(long expires, boolean sameCseq) {
    if (sameCseq) {
      registerCseq--;
    }
    SipRequest.Builder b = registerBuilder().header(HeaderName.CONTACT, Wildcard.INSTANCE);
    if (expires >= 0) {
      b.header(HeaderName.EXPIRES, new Numeric(expires));
    }
    send(b.build(), true);
  }

  private SipRequest.Builder registerBuilder() {
    registerCseq++;
    String host = registrarHost == null ? domain : registrarHost;
    return core().newRequest(Method.REGISTER, SipUri.of(null, host), aor().withTag("t-" + user),
        aor(), registerCallId, registerCseq);
  }

  private void send(SipRequest register, boolean preemptive) {
    SipRequest out = register;
    if (preemptive && lastChallenge != null) {
      out = withCredentials(register, lastChallenge, ++nonceCount);
    }
    core().send(out, pbx);
  }

  private SipRequest withCredentials(SipRequest request, DigestChallenge challenge, long nc) {
    ClientAnswer a = DigestClient.answer(challenge, user, password,
        DigestRequest.of(request.method().name(), request.requestUri().toString()),
        NonceSource.hex(context().random(), 8), nc);
    DigestCredentials c = ((ClientAnswer.Answered) a).credentials();
    List<Parameter> ps = new ArrayList<>();
    for (Map.Entry<String, String> p : c.toParameters().entrySet()) {
      ps.add(DigestCredentials.isQuoted(p.getKey()) ? Parameter.quoted(p.getKey(), p.getValue())
          : Parameter.of(p.getKey(), p.getValue()));
    }
    return request.with(HeaderName.AUTHORIZATION, new Credentials("Digest", Parameters.of(ps)));
  }

  /** A 401 to a REGISTER without credentials is answered once; a second 401 means give up. */
  private void onRegisterResponse(SipResponse response, ClientTransaction tx) {
    if (response.status() != 401) {
      return;
    }
    Map<String, String> params = new java.util.LinkedHashMap<>();
    for (Parameter p : response.wwwAuthenticate().get(0).parameters()) {
      params.put(p.name(), p.value());
    }
    lastChallenge = ((Parsed.Ok<DigestChallenge>) DigestChallenge.fromParameters(params)).value();
    nonceCount = 1;
    if (tx.request().authorization().isEmpty()) {
      registerCseq++;
      SipRequest retry = tx.request().withoutFirstValue(HeaderName.VIA)
          .with(HeaderName.CSEQ, new org.siplab.message.CSeq(registerCseq, Method.REGISTER));
      core().send(withCredentials(retry, lastChallenge, nonceCount), pbx);
    }
  }

  // ---- calling ----------------------------------------------------------------------------

  /** INVITE {@code number}@domain through the PBX, with an SDP offer unless {@code noSdp}. */
  ClientTransaction call(String number, boolean noSdp, int maxForwards) {
    return call(SipUri.of(number, domain), noSdp, maxForwards);
  }

  /** INVITE {@code target} through the PBX, with an SDP offer unless {@code noSdp}. */
  ClientTransaction call(SipUri target, boolean noSdp, int maxForwards) {
    SipRequest.Builder b = core().newRequest(Method.INVITE, target,
        aor(), NameAddress.of(target));
    if (!noSdp) {
      b.body(MediaType.SDP, sdp());
    }
    SipRequest request = b.build().with(HeaderName.MAX_FORWARDS, new Numeric(maxForwards));
    invite = core().send(request, pbx);
    return invite;
  }

  ClientTransaction call(String number) {
    return call(number, false, 70);
  }

  void hangup() {
    core().sendInDialog(dialog.id(), Method.BYE, b -> { });
  }

  void cancel() {
    core().layer().startClientTransaction(org.siplab.dialog.Cancels.cancelOf(invite.request()),
        invite.destination());
  }

  /** A re-INVITE putting the call on hold (a=sendonly). */
  void hold() {
    core().sendInDialog(dialog.id(), Method.INVITE,
        b -> b.body(MediaType.SDP, sdp() + "a=sendonly\r\n"));
  }

  /** A re-INVITE putting the call on hold whose SDP has an attribute line of {@code pad} more. */
  void holdPadded(int pad) {
    core().sendInDialog(dialog.id(), Method.INVITE, b -> b.body(MediaType.SDP,
        sdp() + "a=sendonly\r\n" + "a=x-pad:" + "x".repeat(pad) + "\r\n"));
  }

  /** Any request outside a dialog, to the PBX. */
  void request(Method method) {
    core().send(core().newRequest(method, SipUri.of(null, domain), aor(), aor()).build(), pbx);
  }

  void answerNow() {
    core().respond(ringing, core().responseTo(ringing, 200).body(MediaType.SDP, sdp()).build());
  }

  DialogId dialogId() {
    return dialog.id();
  }

  // ---- UaApplication ----------------------------------------------------------------------

  @Override
  public void onRequest(SipRequest request, ServerTransaction tx, Dialog inDialog) {
    seen.add("request " + request.method());
    if (!request.method().equals(Method.INVITE)) {
      core().respond(tx, core().responseTo(tx, 200).build());
      return;
    }
    if (inDialog != null) {
      dialog = inDialog;
      core().respond(tx, reinviteStatus != 200 ? core().responseTo(tx, reinviteStatus).build()
          : core().responseTo(tx, 200).body(MediaType.SDP, sdp()).build());
      return;
    }
    ringing = tx;
    switch (answer) {
      case RING_AND_ANSWER -> {
        core().respond(tx, core().responseTo(tx, 180).build());
        context().timers().start(null, "answer delay", ANSWER_DELAY_US, this::answerNow);
      }
      case ANSWER_AT_ONCE -> answerNow();
      case RING_ONLY -> core().respond(tx, core().responseTo(tx, 180).build());
      case BUSY -> core().respond(tx, core().responseTo(tx, 486).build());
      case OVERLOADED -> core().respond(tx, core().responseTo(tx, 503)
          .header(HeaderName.RETRY_AFTER, RetryAfter.of(30)).build());
      case SILENT -> { }
      default -> throw new IllegalStateException("unknown answer " + answer);
    }
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction tx, Dialog d) {
    seen.add("response " + response.status() + " " + response.cseq().method());
    if (d != null) {
      dialog = d;
    }
    if (tx.request().method().equals(Method.REGISTER)) {
      onRegisterResponse(response, tx);
    }
  }

  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {
    seen.add("timeout " + timer.label());
  }

  @Override
  public void onDialogEnded(Dialog d, String reason) {
    seen.add("ended: " + reason);
  }

  @Override
  public void onCancelled(SipRequest cancelled) {
    seen.add("cancelled");
  }

  @Override
  public void onAck(SipRequest ack, Dialog d) {
    seen.add("ack");
    dialog = d;
  }
}
