package org.siplab.element.proxy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.siplab.message.SipRequest;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;

/**
 * The proxy's response contexts (section 16.6: "a mechanism to maintain the target set as
 * responses are received and associate the responses to each forwarded request with the original
 * request"), found by their server transaction or by a branch's client transaction, and the
 * CANCEL transactions the proxy started itself.
 */
final class ResponseContexts {

  private final ProxyServices services;
  private final Map<ServerTransaction, ResponseContext> byServer = new LinkedHashMap<>();
  private final Map<ClientTransaction, ResponseContext> byBranch = new LinkedHashMap<>();
  private final Set<ClientTransaction> ownCancels = new LinkedHashSet<>();

  ResponseContexts(ProxyServices services) {
    this.services = services;
  }

  /** A new context for a request about to be forwarded (section 16.6). */
  ResponseContext open(ServerTransaction server, SipRequest routed) {
    ResponseContext context = new ResponseContext(services, this, server, routed);
    byServer.put(server, context);
    return context;
  }

  Optional<ResponseContext> of(ServerTransaction server) {
    return Optional.ofNullable(byServer.get(server));
  }

  Optional<ResponseContext> of(ClientTransaction branch) {
    return Optional.ofNullable(byBranch.get(branch));
  }

  /** Whether {@code transaction} is a CANCEL this proxy generated for one of its branches. */
  boolean isOwnCancel(ClientTransaction transaction) {
    return ownCancels.contains(transaction);
  }

  void branchStarted(ClientTransaction branch, ResponseContext context) {
    byBranch.put(branch, context);
  }

  void cancelStarted(ClientTransaction cancel) {
    ownCancels.add(cancel);
  }

  /** How many contexts are kept now. */
  int size() {
    return byServer.size();
  }

  /**
   * Forgets the contexts whose transactions have all terminated. Section 16.7 step 9: "The proxy
   * MUST maintain the response context until all of its associated transactions have been
   * terminated, even after forwarding a final response."
   */
  void forgetFinished() {
    byServer.values().removeIf(ResponseContext::isFinished);
    byBranch.values().removeIf(ResponseContext::isFinished);
    ownCancels.removeIf(ClientTransaction::isTerminated);
  }
}
