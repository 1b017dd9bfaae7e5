package org.siplab.element.registrar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.siplab.auth.ClientAnswer;
import org.siplab.auth.DigestChallenge;
import org.siplab.auth.DigestClient;
import org.siplab.auth.DigestRequest;
import org.siplab.auth.NonceSource;
import org.siplab.dialog.Dialog;
import org.siplab.element.UserAgentElement;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;
import org.siplab.message.Wildcard;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A small test phone that registers as section 10.2 says: one Call-ID and From tag for all its
 * REGISTERs, the CSeq one higher each time, a new REGISTER only after the previous one got its
 * final response or timed out (queued until then). It answers a 401 with Digest credentials and,
 * like RFC 3665 sections 2.2 to 2.4, puts credentials for the last nonce into later REGISTERs
 * without waiting for a challenge. It answers an INVITE with 180 and 200.
 */
public final class RegisteringPhone extends UserAgentElement {

  /** Adds the Contact and Expires fields of one REGISTER. */
  public interface Fields extends Consumer<SipRequest.Builder> {}

  private record Registration(String what, Fields fields, boolean late) {}

  public final String user;
  private final String domain;
  private final String registrarName;
  private String password;
  private Endpoint registrar;
  private NonceSource cnonces;
  private String callId;
  private String fromTag;
  private long cseq;
  private DigestChallenge challenge;
  private long nonceCount;
  private final Deque<Registration> queue = new ArrayDeque<>();
  private Registration pending;
  private ClientTransaction pendingTransaction;
  private int challengesAnswered;
  private SipRequest lastAuthorized;

  /** The AOR in the To of its REGISTERs (section 10.2: its own, or a third party's). */
  public SipUri registersFor;
  /** Whether REGISTERs carry credentials for the last nonce before any challenge. */
  public boolean preemptive = true;
  /** How many 401s in a row one registration answers before giving up. */
  public int challengeAnswers = 1;
  /** Every final response, in order, and "timeout" for a REGISTER that got none. */
  public final List<String> outcomes = new ArrayList<>();
  public final List<SipResponse> finals = new ArrayList<>();

  public RegisteringPhone(String name, String user, String domain, String password,
      String registrarName) {
    super(name);
    this.user = user;
    this.domain = domain;
    this.password = password;
    this.registrarName = registrarName;
  }

  @Override
  public String kind() {
    return "phone";
  }

  @Override
  protected void started() {
    registrar = context().directory().endpointOf(registrarName).orElseThrow();
    cnonces = NonceSource.hex(context().random(), 8);
    callId = core().ids().callId();
    fromTag = core().ids().tag();
    core().contact(contact());
  }

  public void password(String newPassword) {
    password = newPassword;
  }

  public SipUri aor() {
    return SipUri.of(user, domain);
  }

  private SipUri to() {
    return registersFor == null ? aor() : registersFor;
  }

  /** This phone's own address as a contact: {@code sip:user@address:port}. */
  public NameAddress contact() {
    return contact(user);
  }

  public NameAddress contact(String userPart) {
    return NameAddress.of(SipUri.of(userPart, context().endpoint().address(),
        context().endpoint().port()));
  }

  public String callId() {
    return callId;
  }

  /** Registers (or changes bindings) with these fields, after any REGISTER still pending. */
  public void register(String what, Fields fields) {
    queue(new Registration(what, fields, false));
  }

  /**
   * Like {@link #register(String, Fields)}, but the REGISTER's CSeq is two lower than the last
   * one, as if an older REGISTER with these fields had been held up in the network (for the
   * section 10.3 CSeq rule; a phone never does this itself).
   */
  public void registerLate(String what, Fields fields) {
    queue(new Registration(what, fields, true));
  }

  private void queue(Registration registration) {
    queue.add(registration);
    if (pending == null) {
      sendNext();
    }
  }

  /** Binds this phone's own contact for {@code expiresSeconds}. */
  public void register(long expiresSeconds) {
    register("register", b -> b.header(HeaderName.CONTACT, contact())
        .header(HeaderName.EXPIRES, new Numeric(expiresSeconds)));
  }

  /** Section 10.2.2: {@code Contact: *} with {@code Expires: 0} removes every binding. */
  public void removeAll() {
    register("remove all", b -> b.header(HeaderName.EXPIRES, new Numeric(0))
        .header(HeaderName.CONTACT, Wildcard.INSTANCE));
  }

  /** Section 10.2.3: a REGISTER without Contact asks for the current bindings. */
  public void query() {
    register("query", b -> { });
  }

  /** Sends a REGISTER as it is, in a new transaction to the registrar (a test's own mistake). */
  public ClientTransaction sendAsIs(SipRequest register) {
    return core().send(register, registrar);
  }

  /** A REGISTER from this phone with the next CSeq, its fields, and no credentials. */
  public SipRequest.Builder nextRegister() {
    return nextRegister(SipUri.of(null, domain));
  }

  /** As {@link #nextRegister()}, to another Request-URI. */
  public SipRequest.Builder nextRegister(Uri requestUri) {
    return core().newRequest(Method.REGISTER, requestUri,
        NameAddress.of(aor()).withTag(fromTag), NameAddress.of(to()), callId, ++cseq);
  }

  /** A request of another method from this phone's AOR to its own AOR, outside any dialog. */
  public SipRequest.Builder newRequest(Method method, Uri requestUri) {
    return core().newRequest(method, requestUri, NameAddress.of(aor()), NameAddress.of(aor()));
  }

  /** The last REGISTER sent with credentials, without its Via: to replay in a test. */
  public SipRequest lastAuthorized() {
    return lastAuthorized;
  }

  /** Sets the CSeq the next REGISTER takes minus one. */
  public void cseq(long value) {
    cseq = value;
  }

  private void sendNext() {
    pending = queue.poll();
    challengesAnswered = 0;
    if (pending != null) {
      long last = cseq;
      if (pending.late()) {
        cseq = Math.max(0, cseq - 3);
      }
      send(challenge != null && preemptive);
      cseq = Math.max(cseq, last);
    }
  }

  private void send(boolean withCredentials) {
    SipRequest.Builder b = nextRegister();
    pending.fields().accept(b);
    SipRequest register = b.build();
    if (withCredentials) {
      register = register.append(HeaderName.AUTHORIZATION, credentials(register));
      lastAuthorized = register;
    }
    pendingTransaction = core().send(register, registrar);
  }

  private Credentials credentials(SipRequest register) {
    ClientAnswer answer = DigestClient.answer(challenge, user, password,
        new DigestRequest(register.method().name(), register.requestUri().toString(),
            register.body()), cnonces, ++nonceCount);
    return DigestValues.header(((ClientAnswer.Answered) answer).credentials());
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    if (!response.isFinal() || !transaction.request().method().equals(Method.REGISTER)) {
      return;
    }
    boolean queued = transaction == pendingTransaction;
    if (response.status() == 401 && queued && challengesAnswered < challengeAnswers) {
      challengesAnswered++;
      challenge = DigestValues.challenge(response.wwwAuthenticate().get(0));
      nonceCount = 0;
      send(true);
      return;
    }
    outcomes.add(Integer.toString(response.status()));
    finals.add(response);
    if (queued) {
      sendNext();
    }
  }

  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {
    if (transaction instanceof ClientTransaction) {
      outcomes.add("timeout");
      if (transaction == pendingTransaction) {
        sendNext();
      }
    }
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog) {
    if (request.method().equals(Method.INVITE) && dialog == null) {
      core().respond(transaction, core().responseTo(transaction, 180).build());
    }
    core().respond(transaction, core().responseTo(transaction, 200).build());
  }

  /** The last final response. */
  public SipResponse last() {
    return finals.get(finals.size() - 1);
  }
}
