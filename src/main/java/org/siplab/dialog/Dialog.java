package org.siplab.dialog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;

/**
 * The state of one dialog at one UA (RFC 3261 section 12): its id, local and remote URIs, local and
 * remote sequence numbers, remote target and route set. Immutable: each change returns a new
 * dialog, so a trace can show the values before and after.
 *
 * @param localCseq the last CSeq number this UA sent in the dialog, or {@link #EMPTY}
 * @param remoteCseq the last CSeq number the peer sent in the dialog, or {@link #EMPTY}
 * @param routeSet the route set, in the order requests must visit it (section 12.1.1 / 12.1.2)
 */
public record Dialog(DialogId id, DialogState state, NameAddress localParty,
    NameAddress remoteParty, long localCseq, long remoteCseq, Uri remoteTarget,
    List<NameAddress> routeSet, boolean secure) {

  /** Section 12.1.1: "[t]he local sequence number MUST be empty" at first on the UAS side. */
  public static final long EMPTY = -1;

  public Dialog {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    routeSet = List.copyOf(routeSet);
  }

  /**
   * Section 12.1.2: the UAC creates the dialog from a 1xx with a To tag or a 2xx. The route set is
   * the response's Record-Route in reverse order; the remote target its Contact; the local sequence
   * number the INVITE's CSeq; the remote one empty.
   */
  public static Dialog asUac(SipRequest invite, SipResponse response) {
    DialogId id = new DialogId(invite.callId(), tagOf(invite.from()), tagOf(response.to()));
    return new Dialog(id, response.isSuccess() ? DialogState.CONFIRMED : DialogState.EARLY,
        invite.from().withoutTag(), response.to().withoutTag(), invite.cseq().number(), EMPTY,
        targetOf(response, invite.requestUri()), uacRouteSet(response), isSecure(invite));
  }

  /** Section 12.1.2: the UAC's route set is the response's Record-Route in reverse order. */
  private static List<NameAddress> uacRouteSet(SipResponse response) {
    List<NameAddress> routes = new ArrayList<>(response.recordRoutes());
    Collections.reverse(routes);
    return routes;
  }

  /**
   * Section 12.1.1: the UAS creates the dialog when it answers with a 1xx or 2xx carrying its tag.
   * The route set is the request's Record-Route in order; the remote target its Contact; the remote
   * sequence number the request's CSeq; the local one empty.
   */
  public static Dialog asUas(SipRequest request, String localTag, boolean confirmed) {
    DialogId id = new DialogId(request.callId(), localTag, tagOf(request.from()));
    return new Dialog(id, confirmed ? DialogState.CONFIRMED : DialogState.EARLY,
        request.to().withoutTag(), request.from().withoutTag(), EMPTY, request.cseq().number(),
        targetOf(request, null), request.recordRoutes(), isSecure(request));
  }

  private static String tagOf(NameAddress party) {
    return party.hasTag() ? party.tag() : "";
  }

  private static Uri targetOf(SipMessage m, Uri fallback) {
    List<NameAddress> contacts = m.contacts();
    return contacts.isEmpty() ? fallback : contacts.get(0).uri();
  }

  /** Section 12.1.1: the secure flag is set when the request came over TLS with a SIPS URI. */
  private static boolean isSecure(SipRequest request) {
    return request.requestUri() instanceof SipUri s && s.secure();
  }

  /**
   * Section 12.2.1.1: the next request in the dialog. CSeq "MUST be incremented by one" (ACK and
   * CANCEL excepted: they repeat the number of the request they refer to); To and From carry the
   * remote and local URIs and tags; Request-URI and Route come from the remote target and route
   * set. Returns the dialog with its new local sequence number and a builder for the rest.
   */
  public Next nextRequest(Method method, long initialCseq) {
    long number = localCseq == EMPTY ? initialCseq : localCseq + 1;
    Dialog after = new Dialog(id, state, localParty, remoteParty, number, remoteCseq, remoteTarget,
        routeSet, secure);
    return new Next(after, after.requestBuilder(method, number));
  }

  /** A request and the dialog state after it, for {@link #nextRequest}. */
  public record Next(Dialog dialog, SipRequest.Builder request) {}

  /**
   * Section 13.2.2.4: the ACK for a 2xx is built like any request in the dialog, except that its
   * CSeq "MUST be the same as the INVITE being acknowledged, but the CSeq method MUST be ACK".
   */
  public SipRequest.Builder ackFor(CSeq inviteCseq) {
    return requestBuilder(Method.ACK, inviteCseq.number());
  }

  private SipRequest.Builder requestBuilder(Method method, long number) {
    Routing routing = Routing.of(remoteTarget, routeSet);
    SipRequest.Builder b = SipRequest.builder(method, routing.requestUri()).maxForwards(70);
    if (!routing.route().isEmpty()) {
      b.header(HeaderName.ROUTE, routing.route());
    }
    // Section 12.2.1.1:
    // "If the value of the remote or local tags is null, the tag parameter MUST be omitted" (an RFC
    // 2543 peer sends no tag).
    b.header(HeaderName.TO, withTag(remoteParty, id.remoteTag()))
        .header(HeaderName.FROM, withTag(localParty, id.localTag()))
        .callId(id.callId())
        .cseq(number, method);
    return b;
  }

  private static NameAddress withTag(NameAddress party, String tag) {
    return tag.isEmpty() ? party : party.withTag(tag);
  }

  /** What a UAS does with a request in this dialog (section 12.2.2). */
  public sealed interface Received permits Accepted, OutOfOrder {}

  /**
   * The request is in order; the dialog remembers its CSeq. A target refresh request's Contact is
   * not taken yet: see {@link #refreshedByAccepted}.
   */
  public record Accepted(Dialog dialog) implements Received {}

  /**
   * Section 12.2.2: "If the remote sequence number was not empty, but the sequence number of the
   * request is lower than the remote sequence number, the request is out of order and MUST be
   * rejected with a 500 (Server Internal Error) response."
   */
  public record OutOfOrder(long remembered, long received) implements Received {}

  /**
   * Checks a request received in this dialog. ACK and CANCEL repeat the number of the request they
   * refer to and do not move the remote sequence number; OPTIONS leaves the dialog alone.
   *
   * <p>An in-order request sets the remote sequence number at once, whatever the UA then answers:
   * section 12.2.2 checks and sets it on receipt ("The UAS MUST then set the remote sequence
   * number to the value of the sequence number in the CSeq header field value in the request"),
   * before the UA decides, and every later request must be checked against it, the answer to this
   * one still pending (a second INVITE meanwhile gets 500 by section 14.2). The remote target of a
   * target refresh waits for the UA's 2xx, since "If the request is rejected, none of the state
   * changes are performed" (12.2.2): a re-INVITE answered 488 leaves the target as it was.
   */
  public Received receive(SipRequest request) {
    long number = request.cseq().number();
    Method method = request.method();
    if (method.equals(Method.ACK) || method.equals(Method.CANCEL)) {
      return new Accepted(this);
    }
    if (method.equals(Method.OPTIONS)) {
      // Section 12.2.2: "Requests that do not change in any way the state of a dialog may be
      // received within a dialog (for example, an OPTIONS request). They are processed as if
      // they had been received outside the dialog." And 11.2: it "does not have any impact on
      // the dialog". So it is neither checked against nor stored as the remote sequence number,
      // which the rest of 12.2.2 keeps for requests that belong to the dialog's state.
      return new Accepted(this);
    }
    if (remoteCseq != EMPTY && number < remoteCseq) {
      return new OutOfOrder(remoteCseq, number);
    }
    return new Accepted(new Dialog(id, state, localParty, remoteParty, localCseq, number,
        remoteTarget, routeSet, secure));
  }

  /**
   * The dialog once this UA has accepted (answered 2xx) the target refresh request {@code
   * request}. Section 12.2.2: "When a UAS receives a target refresh request, it MUST replace the
   * dialog's remote target URI with the URI from the Contact header field in that request, if
   * present"; done on acceptance, as the same section makes requests atomic ("If a particular
   * request is accepted by the UAS, all the state changes associated with it are performed").
   */
  public Dialog refreshedByAccepted(SipRequest request) {
    return new Dialog(id, state, localParty, remoteParty, localCseq, remoteCseq,
        targetOf(request, remoteTarget), routeSet, secure);
  }

  /** Section 12.2: re-INVITE (and UPDATE, RFC 3311) is a target refresh request. */
  static boolean isTargetRefresh(Method method) {
    return method.equals(Method.INVITE) || method.equals(Method.UPDATE);
  }

  /**
   * Section 13.2.2.4: a 2xx whose dialog id matches an early dialog confirms it, "and the route set
   * for the dialog MUST be recomputed based on the 2xx response" (its Record-Route reversed, as in
   * section 12.1.2); its Contact is the new remote target. A 2xx for a dialog already confirmed (a
   * retransmission, or the answer to a re-INVITE) only refreshes the target: section 12.2.1.2 keeps
   * the route set for the dialog's life.
   */
  public Dialog confirmedBy(SipResponse response) {
    if (state != DialogState.EARLY) {
      return refreshedBy(response);
    }
    return new Dialog(id, DialogState.CONFIRMED, localParty, remoteParty, localCseq, remoteCseq,
        targetOf(response, remoteTarget), uacRouteSet(response), secure);
  }

  /** A 2xx to a target refresh sent by this UA updates the remote target (section 12.2.1.2). */
  public Dialog refreshedBy(SipResponse response) {
    return new Dialog(id, state, localParty, remoteParty, localCseq, remoteCseq,
        targetOf(response, remoteTarget), routeSet, secure);
  }

  /** Section 12.3: BYE, or a non-2xx final response to the INVITE of an early dialog. */
  public Dialog terminated() {
    return new Dialog(id, DialogState.TERMINATED, localParty, remoteParty, localCseq, remoteCseq,
        remoteTarget, routeSet, secure);
  }

  public boolean isTerminated() {
    return state == DialogState.TERMINATED;
  }
}
