package org.siplab.element.phone;

import java.util.Optional;
import java.util.function.Consumer;
import org.siplab.dialog.Dialog;
import org.siplab.message.HeaderName;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.transaction.ClientTransaction;

/**
 * A request outside a dialog that stands alone (OPTIONS, MESSAGE): sent to its first hop, sent
 * again with credentials after a 401 or 407 (section 8.1.3.5: same Call-ID, To and From, CSeq one
 * up), sent on to the Contacts of a 3xx as an INVITE is ({@link Redirection}, section 8.1.3.4),
 * and its final response handed to {@code done}.
 */
final class Errand implements ResponseHandler {

  private final PhoneKit kit;
  private final String scope;
  private final Redirection targets;
  private final Consumer<SipResponse> done;
  private SipRequest attempt;
  private ClientTransaction transaction;

  Errand(PhoneKit kit, String scope, SipUri target, Consumer<SipResponse> done) {
    this.kit = kit;
    this.scope = scope;
    this.targets = new Redirection(kit, target);
    this.done = done;
  }

  /** Sends {@code request}, whose Request-URI is the target, to its first hop. */
  void send(SipRequest request) {
    Optional<OutboundRoute.Routed> routed = kit.outbox().route().first(request);
    if (routed.isEmpty()) {
      String failure = "no element serves " + request.requestUri() + " and the phone has no"
          + " outbound proxy";
      // Section 8.1.3.4: "When a failure for a particular contact address is received, the client
      // SHOULD try the next contact address", a target nobody serves as much as one that refuses.
      if (!tryNextTarget(failure)) {
        kit.keyring().forget(scope);
        kit.reporter().note("cannot send", request.method() + ": " + failure);
      }
      return;
    }
    attempt = kit.keyring().sign(scope, routed.get().request());
    transaction = kit.outbox().send(attempt, routed.get().destination(), this);
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction from, Dialog dialog) {
    if (from != transaction || !response.isFinal()) {
      return;
    }
    if (response.status() == 401 || response.status() == 407) {
      Optional<String> cannot = kit.keyring().learn(scope, from.request(), response);
      if (cannot.isEmpty()) {
        send(kit.retryOf(attempt.without(HeaderName.ROUTE)));
        return;
      }
      kit.reporter().note("gives up", attempt.method() + ": " + cannot.get());
      finish(response);
      return;
    }
    if (response.statusClass() == 3) {
      targets.redirected(response);
    }
    kit.keyring().settled(scope);
    // Section 8.1.3.4: a refusal from one target, like a 3xx, makes way for the next, as for an
    // INVITE; the last final response is the errand's answer.
    if (!response.isSuccess() && tryNextTarget(response.status() + " " + response.reason())) {
      return;
    }
    finish(response);
  }

  private void finish(SipResponse response) {
    kit.keyring().forget(scope);
    done.accept(response);
  }

  @Override
  public void onTimeout(ClientTransaction from, String why) {
    if (from != transaction) {
      return;
    }
    String failure = "no answer: " + why;
    if (tryNextTarget(failure)) {
      return;
    }
    kit.keyring().forget(scope);
    kit.reporter().note("no answer", attempt.method() + " to " + attempt.requestUri() + ": "
        + why);
  }

  /** Sends the request on to the next target, if one is left. */
  private boolean tryNextTarget(String failure) {
    Optional<SipRequest> next = targets.next(attempt, failure);
    next.ifPresent(this::send);
    return next.isPresent();
  }
}
