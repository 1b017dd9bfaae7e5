package org.siplab.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.UserAgentCore;
import org.siplab.element.UserAgentElement;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A minimal UA for tests: it answers INVITEs with 180 then 200 (or what the test
 * says), and records what its application saw.
 */
public final class TestUa extends UserAgentElement {

  public final String user;
  public final List<String> seen = new ArrayList<>();
  public BiConsumer<SipRequest, ServerTransaction> onInvite = (r, tx) -> {
    core().respond(tx, core().responseTo(tx, 180).build());
    core().respond(tx, core().responseTo(tx, 200).build());
  };
  public Dialog lastDialog;

  public TestUa(String name, String user) {
    super(name);
    this.user = user;
  }

  @Override
  public String kind() {
    return "phone";
  }

  @Override
  protected void started() {
    core().contact(NameAddress.of(SipUri.of(user, context().endpoint().address(),
        context().endpoint().port())));
  }

  public UserAgentCore ua() {
    return core();
  }

  public NameAddress self() {
    return NameAddress.of(SipUri.of(user, "example.com"));
  }

  /** Calls {@code other} directly at its address. */
  public ClientTransaction invite(TestUa other) {
    SipUri target = SipUri.of(other.user, other.context().endpoint().address(),
        other.context().endpoint().port());
    SipRequest invite = core().newRequest(Method.INVITE, target, self(), other.self()).build();
    return core().send(invite, other.context().endpoint());
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog) {
    seen.add("request " + request.method());
    lastDialog = dialog;
    if (request.method().equals(Method.INVITE) && dialog == null) {
      onInvite.accept(request, transaction);
    } else {
      onOther.accept(request, transaction);
    }
  }

  /** What this UA does with any request but an initial INVITE; by default it answers 200. */
  public BiConsumer<SipRequest, ServerTransaction> onOther = (request, transaction) ->
      core().respond(transaction, core().responseTo(transaction, 200).build());

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    seen.add("response " + response.status() + " " + response.cseq().method());
    if (dialog != null) {
      lastDialog = dialog;
    }
  }

  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {
    seen.add("timeout " + timer.label());
  }

  @Override
  public void onDialogEnded(Dialog dialog, String reason) {
    seen.add("ended: " + reason);
  }

  @Override
  public void onCancelled(SipRequest invite) {
    seen.add("cancelled");
  }

  @Override
  public void onAck(SipRequest ack, Dialog dialog) {
    seen.add("ack");
  }
}
