package org.siplab.element;

import org.siplab.dialog.UaApplication;
import org.siplab.dialog.UserAgentCore;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;
import org.siplab.transaction.TransportSettings;

/**
 * An element that is a user agent: its transaction user is a {@link UserAgentCore}, which keeps
 * the rules every UA shares, and the subclass is the application above it (a phone, a PBX leg).
 */
public abstract class UserAgentElement implements Element, UaApplication {

  private final String name;
  private ElementContext context;
  private UserAgentCore core;

  protected UserAgentElement(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  /** A user agent's transport discards a response with more than one Via (section 8.1.3.3). */
  @Override
  public TransportSettings transportSettings(TransportSettings defaults) {
    return defaults.forUserAgent();
  }

  /** Creates the UA core and then calls {@link #started}. */
  @Override
  public final void start(ElementContext ctx) {
    this.context = ctx;
    this.core = new UserAgentCore(name, ctx.transactions(), ctx.timers(), ctx.ids(),
        ctx.resolver(), ctx.dialogObserver());
    core.serve(this);
    started();
  }

  /** Called once the core exists: set the Contact, schedule a registration... */
  protected abstract void started();

  protected final ElementContext context() {
    return context;
  }

  protected final UserAgentCore core() {
    return core;
  }

  @Override
  public final void onRequest(SipRequest request, ServerTransaction transaction) {
    core.onRequest(request, transaction);
  }

  @Override
  public final void onResponse(SipResponse response, ClientTransaction transaction) {
    core.onResponse(response, transaction);
  }

  @Override
  public final void onStrayAck(SipRequest ack) {
    core.onStrayAck(ack);
  }

  @Override
  public final void onStrayResponse(SipResponse response) {
    core.onStrayResponse(response);
  }

  @Override
  public final void onTimeout(Transaction transaction, TimerName timer) {
    core.onTimeout(transaction, timer);
  }

  @Override
  public final void onTransportError(Transaction transaction, String reason) {
    core.onTransportError(transaction, reason);
  }

  @Override
  public final void onTerminated(Transaction transaction) {
    core.onTerminated(transaction);
  }
}
