package org.siplab.element.phone;

import java.util.Optional;
import java.util.function.Consumer;
import org.siplab.dialog.Dialog;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;
import org.siplab.transaction.ClientTransaction;

/**
 * A request outside a dialog that stands alone (OPTIONS, MESSAGE): sent to its first hop, sent
 * again with credentials after a 401 or 407 (section 8.1.3.5: same Call-ID, To and From, CSeq one
 * up), and its final response handed to {@code done}.
 */
final class Errand implements ResponseHandler {

  private final PhoneKit kit;
  private final String scope;
  private final Consumer<SipResponse> done;
  private SipRequest attempt;

  Errand(PhoneKit kit, String scope, Consumer<SipResponse> done) {
    this.kit = kit;
    this.scope = scope;
    this.done = done;
  }

  void send(SipRequest request) {
    attempt = kit.keyring().sign(scope, request);
    if (kit.outbox().sendOutside(attempt, this).isEmpty()) {
      kit.keyring().forget(scope);
    }
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    if (!response.isFinal()) {
      return;
    }
    if (response.status() == 401 || response.status() == 407) {
      Optional<String> cannot = kit.keyring().learn(scope, transaction.request(), response);
      if (cannot.isEmpty()) {
        SipRequest retry = attempt.without(HeaderName.ROUTE)
            .with(HeaderName.CSEQ, new CSeq(attempt.cseq().number() + 1, attempt.method()))
            .with(HeaderName.CALL_ID, new Text(kit.misbehaviours().retryCallId(attempt.callId())));
        send(retry.with(HeaderName.FROM, kit.misbehaviours().retryFrom(retry.from())));
        return;
      }
      kit.reporter().note("gives up", attempt.method() + ": " + cannot.get());
    }
    kit.keyring().forget(scope);
    done.accept(response);
  }

  @Override
  public void onTimeout(ClientTransaction transaction, String why) {
    kit.keyring().forget(scope);
    kit.reporter().note("no answer", attempt.method() + " to " + attempt.requestUri() + ": "
        + why);
  }
}
