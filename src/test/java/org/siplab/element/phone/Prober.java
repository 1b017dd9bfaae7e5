package org.siplab.element.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.siplab.dialog.Dialog;
import org.siplab.element.UserAgentElement;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/** A user agent for tests that sends whatever request a test makes and keeps the responses. */
final class Prober extends UserAgentElement {

  final List<SipResponse> responses = new ArrayList<>();

  Prober(String name) {
    super(name);
  }

  @Override
  public String kind() {
    return "phone";
  }

  @Override
  protected void started() {}

  /** Sends {@code method} to {@code target}'s endpoint, changed by {@code edit}. */
  void send(Method method, String target, UnaryOperator<SipRequest> edit) {
    SipUri uri = SipUris.require(target, "target");
    SipRequest request = core().newRequest(method, uri,
        NameAddress.of(SipUri.of("probe", "example.net")), NameAddress.of(uri)).build();
    core().send(edit.apply(request));
  }

  /**
   * Sends {@code method} for {@code target} straight to {@code to}, whatever Request-URI {@code
   * edit} gives it (one no element serves, such as a tel URI).
   */
  void sendTo(Endpoint to, Method method, String target, UnaryOperator<SipRequest> edit) {
    SipUri uri = SipUris.require(target, "target");
    SipRequest request = core().newRequest(method, uri,
        NameAddress.of(SipUri.of("probe", "example.net")), NameAddress.of(uri)).build();
    core().send(edit.apply(request), to);
  }

  /**
   * Sends one request {@code copies} times, each copy in its own client transaction with its own
   * branch, as a forking proxy's copies reach a UA by different paths (section 8.2.2.2).
   */
  void sendCopies(Method method, String target, int copies) {
    SipUri uri = SipUris.require(target, "target");
    SipRequest request = core().newRequest(method, uri,
        NameAddress.of(SipUri.of("probe", "example.net")), NameAddress.of(uri)).build();
    for (int i = 0; i < copies; i++) {
      core().send(request);
    }
  }

  /** Sends {@code method} in the prober's one dialog, changed by {@code edit}. */
  void sendInDialog(Method method, Consumer<SipRequest.Builder> edit) {
    core().sendInDialog(core().dialogs().get(0).id(), method, edit);
  }

  /** When true, an INVITE outside a dialog is answered 180 and left ringing, not 405. */
  boolean ringOnInvite;
  /** The last INVITE outside a dialog and the 180 it got, when {@link #ringOnInvite}. */
  SipRequest ringingInvite;
  SipResponse ringing;

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog) {
    if (ringOnInvite && request.method().equals(Method.INVITE) && dialog == null) {
      ringingInvite = request;
      ringing = core().responseTo(transaction, 180).build();
      core().respond(transaction, ringing);
      return;
    }
    core().respond(transaction, core().responseTo(transaction, 405).build());
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    responses.add(response);
  }

  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {}
}
