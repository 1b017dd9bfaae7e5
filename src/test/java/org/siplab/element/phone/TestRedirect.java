package org.siplab.element.phone;

import org.siplab.element.Element;
import org.siplab.element.ElementContext;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.Responses;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/** A redirect server for tests (RFC 3261 section 8.3): every INVITE gets 302 to one Contact. */
final class TestRedirect implements Element {

  private final String name;
  private final SipUri target;
  private ElementContext context;

  TestRedirect(String name, SipUri target) {
    this.name = name;
    this.target = target;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "redirect";
  }

  @Override
  public void start(ElementContext ctx) {
    this.context = ctx;
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction) {
    int status = request.method().equals(Method.INVITE) ? 302 : 405;
    SipResponse r = Responses.to(request, status)
        .with(HeaderName.TO, request.to().withTag(context.ids().tag()));
    transaction.respond(status == 302 ? r.append(HeaderName.CONTACT, NameAddress.of(target)) : r);
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction) {}

  @Override
  public void onStrayAck(SipRequest ack) {}

  @Override
  public void onStrayResponse(SipResponse response) {}

  @Override
  public void onTimeout(Transaction transaction, TimerName timer) {}

  @Override
  public void onTransportError(Transaction transaction, String reason) {}
}
