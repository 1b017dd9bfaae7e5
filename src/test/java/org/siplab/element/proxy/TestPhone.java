package org.siplab.element.proxy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.auth.ClientAnswer;
import org.siplab.auth.DigestChallenge;
import org.siplab.auth.DigestClient;
import org.siplab.auth.DigestCredentials;
import org.siplab.auth.DigestRequest;
import org.siplab.auth.NonceSource;
import org.siplab.auth.Parsed;
import org.siplab.codec.SipParser;
import org.siplab.dialog.Cancels;
import org.siplab.dialog.Dialog;
import org.siplab.element.UserAgentElement;
import org.siplab.message.Challenge;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A minimal phone for proxy tests: it calls through an outbound proxy (a preloaded Route) or an
 * endpoint, answers a 407 with credentials for every realm that challenged it, answers INVITEs
 * with the statuses the test gives, offers and answers SDP, cancels and hangs up.
 */
final class TestPhone extends UserAgentElement {

  final String user;
  final String domain;
  /** What it answers to an INVITE, in order; empty: nothing (the transaction still sends 100). */
  List<Integer> answers = List.of(180, 200);
  /** What it answers to a request other than INVITE outside a dialog, in order, as above. */
  List<Integer> otherAnswers = List.of(200);
  /** The time between one answer and the next. */
  long answerGapUs;
  /** The preloaded Route of its calls (its outbound proxy), or null. */
  SipUri outboundProxy;
  /** Where its calls go when there is no outbound proxy; null: the Request-URI's host. */
  Endpoint sendTo;
  String password;
  /** Where calls go when the first INVITE times out (a secondary proxy), or null. */
  Endpoint fallback;
  /** The port of its media in the SDP it sends; 0: no SDP. */
  int mediaPort;
  final List<String> seen = new ArrayList<>();
  Dialog dialog;
  private ClientTransaction invite;
  private final Map<String, DigestChallenge> challenges = new LinkedHashMap<>();
  private final Map<String, Long> nonceCounts = new LinkedHashMap<>();
  private NonceSource cnonces;
  private SipResponse lastSuccess;

  TestPhone(String name, String user, String domain) {
    super(name);
    this.user = user;
    this.domain = domain;
  }

  @Override
  public String kind() {
    return "phone";
  }

  @Override
  protected void started() {
    core().contact(NameAddress.of(contact()));
    cnonces = NonceSource.hex(context().random(), 8);
  }

  SipUri contact() {
    return SipUri.of(user, context().endpoint().address());
  }

  NameAddress aor() {
    return NameAddress.of(SipUri.of(user, domain));
  }

  /** Calls {@code target} ({@code sip:bob@biloxi.example.com}). */
  void call(String target) {
    SipUri uri = Lab.sip(target);
    SipRequest request = core().newRequest(Method.INVITE, uri, aor(), NameAddress.of(uri))
        .build();
    send(request);
  }

  private void send(SipRequest request) {
    SipRequest out = request;
    if (outboundProxy != null) {
      out = out.append(HeaderName.ROUTE, NameAddress.of(outboundProxy));
    }
    if (mediaPort > 0) {
      out = out.withBody(MediaType.SDP, sdp().getBytes(StandardCharsets.UTF_8));
    }
    invite = sendTo != null ? core().send(out, sendTo) : core().send(out);
  }

  /** The same INVITE again, CSeq one higher, with credentials for every realm seen. */
  private void retryWithCredentials(SipRequest previous) {
    SipRequest.Builder b = core().newRequest(Method.INVITE, previous.requestUri(),
        previous.from(), previous.to(), previous.callId(), previous.cseq().number() + 1);
    for (DigestChallenge c : challenges.values()) {
      long nc = nonceCounts.merge(c.nonce(), 1L, Long::sum);
      ClientAnswer answer = DigestClient.answer(c, user, password,
          DigestRequest.of("INVITE", previous.requestUri().toString()), cnonces, nc);
      DigestCredentials credentials = ((ClientAnswer.Answered) answer).credentials();
      List<Parameter> ps = new ArrayList<>();
      credentials.toParameters().forEach((k, v) ->
          ps.add(new Parameter(k, v, DigestCredentials.isQuoted(k))));
      b.header(HeaderName.PROXY_AUTHORIZATION, new Credentials("Digest", Parameters.of(ps)));
    }
    send(b.build());
  }

  void cancel() {
    core().layer().startClientTransaction(Cancels.cancelOf(invite.request()),
        invite.destination());
  }

  /** Sends BYE in its first dialog, as caller or callee. */
  void hangUp() {
    Dialog d = dialog != null ? dialog : core().dialogs().get(0);
    core().sendInDialog(d.id(), Method.BYE, b -> { });
  }

  private String sdp() {
    String ip = context().endpoint().address();
    return "v=0\r\no=" + user + " 2890844526 2890844526 IN IP4 " + ip + "\r\ns=-\r\nc=IN IP4 "
        + ip + "\r\nt=0 0\r\nm=audio " + mediaPort + " RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog d) {
    seen.add("request " + request.method().name());
    if (d != null) {
      core().respond(transaction, core().responseTo(transaction, 200).build());
      return;
    }
    List<Integer> statuses = request.method().equals(Method.INVITE) ? answers : otherAnswers;
    for (int i = 0; i < statuses.size(); i++) {
      int status = statuses.get(i);
      if (i == 0 || answerGapUs == 0) {
        answer(transaction, status);
      } else {
        core().timers().start(name(), "answer " + status, i * answerGapUs,
            () -> answer(transaction, status));
      }
    }
  }

  /** Sends a request written as text, without Via (the core adds one), to {@code to}. */
  ClientTransaction sendRaw(String text, Endpoint to) {
    SipRequest request = (SipRequest) SipParser.parse(text.replace("\n", "\r\n")).message();
    return core().send(request, to);
  }

  /** Sends a CANCEL for the request of {@code transaction}, whatever its method. */
  void cancel(ClientTransaction transaction) {
    core().layer().startClientTransaction(Cancels.cancelOf(transaction.request()),
        transaction.destination());
  }

  /** Sends its last 2xx again, outside any transaction (section 13.3.1.4). */
  void resendLastSuccess() {
    core().layer().sendStateless(lastSuccess, "2xx");
  }

  private void answer(ServerTransaction transaction, int status) {
    SipResponse.Builder response = core().responseTo(transaction, status);
    if (status == 401 || status == 407) {
      response.header(status == 401 ? HeaderName.WWW_AUTHENTICATE : HeaderName.PROXY_AUTHENTICATE,
          new Challenge("Digest", Parameters.of(Parameter.quoted("realm", name()),
              Parameter.quoted("nonce", "nonce-of-" + name()), Parameter.of("algorithm", "MD5"))));
    }
    List<NameAddress> recordRoute = transaction.request().recordRoutes();
    if (status > 100 && status < 300 && !recordRoute.isEmpty()) {
      // Section 12.1.1: the UAS "MUST copy all Record-Route header field values from the request
      // into the response"; UserAgentCore.responseTo does not (yet), so the phone does.
      response.header(HeaderName.RECORD_ROUTE, recordRoute);
    }
    if (status == 200 && mediaPort > 0) {
      response.body(MediaType.SDP, sdp());
    }
    core().respond(transaction, response.build());
    if (status >= 200 && status < 300) {
      lastSuccess = transaction.lastResponse();
    }
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog d) {
    seen.add("response " + response.status() + " " + response.cseq().method().name());
    if (d != null) {
      dialog = d;
    }
    if (response.status() == 407 && password != null && transaction.request().method()
        .equals(Method.INVITE) && transaction.request().cseq().number() < 5) {
      for (Challenge c : response.proxyAuthenticate()) {
        Map<String, String> values = new LinkedHashMap<>();
        c.parameters().forEach(p -> values.put(p.name(), p.value()));
        DigestChallenge challenge =
            ((Parsed.Ok<DigestChallenge>) DigestChallenge.fromParameters(values)).value();
        challenges.put(challenge.realm(), challenge);
      }
      // After the ACK the transaction sends for the 407, as RFC 3665 draws it (F3 before F4).
      core().timers().start(name(), "retry with credentials", 0,
          () -> retryWithCredentials(transaction.request()));
    }
  }

  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {
    seen.add("timeout " + timer.label());
    if (fallback != null && timer == TimerName.B) {
      // RFC 3665 section 3.4: the primary proxy does not answer; the call goes to the secondary
      // one, directly, as a new call (F8 has a new Call-ID).
      outboundProxy = null;
      sendTo = fallback;
      fallback = null;
      call(transaction.request().requestUri().toString());
    }
  }

  @Override
  public void onCancelled(SipRequest request) {
    seen.add("cancelled");
  }

  @Override
  public void onAck(SipRequest ack, Dialog d) {
    seen.add("ack");
  }

  @Override
  public void onDialogEnded(Dialog d, String reason) {
    seen.add("ended");
  }
}
