package org.siplab.element.proxy;

import org.siplab.dialog.TimerService;
import org.siplab.element.ElementEvents;
import org.siplab.transaction.TransactionLayer;

/** What every part of the proxy core shares, made once when the proxy starts. */
record ProxyServices(
    String name,
    ProxyConfig config,
    TransactionLayer layer,
    TimerService timers,
    ElementEvents events,
    Branches branches,
    RequestForwarding forwarding,
    Upstream upstream,
    OwnResponses answers) {

  /** Reports a decision for the trace. */
  void note(String action, String detail) {
    events.note(name, action, detail);
  }
}
