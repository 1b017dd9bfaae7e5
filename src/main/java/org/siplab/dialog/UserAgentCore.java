package org.siplab.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;
import org.siplab.message.Uri;
import org.siplab.message.Via;
import org.siplab.message.Warning;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.Responses;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;
import org.siplab.transaction.TransactionLayer;
import org.siplab.transaction.TransactionUser;

/**
 * The UA core of RFC 3261 sections 8, 12, 13, 14 and 15: the part of every UA that sits on the
 * transaction layer and keeps the rules no application may forget.
 *
 * <ul>
 *   <li>every request received but ACK and CANCEL passes the application's checks of section 8.2
 *       first, in that section's order around the core's own check for a merged request (8.2.2.2:
 *       482); a BYE and a request within a dialog too (15.1.2, 12.2.2);
 *   <li>requests outside a dialog get a fresh Call-ID, From tag and CSeq (section 8.1.1); each
 *       request gets a Via with a new branch (8.1.1.7) and goes to its next hop (8.1.2);
 *   <li>dialogs are created from 1xx/2xx with a To tag (12.1), each new request in one takes the
 *       next CSeq (12.2.1.1), a request with a lower CSeq than the last is answered 500 and one for
 *       no dialog 481 (12.2.2), and an ACK is never answered;
 *   <li>every 2xx to an INVITE is ACKed, retransmissions too (13.2.2.4); a 2xx this UA sends is
 *       retransmitted until its ACK arrives, and after 64*T1 without one the dialog ends with BYE
 *       (13.3.1.4);
 *   <li>BYE is answered 200 and ends the dialog (15.1.2); CANCEL is answered 200 and its INVITE
 *       487 (9.2).
 * </ul>
 *
 * In the chan_sip study, {@code handle_request} does much of this by hand for each method after
 * {@code find_call} found the call by Call-ID; here a dialog is found by Call-ID and both tags.
 */
public final class UserAgentCore implements TransactionUser {

  private final String element;
  private final TransactionLayer layer;
  private final TimerService timers;
  private final IdSource ids;
  private final Resolver resolver;
  private final DialogTable dialogs;
  private final AnswerRetransmission answers;
  /**
   * The ACKs this UA sent in each dialog, by the CSeq number of the INVITE they acknowledge: a copy
   * of an earlier INVITE's 2xx may arrive after a re-INVITE's 2xx and gets its own ACK again. An
   * entry lives as long as its INVITE client transaction, which passes the 2xx copies up while
   * Accepted (RFC 6026 section 8.4); after Timer M a copy matches nothing and is discarded.
   */
  private final Map<DialogId, Map<Long, Ack>> acks = new LinkedHashMap<>();
  private final Map<ServerTransaction, String> localTags = new LinkedHashMap<>();
  /**
   * Requests of a dialog not yet finally answered, which a BYE ends with 487 (15.1.2): an INVITE
   * once a provisional response has made its early dialog, and requests received in a dialog.
   */
  private final Map<ServerTransaction, DialogId> pendingInDialog = new LinkedHashMap<>();
  /**
   * Dialogs this UA sent a BYE in, until the BYE's transaction ends them: a request other than
   * BYE and ACK that arrives after the BYE left gets 481.
   */
  private final Set<DialogId> closing = new HashSet<>();
  /**
   * The server transactions of requests outside a dialog that have not yet ended, by From tag,
   * Call-ID and CSeq: a request that matches one of them by these but is not of it (another
   * branch) is a merged request (section 8.2.2.2).
   */
  private final Map<MergeKey, ServerTransaction> ongoing = new LinkedHashMap<>();
  /** INVITE client transactions of this UA that got a 2xx and have not yet ended (Timer M). */
  private final Set<ClientTransaction> answeredInvites = new LinkedHashSet<>();
  private UaApplication app;
  private NameAddress contact;
  private Consumer<String> acceptsOutOfOrder;

  /** The ACK this UA sent for a 2xx, resent for each retransmission of that 2xx. */
  private record Ack(SipRequest request, Endpoint destination) {}

  /** What section 8.2.2.2 compares: From tag, Call-ID and CSeq (number and method). */
  private record MergeKey(String fromTag, String callId, long cseq, Method method) {
    static MergeKey of(SipRequest request) {
      return new MergeKey(tagOf(request.from()), request.callId(), request.cseq().number(),
          request.cseq().method());
    }
  }

  /** See {@link #maxForwards(int)}. */
  private int maxForwards = 70;

  public UserAgentCore(String element, TransactionLayer layer, TimerService timers, IdSource ids,
      Resolver resolver, DialogObserver observer) {
    this.element = Objects.requireNonNull(element, "element");
    this.layer = Objects.requireNonNull(layer, "layer");
    this.timers = Objects.requireNonNull(timers, "timers");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.dialogs = new DialogTable(element, observer);
    this.answers = new AnswerRetransmission(layer, timers, layer.settings().timers(),
        this::noAckCame);
  }

  /** Sets the application the core serves; must be called before any message arrives. */
  public void serve(UaApplication application) {
    this.app = Objects.requireNonNull(application, "application");
  }

  /**
   * The Contact this UA puts into INVITEs (section 8.1.1.8) and into 1xx/2xx responses that create
   * a dialog (section 12.1.1), where they lack one.
   */
  public void contact(NameAddress value) {
    this.contact = value;
  }

  public NameAddress contact() {
    return contact;
  }

  /**
   * A deliberate violation, for teaching: from now on a request in a dialog with a CSeq lower
   * than the last one received is taken as if it were in order, where section 12.2.2 says it
   * "MUST be rejected with a 500 (Server Internal Error) response"; {@code note} hears of each
   * one, in words. The rule checker flags the answer as CSEQ-007.
   */
  public void acceptOutOfOrder(Consumer<String> note) {
    this.acceptsOutOfOrder = Objects.requireNonNull(note, "note");
  }

  public IdSource ids() {
    return ids;
  }

  public TransactionLayer layer() {
    return layer;
  }

  public Optional<Dialog> dialog(DialogId id) {
    return dialogs.find(id);
  }

  public List<Dialog> dialogs() {
    return dialogs.all();
  }

  // ---- sending requests --------------------------------------------------------------------

  /**
   * Section 8.1.1.6: the Max-Forwards of the requests this UA starts, outside or inside a dialog;
   * "SHOULD be 70", which is the default. A scenario lowers it to show a proxy's 483.
   */
  public void maxForwards(int hops) {
    if (hops < 0 || hops > 255) {
      throw new IllegalArgumentException("Max-Forwards is 0 to 255 (section 20.22): " + hops);
    }
    maxForwards = hops;
  }

  /**
   * A request outside any dialog (section 8.1.1): Request-URI, To, From with a new tag, a new
   * Call-ID, CSeq 1 and Max-Forwards (70 unless set otherwise). The caller may add headers and a
   * body before {@link #send}.
   */
  public SipRequest.Builder newRequest(Method method, Uri requestUri, NameAddress from,
      NameAddress to) {
    return newRequest(method, requestUri, from.withTag(ids.tag()), to, ids.callId(), 1);
  }

  /** A request outside a dialog with the Call-ID, From (tag included) and CSeq given. */
  public SipRequest.Builder newRequest(Method method, Uri requestUri, NameAddress from,
      NameAddress to, String callId, long cseq) {
    return SipRequest.builder(method, requestUri)
        .maxForwards(maxForwards)
        .header(HeaderName.TO, to)
        .header(HeaderName.FROM, from)
        .callId(callId)
        .cseq(cseq, method);
  }

  /** Sends a request in a new client transaction to its next hop (section 8.1.2). */
  public ClientTransaction send(SipRequest request) {
    Uri hop = NextHop.of(request);
    Endpoint destination = resolver.resolve(hop).orElseThrow(() ->
        new IllegalStateException(element + ": no element serves " + hop));
    return send(request, destination);
  }

  /**
   * Sends a request in a new client transaction to {@code destination} (an outbound proxy, section
   * 8.1.2), with this UA's Via and a new branch on top and a Contact added to an INVITE.
   */
  public ClientTransaction send(SipRequest request, Endpoint destination) {
    SipRequest withVia = request.prepend(HeaderName.VIA,
        Via.udp(layer.transport().sentBy(), ids.branch()));
    return layer.startClientTransaction(withContact(withVia), destination);
  }

  private SipRequest withContact(SipRequest request) {
    boolean needs = request.method().equals(Method.INVITE)
        || request.method().equals(Method.UPDATE);
    if (needs && contact != null && request.contacts().isEmpty() && !request.hasWildcardContact()) {
      return request.append(HeaderName.CONTACT, contact);
    }
    return request;
  }

  /**
   * The next request in a dialog (section 12.2.1.1): CSeq one higher, To and From with both tags,
   * Request-URI and Route from the remote target and route set. {@code customize} adds a body or
   * headers. Sent to the next hop the route set gives.
   */
  public ClientTransaction sendInDialog(DialogId id, Method method,
      Consumer<SipRequest.Builder> customize) {
    Dialog d = dialogs.find(id).orElseThrow(() ->
        new IllegalStateException(element + ": no dialog " + id));
    if (method.equals(Method.BYE)) {
      // Section 15.1.1: the UAC "MUST consider the session terminated ... as soon as the BYE
      // request is passed to the client transaction", so a request the peer sent in the dialog
      // and this UA has not answered (a re-INVITE) is answered first, 487 as section 15.1.2
      // recommends to the side receiving the BYE, rather than later with a session that is gone.
      endPendingRequests(id);
      closing.add(id);
    }
    Dialog.Next next = d.nextRequest(method, 1);
    customize.accept(next.request());
    dialogs.put(next.dialog(), "sent " + method + " with CSeq " + next.dialog().localCseq());
    SipRequest request = next.request().build();
    return send(maxForwards == 70 ? request
        : (SipRequest) request.with(HeaderName.MAX_FORWARDS, new Numeric(maxForwards)));
  }

  // ---- answering requests -------------------------------------------------------------------

  /**
   * A response to {@code request} as section 8.2.6.2 builds it, with the To tag this UA uses for
   * the transaction (the same tag on every response of one transaction, none on a 100).
   */
  public SipResponse.Builder responseTo(ServerTransaction transaction, int status) {
    SipRequest request = transaction.request();
    SipResponse base = Responses.to(request, status);
    if (status > 100 && !request.to().hasTag()) {
      // Section 8.2.6.2: "the UAS MUST add a tag to the To header field in the response".
      base = base.with(HeaderName.TO, request.to().withTag(localTag(transaction)));
    }
    return SipResponse.builder(status).fields(base.headers());
  }

  private String localTag(ServerTransaction transaction) {
    return localTags.computeIfAbsent(transaction, t -> ids.tag());
  }

  /**
   * Sends a response on a server transaction. A 1xx (above 100) or 2xx to an INVITE with a To tag
   * creates or confirms the dialog (section 12.1.1); a 2xx to an INVITE is retransmitted until its
   * ACK comes (section 13.3.1.4); a final response forgets the transaction's tag.
   */
  public void respond(ServerTransaction transaction, SipResponse response) {
    SipRequest request = transaction.request();
    SipResponse out = response;
    boolean invite = request.method().equals(Method.INVITE);
    SipResponse last = transaction.lastResponse();
    if (last != null && last.isFinal() && !(invite && last.isSuccess() && response.isSuccess())) {
      // The request has its final response already (a 487 the core sent when a BYE or CANCEL
      // ended it, section 15.1.2 and 9.2): a late answer from the application is dropped, as the
      // transaction would drop it, and starts no dialog or 2xx retransmission. Only a further
      // 2xx to an INVITE may follow a 2xx (RFC 6026 section 8.7).
      return;
    }
    if (invite && response.isSuccess() && !response.to().hasTag()) {
      throw new IllegalArgumentException(element + ": a 2xx to INVITE creates a dialog and needs a"
          + " To tag (section 12.1.1); use responseTo()");
    }
    if (invite && response.status() > 100 && response.status() < 300 && response.to().hasTag()) {
      out = withRecordRoute(request, withDialogContact(response));
      trackUasDialog(request, out);
      if (out.isProvisional()) {
        pendingInDialog.putIfAbsent(transaction, uasDialogId(request, out));
      }
    }
    if (invite && response.status() >= 300 && !request.to().hasTag() && response.to().hasTag()) {
      dialogs.find(new DialogId(request.callId(), response.to().tag(), tagOf(request.from())))
          .ifPresent(d -> terminate(d, "sent " + response.status()
              + ": the early dialog ends (section 12.3)"));
    }
    if (out.isSuccess() && request.to().hasTag() && Dialog.isTargetRefresh(request.method())) {
      acceptTargetRefresh(request, out);
    }
    transaction.respond(out);
    if (invite && out.isSuccess()) {
      answers.start(uasDialogId(request, out), out, transaction.id());
    }
    if (out.isFinal()) {
      localTags.remove(transaction);
      pendingInDialog.remove(transaction);
    }
  }

  /**
   * Section 12.1.1: "the UAS MUST copy all Record-Route header field values from the request into
   * the response ... and MUST maintain the order of those values", so that the caller learns the
   * route set too.
   */
  private static SipResponse withRecordRoute(SipRequest request, SipResponse response) {
    if (request.recordRoutes().isEmpty() || !response.recordRoutes().isEmpty()) {
      return response;
    }
    SipResponse out = response;
    for (NameAddress rr : request.recordRoutes()) {
      out = out.append(HeaderName.RECORD_ROUTE, rr);
    }
    return out;
  }

  private SipResponse withDialogContact(SipResponse response) {
    if (response.contacts().isEmpty() && contact != null) {
      return response.append(HeaderName.CONTACT, contact);
    }
    return response;
  }

  private void trackUasDialog(SipRequest request, SipResponse response) {
    DialogId id = uasDialogId(request, response);
    Optional<Dialog> existing = dialogs.find(id);
    if (existing.isEmpty()) {
      Dialog created = Dialog.asUas(request, response.to().tag(), response.isSuccess());
      dialogs.put(created, "sent " + response.status() + " " + response.reason()
          + " with To tag " + response.to().tag() + " (section 12.1.1)");
    } else if (response.isSuccess() && existing.get().state() == DialogState.EARLY) {
      dialogs.put(new Dialog(id, DialogState.CONFIRMED, existing.get().localParty(),
          existing.get().remoteParty(), existing.get().localCseq(), existing.get().remoteCseq(),
          existing.get().remoteTarget(), existing.get().routeSet(), existing.get().secure()),
          "sent " + response.status() + " " + response.reason() + ": the dialog is confirmed");
    }
  }

  /**
   * A 2xx to a target refresh request received in a dialog (a re-INVITE) accepts it, and only now
   * does its Contact become the remote target (section 12.2.2, see {@link Dialog#receive}).
   */
  private void acceptTargetRefresh(SipRequest request, SipResponse response) {
    dialogs.find(uasDialogId(request, response)).filter(d -> !d.isTerminated()).ifPresent(d -> {
      Dialog refreshed = d.refreshedByAccepted(request);
      if (!refreshed.equals(d)) {
        dialogs.put(refreshed, "sent " + response.status() + " " + response.reason() + " to the "
            + request.method() + " with CSeq " + request.cseq().number()
            + ": a target refresh takes effect when accepted (section 12.2.2)");
      }
    });
  }

  private static DialogId uasDialogId(SipRequest request, SipResponse response) {
    return new DialogId(request.callId(), response.to().tag(), tagOf(request.from()));
  }

  static String tagOf(NameAddress party) {
    return party != null && party.hasTag() ? party.tag() : "";
  }

  // ---- TransactionUser ----------------------------------------------------------------------

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction) {
    if (request.method().equals(Method.CANCEL)) {
      onCancel(request, transaction);
      return;
    }
    if (!request.to().hasTag()) {
      // Section 8.2's order: the method and the Request-URI, then a merged request, then Require
      // and the body.
      if (refused(transaction, Inspection.METHOD_AND_ADDRESS)) {
        return;
      }
      if (isMerged(request, transaction)) {
        respond(transaction, responseTo(transaction, 482)
            .header(HeaderName.WARNING, new Warning(399, layer.transport().sentBy().host(),
                "a copy of a request already being handled, arrived by another path (RFC 3261"
                    + " section 8.2.2.2)"))
            .build());
        return;
      }
      if (refused(transaction, Inspection.EXTENSIONS_AND_BODY)) {
        return;
      }
      app.onRequest(request, transaction, null);
      return;
    }
    boolean bye = request.method().equals(Method.BYE);
    if (bye && refusedByAnyCheck(transaction)) {
      // Section 15.1.2: "A UAS first processes the BYE request according to the general UAS
      // processing described in Section 8.2", before it looks for the dialog; the dialog stays.
      return;
    }
    DialogId id = new DialogId(request.callId(), request.to().tag(), tagOf(request.from()));
    Optional<Dialog> dialog = dialogs.find(id);
    if (dialog.isEmpty()) {
      // Section 12.2.2: "If the UAS wishes to reject the request because it does not wish to
      // recreate the dialog, it MUST respond to the request with a 481".
      respond(transaction, responseTo(transaction, 481).build());
      return;
    }
    boolean ack = request.method().equals(Method.ACK);
    if (!bye && !ack && closing.contains(id)) {
      respond(transaction, crossedBye(transaction));
      return;
    }
    if (!bye && refusedByAnyCheck(transaction)) {
      // Section 12.2.2: a request that matches a dialog is first checked as one outside a dialog
      // would be (section 8.2); refused, it leaves the dialog as it was, its CSeq not taken.
      return;
    }
    Dialog.Received received = dialog.get().receive(request);
    if (received instanceof Dialog.OutOfOrder o && acceptsOutOfOrder != null) {
      acceptsOutOfOrder.accept(request.method() + " with CSeq " + o.received() + ", lower than "
          + o.remembered() + ", is taken instead of answered 500");
      received = new Dialog.Accepted(dialog.get());
    }
    if (received instanceof Dialog.OutOfOrder o) {
      respond(transaction, responseTo(transaction, 500)
          .header(HeaderName.WARNING, new Warning(399, layer.transport().sentBy().host(),
              "CSeq " + o.received() + " is lower than " + o.remembered()
                  + ", the last CSeq received in this dialog (RFC 3261 section 12.2.2)"))
          .build());
      return;
    }
    Dialog current = dialogs.put(((Dialog.Accepted) received).dialog(),
        "received " + request.method() + " with CSeq " + request.cseq().number());
    if (bye) {
      onBye(request, transaction, current);
    } else {
      if (!ack) {
        pendingInDialog.put(transaction, current.id());
      }
      app.onRequest(request, transaction, current);
    }
  }

  /**
   * The answer to a request that arrives in a dialog after this UA sent its BYE there (the two
   * crossed): 481, not the 487 of section 15.1.2. A 487 says "The request was terminated by a BYE
   * or CANCEL request" (21.4.25), which fits a request that was pending when the BYE left; this
   * one came after, for a dialog this UA has already given up: "The UAC MUST consider the session
   * terminated (and therefore stop sending or listening for media) as soon as the BYE request is
   * passed to the client transaction" (15.1.1). So it is not passed up (it would start media
   * again on a call that has ended), takes no CSeq (12.2.2: "If the request is rejected, none of
   * the state changes are performed"), and gets the answer for a dialog that does not exist
   * (12.2.2, 21.4.19). Its sender then ends the dialog too, even if the BYE is lost: "If the
   * response for a request within a dialog is a 481 (Call/Transaction Does Not Exist) or a 408
   * (Request Timeout), the UAC SHOULD terminate the dialog" (12.2.1.2). The Warning says why, as
   * the 500 for a lower CSeq does. A BYE that crosses this UA's BYE is still answered 200
   * (15.1.2), and an ACK is never answered.
   */
  private SipResponse crossedBye(ServerTransaction transaction) {
    return responseTo(transaction, 481)
        .header(HeaderName.WARNING, new Warning(399, layer.transport().sentBy().host(),
            "this UA sent a BYE in this dialog before the request arrived; the dialog is over"
                + " on its side (RFC 3261 section 15.1.1)"))
        .build();
  }

  /**
   * Asks the application's checks of one stage of section 8.2 ({@link UaApplication#inspect}) and
   * sends its refusal, if any. An ACK is never refused: it gets no response.
   */
  private boolean refused(ServerTransaction transaction, Inspection stage) {
    if (transaction.request().method().equals(Method.ACK)) {
      return false;
    }
    Optional<SipResponse> refusal = app.inspect(transaction, stage);
    refusal.ifPresent(response -> respond(transaction, response));
    return refusal.isPresent();
  }

  /** Both stages of section 8.2, for a request with a To tag, which cannot be a merged one. */
  private boolean refusedByAnyCheck(ServerTransaction transaction) {
    return refused(transaction, Inspection.METHOD_AND_ADDRESS)
        || refused(transaction, Inspection.EXTENSIONS_AND_BODY);
  }

  /**
   * Section 8.2.2.2: "If the request has no tag in the To header field, the UAS core MUST check
   * the request against ongoing transactions. If the From tag, Call-ID, and CSeq exactly match
   * those associated with an ongoing transaction, but the request does not match that transaction
   * (based on the matching rules in Section 17.2.3), the UAS core SHOULD generate a 482 (Loop
   * Detected) response": a forking proxy's copies reached this UA by two paths. A retransmission
   * matches its transaction and never gets here; the first copy is remembered until its
   * transaction ends.
   *
   * <p>A REGISTER is left to the registrar, which section 10.3 step 7 gives its own rule for a
   * REGISTER repeating the CSeq of its Call-ID ("If not, the update MUST be aborted and the
   * request fails"); a REGISTER is addressed to a registrar, not forked to a user's devices.
   */
  private boolean isMerged(SipRequest request, ServerTransaction transaction) {
    if (request.method().equals(Method.REGISTER)) {
      return false;
    }
    ServerTransaction first = ongoing.putIfAbsent(MergeKey.of(request), transaction);
    return first != null && first != transaction;
  }

  /** Section 15.1.2: the UAS answers BYE with 2xx and ends the session and the dialog. */
  private void onBye(SipRequest bye, ServerTransaction transaction, Dialog dialog) {
    answers.stop(dialog.id());
    respond(transaction, responseTo(transaction, 200).build());
    Dialog ended = terminate(dialog, "received BYE (section 15.1.2)");
    // The ACKs sent in this dialog stay until their INVITE transactions end (forgetAcks): a
    // delayed copy of a 2xx may still come, and is ACKed again without making a new dialog.
    endPendingRequests(dialog.id());
    app.onDialogEnded(ended, "received BYE");
  }

  /** Ends a dialog (section 12.3), with the reason the trace gives. */
  private Dialog terminate(Dialog dialog, String why) {
    closing.remove(dialog.id());
    return dialogs.put(dialog.terminated(), why);
  }

  /**
   * Section 15.1.2: "The UAS MUST still respond to any pending requests received for that dialog.
   * It is RECOMMENDED that a 487 (Request Terminated) response be generated to those pending
   * requests": the INVITE of an early dialog (the caller "MAY send a BYE for either confirmed or
   * early dialogs", section 15), without which both INVITE transactions would wait for ever, and
   * a re-INVITE or another request in the dialog that the application has not answered yet.
   */
  private void endPendingRequests(DialogId id) {
    List<Map.Entry<ServerTransaction, DialogId>> entries =
        new ArrayList<>(pendingInDialog.entrySet());
    for (Map.Entry<ServerTransaction, DialogId> entry : entries) {
      ServerTransaction pending = entry.getKey();
      if (entry.getValue().equals(id)) {
        respond(pending, responseTo(pending, 487).build());
      }
    }
  }

  /**
   * Section 9.2: a CANCEL that matches a transaction is answered 200, and a pending INVITE 487;
   * one that matches nothing, 481.
   */
  private void onCancel(SipRequest cancel, ServerTransaction cancelTransaction) {
    Optional<ServerTransaction> target = layer.findCancelTarget(cancel);
    if (target.isEmpty()) {
      respond(cancelTransaction, responseTo(cancelTransaction, 481).build());
      return;
    }
    ServerTransaction original = target.get();
    SipResponse last = original.lastResponse();
    // Section 9.2: "[t]he To tag of the response to the CANCEL and the To tag in the response to
    // the original request SHOULD be the same": the tag already sent (a final response has
    // forgotten the transaction's tag), else the one the INVITE's responses will carry.
    String tag = last != null && last.to().hasTag() ? last.to().tag() : localTag(original);
    SipResponse ok = Responses.to(cancel, 200);
    respond(cancelTransaction, ok.with(HeaderName.TO, cancel.to().hasTag() ? cancel.to()
        : cancel.to().withTag(tag)));
    // Section 9.2: without a final response yet, "If the original request was an INVITE, the UAS
    // SHOULD immediately respond to the INVITE with a 487"; "A CANCEL request has no impact on
    // the processing of transactions with any other method".
    boolean pendingInvite = original.request().method().equals(Method.INVITE)
        && (last == null || !last.isFinal());
    if (pendingInvite) {
      respond(original, responseTo(original, 487).build());
      app.onCancelled(original.request());
    }
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction) {
    SipRequest request = transaction.request();
    Dialog dialog = null;
    if (request.method().equals(Method.INVITE)) {
      dialog = inviteResponse(request, response, transaction);
    } else if (request.to().hasTag()) {
      dialog = inDialogResponse(request, response);
      if (dialog != null && dialog.state() == DialogState.TERMINATED
          && !request.method().equals(Method.BYE)) {
        // Section 12.2.1.2: the 481 or 408 ended the dialog, and with it the session; the
        // application hears of it as of a timeout (a BYE's end it asked for itself).
        app.onDialogEnded(dialog, "received " + response.status() + " " + response.reason()
            + " to " + request.method() + ": the dialog is gone (section 12.2.1.2)");
      }
    }
    app.onResponse(response, transaction, dialog);
  }

  private Dialog inviteResponse(SipRequest invite, SipResponse response,
      ClientTransaction transaction) {
    if (invite.to().hasTag() && (response.status() == 481 || response.status() == 408)) {
      return inDialogResponse(invite, response);
    }
    boolean createsDialog = response.status() > 100 && response.status() < 300
        && response.to().hasTag();
    if (!createsDialog) {
      if (response.isFinal() && !invite.to().hasTag()) {
        dialogs.endEarly(invite.callId(), tagOf(invite.from()), "received " + response.status()
            + " " + response.reason() + ": early dialogs end (section 12.3)");
      }
      return null;
    }
    DialogId id = new DialogId(invite.callId(), tagOf(invite.from()), response.to().tag());
    Optional<Dialog> existing = dialogs.find(id);
    if (existing.isEmpty()
        && (invite.to().hasTag() || sentAck(id, invite.cseq().number()) != null)) {
      // A copy of a 2xx that arrives after its dialog ended (a BYE went both ways while the copy
      // was delayed) still gets its ACK (section 13.2.2.4: one "for each 2xx"), the one sent for
      // the first copy; but it makes no new dialog: section 12.1 creates dialogs from responses to
      // requests outside a dialog, and this dialog was made and ended already. A re-INVITE's 2xx
      // never makes one (it was sent in a dialog, section 12.2). A late provisional response
      // gets nothing.
      if (response.isSuccess() && sentAck(id, invite.cseq().number()) != null) {
        resendAck(id, invite.cseq().number());
      } else if (response.isSuccess()) {
        ackWithoutTheDialog(id, invite, response);
      }
      return null;
    }
    Dialog d;
    String why = "received " + response.status() + " " + response.reason();
    if (existing.isEmpty()) {
      d = dialogs.put(Dialog.asUac(invite, response), why + " with To tag " + response.to().tag()
          + " (section 12.1.2)");
    } else if (response.isSuccess() && sentAck(id, invite.cseq().number()) == null) {
      d = dialogs.put(existing.get().confirmedBy(response), why);
    } else {
      // A copy of a 2xx already ACKed (a retransmission, or the first copy delayed past its
      // retransmissions) is ACKed again and changes nothing: its Contact was taken from the first
      // copy, and a target refreshed since then (by a re-INVITE of the peer's, section 12.2.2)
      // must not be put back by a stale copy (section 12.2.1.2 replaces the target on a 2xx to a
      // target refresh, once).
      d = existing.get();
    }
    if (response.isSuccess()) {
      ack(d, invite, response);
      rememberAnswered(invite, transaction);
    }
    return d;
  }

  /**
   * Section 13.2.2.4: "The UAC core considers the INVITE transaction completed 64*T1 seconds after
   * the reception of the first 2xx response. At this point all the early dialogs that have not
   * transitioned to established dialogs are terminated." (A fork that rang but never answered.)
   * That moment is when the INVITE client transaction, Accepted since the first 2xx, ends by
   * Timer M (RFC 6026 section 8.4): see {@link #onTerminated}.
   */
  private void rememberAnswered(SipRequest invite, ClientTransaction transaction) {
    if (!invite.to().hasTag()) {
      answeredInvites.add(transaction);
    }
  }

  @Override
  public void onTerminated(Transaction transaction) {
    if (transaction instanceof ServerTransaction server) {
      pendingInDialog.remove(server);
      localTags.remove(server);
      ongoing.remove(MergeKey.of(server.request()), server);
    }
    if (transaction instanceof ClientTransaction client && answeredInvites.remove(client)) {
      SipRequest invite = client.request();
      dialogs.endEarly(invite.callId(), tagOf(invite.from()), "the INVITE transaction is"
          + " complete 64*T1 after its first 2xx, and early dialogs that were not confirmed end"
          + " (section 13.2.2.4)");
    }
    if (transaction instanceof ClientTransaction client
        && client.request().method().equals(Method.INVITE)) {
      forgetAcks(client.request());
    }
  }

  /**
   * Drops the ACKs sent for this INVITE's 2xx responses, in every dialog it made (one a fork that
   * answered): its transaction has ended, so no copy of those 2xx can reach this core any more.
   */
  private void forgetAcks(SipRequest invite) {
    String callId = invite.callId();
    String localTag = tagOf(invite.from());
    long cseq = invite.cseq().number();
    acks.entrySet().removeIf(e -> e.getKey().callId().equals(callId)
        && e.getKey().localTag().equals(localTag)
        && e.getValue().remove(cseq) != null && e.getValue().isEmpty());
  }

  private Dialog inDialogResponse(SipRequest request, SipResponse response) {
    DialogId id = new DialogId(request.callId(), tagOf(request.from()), request.to().tag());
    Optional<Dialog> d = dialogs.find(id);
    if (d.isEmpty()) {
      return null;
    }
    Method method = request.method();
    if (method.equals(Method.BYE) && response.isFinal()
        || response.status() == 481 || response.status() == 408) {
      // Section 12.2.1.2: "If the response for a request within a dialog is a 481 ... or a 408
      // ..., the UAC SHOULD terminate the dialog"; section 15.1.1: a BYE's final response ends it.
      return terminate(d.get(), "received " + response.status() + " "
          + response.reason() + " to " + method);
    }
    return d.get();
  }

  /**
   * Section 13.2.2.4: "The UAC core MUST generate an ACK request for each 2xx received from the
   * transaction layer." The same ACK is resent for each retransmission of the 2xx.
   */
  private void ack(Dialog dialog, SipRequest invite, SipResponse ok) {
    if (sentAck(dialog.id(), invite.cseq().number()) != null) {
      resendAck(dialog.id(), invite.cseq().number());
      return;
    }
    SipRequest.Builder b = dialog.ackFor(invite.cseq());
    copyCredentials(b, invite);
    byte[] body = app == null ? null : app.ackBody(ok, dialog);
    if (body != null) {
      b.body(MediaType.SDP, body);
    }
    SipRequest ack = withOwnVia(b);
    Uri hop = NextHop.of(ack);
    keepAndSend(dialog.id(), invite, ack, resolver.resolve(hop).orElseThrow(() ->
        new IllegalStateException(element + ": no element serves " + hop)));
  }

  /** Section 13.2.2.4: "The ACK MUST contain the same credentials as the INVITE." */
  private static void copyCredentials(SipRequest.Builder ack, SipRequest invite) {
    ack.eachOn(HeaderName.AUTHORIZATION, invite.authorization());
    ack.eachOn(HeaderName.PROXY_AUTHORIZATION, invite.proxyAuthorization());
  }

  private SipRequest withOwnVia(SipRequest.Builder b) {
    return b.build().prepend(HeaderName.VIA, Via.udp(layer.transport().sentBy(), ids.branch()));
  }

  /** Sends an ACK for the 2xx to {@code invite}, kept to be sent again for each copy of it. */
  private void keepAndSend(DialogId id, SipRequest invite, SipRequest ack, Endpoint destination) {
    acks.computeIfAbsent(id, d -> new LinkedHashMap<>())
        .put(invite.cseq().number(), new Ack(ack, destination));
    layer.sendStateless(ack, destination);
  }

  /** How many ACKs this core keeps for resending, over all dialogs (for tests of its memory). */
  int sentAcksKept() {
    return acks.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * Section 13.2.2.4: "The UAC core MUST generate an ACK request for each 2xx", also for the 2xx
   * to a re-INVITE whose first copy comes after the dialog ended (a BYE crossed it), or its UAS
   * resends it for 64*T1. The dialog is gone, but the re-INVITE was built from it: its Request-URI
   * and Route headers are the remote target and route set the ACK needs (section 12.2.1.1), and
   * the 2xx's To carries the remote tag. No body: the session has ended, so no answer is owed.
   */
  private void ackWithoutTheDialog(DialogId id, SipRequest invite, SipResponse ok) {
    SipRequest.Builder b = SipRequest.builder(Method.ACK, invite.requestUri()).maxForwards(70);
    b.eachOn(HeaderName.ROUTE, invite.routes());
    b.header(HeaderName.TO, ok.to()).header(HeaderName.FROM, invite.from())
        .callId(invite.callId()).cseq(invite.cseq().number(), Method.ACK);
    copyCredentials(b, invite);
    SipRequest ack = withOwnVia(b);
    resolver.resolve(NextHop.of(ack))
        .ifPresent(destination -> keepAndSend(id, invite, ack, destination));
  }

  /**
   * Section 13.2.2.4: the ACK for a copy of a 2xx is the one sent for the first, answer (when the
   * 2xx carried an offer) included, even after a re-INVITE's ACK went out.
   */
  private void resendAck(DialogId dialog, long inviteCseq) {
    Ack previous = sentAck(dialog, inviteCseq);
    if (previous != null) {
      layer.sendStateless(previous.request(), previous.destination());
    }
  }

  private Ack sentAck(DialogId dialog, long inviteCseq) {
    Map<Long, Ack> sent = acks.get(dialog);
    return sent == null ? null : sent.get(inviteCseq);
  }

  @Override
  public void onStrayAck(SipRequest ack) {
    DialogId id = new DialogId(ack.callId(), tagOf(ack.to()), tagOf(ack.from()));
    // Section 13.3.1.4: the 2xx's retransmissions "cease when an ACK request for the response is
    // received", also when the dialog has ended meanwhile (a BYE crossed the lost first ACK).
    boolean awaited = answers.stop(id, ack.cseq().number());
    Optional<Dialog> dialog = dialogs.find(id);
    if (dialog.isEmpty() || !awaited) {
      return;
    }
    app.onAck(ack, dialog.get());
  }

  /**
   * A response that matched no client transaction, such as a 2xx copy after Timer M ended the
   * INVITE client transaction: RFC 6026 section 8.9 replaces section 18.1.2's "passed to the core"
   * with RFC 6026's "any element other than a stateless proxy MUST silently discard the response".
   * The 2xx copies that still need an ACK are the ones the Accepted transaction passes up
   * (13.2.2.4).
   */
  @Override
  public void onStrayResponse(SipResponse response) {
    // Discarded, as RFC 6026 section 8.9 asks.
  }

  @Override
  public void onTimeout(Transaction transaction, TimerName timer) {
    SipRequest request = transaction.request();
    if (request.to().hasTag() && transaction instanceof ClientTransaction) {
      // Section 12.2.1.2: a timeout of a request in a dialog is treated as a 408.
      DialogId id = new DialogId(request.callId(), tagOf(request.from()), request.to().tag());
      dialogs.find(id).ifPresent(d -> {
        Dialog ended = terminate(d, timer.title() + " fired for " + request.method()
            + ": treated as 408, the dialog ends (section 12.2.1.2)");
        app.onDialogEnded(ended, "no response to " + request.method());
      });
    }
    app.onTimedOut(transaction, timer);
  }

  @Override
  public void onTransportError(Transaction transaction, String reason) {
    app.onSendFailed(transaction, reason);
  }

  /** Section 13.3.1.4: no ACK within 64*T1: confirm the dialog and end the session with BYE. */
  private void noAckCame(DialogId id, SipResponse answer) {
    dialogs.find(id).ifPresent(d -> {
      sendInDialog(id, Method.BYE, b -> b.header(HeaderName.of("Reason"),
          new Text("SIP;cause=408;text=\"no ACK for the 2xx\"")));
      app.onDialogEnded(d, "no ACK came for the 2xx within 64*T1 (section 13.3.1.4)");
    });
  }

  /** Whether a 2xx this UA sent in {@code dialog} still waits for its ACK. */
  public boolean awaitingAck(DialogId dialog) {
    return answers.isWaitingForAck(dialog);
  }

  /**
   * Section 9.1: the TU gives up on an INVITE that had no final response 64*T1 after its CANCEL:
   * "the client SHOULD then consider the original transaction cancelled and SHOULD destroy the
   * client transaction handling the original request". Its early dialogs end with it. Cancelled,
   * the INVITE is as if its 487 had come, and section 12.3 ends "any early dialogs created through
   * provisional responses to that request" on a non-2xx final response; an early dialog "will only
   * be needed if the UAC needs to send a request to its peer within the dialog before the initial
   * INVITE transaction completes" (13.2.2.1), and that transaction is gone. Left in the table, a
   * dialog no call owns would take requests for ever. A transaction that has its final response
   * is left to its own timers, and so are its dialogs.
   */
  public void abandonInvite(ClientTransaction invite, String why) {
    invite.abandon(why);
    if (invite.isTerminated()) {
      SipRequest request = invite.request();
      dialogs.endEarly(request.callId(), tagOf(request.from()), "the INVITE transaction was"
          + " given up with no final response 64*T1 after its CANCEL: its early dialogs end"
          + " with it, as after a non-2xx final response (sections 9.1 and 12.3)");
    }
  }

  /** Ends a dialog locally without sending anything (the application gave up on it). */
  public void forget(DialogId id, String reason) {
    answers.stop(id);
    acks.remove(id);
    dialogs.find(id).ifPresent(d -> terminate(d, reason));
  }

  public String element() {
    return element;
  }

  /** The timers of this UA, for applications that need their own (answer delay, refresh). */
  public TimerService timers() {
    return timers;
  }
}
