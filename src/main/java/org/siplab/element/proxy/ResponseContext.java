package org.siplab.element.proxy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.siplab.dialog.Cancels;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;

/**
 * One request being proxied: its server transaction, the targets not yet tried, a {@link Branch}
 * for each copy sent, and the final responses kept (RFC 3261 sections 16.6 to 16.10).
 *
 * <pre>
 *   start: copies to every target (parallel) or to the first (sequential)
 *   1xx (not 100)   forwarded at once, Timer C restarted           (16.7 steps 2, 5)
 *   2xx             forwarded at once, pending branches cancelled   (16.7 steps 5, 10)
 *   3xx-5xx         kept; sequential: next target                   (16.7 step 4)
 *   6xx             kept; pending branches cancelled, no new ones   (16.7 step 5)
 *   timeout         as if 408, not kept; sequential: next target    (16.6 step 7)
 *   all done        the best kept response, or 408 when none        (16.7 step 6)
 *   CANCEL          pending branches cancelled, no new ones         (16.10)
 * </pre>
 *
 * Only the branches of an INVITE are ever cancelled (section 9.1).
 */
final class ResponseContext {

  private final ProxyServices services;
  private final ResponseContexts registry;
  private final ServerTransaction server;
  private final SipRequest request;
  private final boolean invite;
  private final Deque<Target> untried = new ArrayDeque<>();
  private final List<Branch> branches = new ArrayList<>();
  private final List<Kept> finals = new ArrayList<>();
  private boolean finalSent;
  private boolean closed;

  /** A final response stored in the context (section 16.7 step 4), and its branch. */
  private record Kept(SipResponse response, Branch from) {}

  /** {@code request} is the request after section 16.4, the start of every copy. */
  ResponseContext(ProxyServices services, ResponseContexts registry, ServerTransaction server,
      SipRequest request) {
    this.services = services;
    this.registry = registry;
    this.server = server;
    this.request = request;
    this.invite = request.method().equals(Method.INVITE);
  }

  /** Section 16.6: forwards to the targets, highest q first. */
  void start(List<Target> targets) {
    untried.addAll(targets);
    if (targets.size() > 1) {
      services.note("forks", request.method().name() + " to " + targets.size() + " targets, "
          + services.config().forking().key() + " (RFC 3261 section 16.6)");
    }
    if (services.config().forking() == Forking.PARALLEL) {
      while (!untried.isEmpty()) {
        startBranch();
      }
    } else {
      startBranch();
    }
    finishIfDone();
  }

  /** Section 16.6 steps 1 to 11 for the next target. */
  private void startBranch() {
    Target target = untried.poll();
    String branchId = services.branches().forClientTransaction(server.request());
    RequestForwarding.Outcome outcome =
        services.forwarding().copyFor(request, target, branchId, true);
    if (outcome instanceof RequestForwarding.Unroutable unroutable) {
      Branch failed = new Branch(target, null);
      branches.add(failed);
      timedOut(failed, "cannot forward to " + target + ": " + unroutable.why()
          + "; treated as a 408 from that target");
      return;
    }
    RequestForwarding.Copy copy = (RequestForwarding.Copy) outcome;
    Branch branch;
    if (copy.hasOwnVia()) {
      ClientTransaction transaction = services.layer().startClientTransaction(copy.request(),
          copy.destination());
      branch = new Branch(target, transaction);
      registry.branchStarted(transaction, this);
      if (transaction.isTerminated()) {
        // The transport refused the copy before the branch was known (section 16.9).
        branches.add(branch);
        onTransportError(transaction, "the transport refused it");
        return;
      }
    } else {
      services.layer().sendStateless(copy.request(), copy.destination());
      branch = new Branch(target, null);
    }
    branches.add(branch);
    startTimer(branch);
  }

  /**
   * Section 16.6 step 11: "Timer C MUST be set for each client transaction when an INVITE request
   * is proxied". A copy sent without a Via can get no response at all; a timer of 64*T1 (Timer B
   * and F) stands in for its transaction's timeout.
   */
  private void startTimer(Branch branch) {
    if (branch.transaction() == null) {
      long timeoutUs = 64 * services.layer().settings().timers().t1Us();
      branch.timer(services.timers().start(branch.target().toString(), "no Via: no response",
          timeoutUs, () -> timedOut(branch, "the copy to " + branch.target() + " carried no Via"
              + " of this proxy, so no response came back to it within 64*T1")));
    } else if (invite) {
      branch.timer(services.timers().start(branch.transaction().id().toString(), "Timer C",
          services.config().timerCUs(), () -> timerC(branch)));
    }
  }

  /** Section 16.7: a response a branch's client transaction passed up, its own Via on top. */
  void onResponse(ClientTransaction transaction, SipResponse response) {
    Branch branch = branchOf(transaction);
    SipResponse viaRemoved = Upstream.withoutTopVia(response);
    if (response.isProvisional()) {
      provisional(branch, viaRemoved);
    } else if (response.isSuccess()) {
      success(branch, viaRemoved);
    } else {
      failure(branch, viaRemoved);
    }
  }

  private void provisional(Branch branch, SipResponse response) {
    if (branch.isDone()) {
      return;
    }
    branch.provisionalArrived();
    if (invite && response.status() > 100) {
      // Step 2: "if the response is a provisional response with status codes 101 to 199
      // inclusive (i.e., anything but 100), the proxy MUST reset timer C".
      services.timers().cancel(branch.timer());
      startTimer(branch);
    }
    if (branch.cancelWanted() && !branch.cancelSent()) {
      sendCancel(branch);
    }
    if (response.status() > 100 && !finalSent) {
      // Step 5: "Any provisional response other than 100 (Trying)" is forwarded at once; "a
      // stateful proxy MUST NOT forward any 100 (Trying) response".
      services.upstream().forward(server, response, branch.ownVia());
    }
  }

  private void success(Branch branch, SipResponse response) {
    stop(branch);
    if (invite || !finalSent) {
      // Step 5: until a final response is sent "Any 2xx response", and after it "Any 2xx
      // response to an INVITE request", MUST be forwarded immediately.
      services.upstream().forward(server, response, branch.ownVia());
    }
    if (!finalSent) {
      finalSent = true;
      closed = true;
      untried.clear();
      cancelPending("a " + response.status() + " was forwarded (RFC 3261 section 16.7 step 10)");
    }
  }

  private void failure(Branch branch, SipResponse response) {
    if (branch.isDone()) {
      return;
    }
    stop(branch);
    // Step 4: "Final responses received are stored in the response context".
    finals.add(new Kept(response, branch));
    if (response.statusClass() == 6 && !closed) {
      // Step 5: on a 6xx "the stateful proxy SHOULD cancel all client pending transactions ...
      // and it MUST NOT create any new branches in this context."
      closed = true;
      untried.clear();
      cancelPending("a " + response.status() + " arrived (RFC 3261 section 16.7 step 5)");
    }
    tryNextOrFinish();
  }

  /**
   * A branch that ends without a response in the context (section 16.6 step 7, 16.8). Its client
   * transaction, if it still runs (Timer C gave up on it, not Timer B), is terminated: section
   * 16.8 lets the proxy "terminate the client transaction" when Timer C fires, and once the branch
   * counts as a 408 a transaction left alive would go on retransmitting the request, and could
   * pass up a 2xx after the caller was told 408. A response that comes later matches no client
   * transaction. RFC 3261 section 16.7 would forward it statelessly so that "late" 2xx responses
   * get through, but RFC 6026 section 8.9 replaces that with "any element other than a stateless
   * proxy MUST silently discard the response" ({@link StatefulProxy#onStrayResponse}); and here
   * the caller already has this proxy's 408 as the final response to the same request.
   */
  private void timedOut(Branch branch, String why) {
    if (branch.isDone()) {
      return;
    }
    stop(branch);
    services.note("gives up on a branch", why);
    ClientTransaction transaction = branch.transaction();
    if (transaction != null && !transaction.isTerminated()) {
      transaction.abandon("the proxy gave up on the branch, which counts as a 408 (RFC 3261"
          + " section 16.8)");
    }
    tryNextOrFinish();
  }

  /** Timer B or F of a branch: section 16.6 step 7 "acts as if ... returned a 408". */
  void onTimeout(ClientTransaction transaction, TimerName timer) {
    Branch branch = branchOf(transaction);
    timedOut(branch, timer.title() + " fired: no response from " + branch.target()
        + "; treated as a 408 (RFC 3261 section 16.6 step 7)");
  }

  /** Section 16.9: "the proxy MUST behave as if the forwarded request received a 503". */
  void onTransportError(ClientTransaction transaction, String reason) {
    Branch branch = branchOf(transaction);
    services.note("gives up on a branch", "the copy to " + branch.target() + " could not be sent ("
        + reason + "); treated as a 503 (RFC 3261 section 16.9)");
    failure(branch, services.answers().to(request, 503, List.of()));
  }

  /**
   * Section 16.8: "If the client transaction has received a provisional response, the proxy MUST
   * generate a CANCEL request matching that transaction. If the client transaction has not
   * received a provisional response, the proxy MUST behave as if the transaction received a 408".
   * After its CANCEL a branch gets one more Timer C to bring its 487.
   */
  private void timerC(Branch branch) {
    if (branch.hadProvisional() && !branch.cancelSent()) {
      services.note("cancels a branch", "Timer C fired for " + branch.target()
          + " (RFC 3261 section 16.8)");
      sendCancel(branch);
      startTimer(branch);
    } else {
      timedOut(branch, "Timer C fired for " + branch.target() + "; treated as a 408 (RFC 3261"
          + " section 16.8)");
    }
  }

  /**
   * Section 16.10: the proxy "MUST cancel any pending client transactions associated with a
   * response context when it receives a matching CANCEL request".
   */
  void cancelRequested() {
    closed = true;
    untried.clear();
    cancelPending("the caller cancelled the request (RFC 3261 section 16.10)");
    finishIfDone();
  }

  /**
   * Section 16.7 step 10: a CANCEL "for all pending client transactions"; a pending one "has
   * received a provisional response, but no final response ... and has not had an associated
   * CANCEL generated for it". A branch with no provisional response yet gets its CANCEL when one
   * arrives (section 9.1). Only an INVITE's branches are cancelled: section 9.1 says "A CANCEL
   * request SHOULD NOT be sent to cancel a request other than INVITE", since those "are responded
   * to immediately"; the other branches end with their own final response or timeout.
   */
  private void cancelPending(String why) {
    List<String> pending = new ArrayList<>();
    for (Branch branch : branches) {
      if (branch.isDone() || branch.cancelSent() || branch.transaction() == null) {
        continue;
      }
      pending.add(branch.target().toString());
      if (!invite) {
        continue;
      }
      if (branch.hadProvisional()) {
        sendCancel(branch);
      } else {
        branch.wantCancel();
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    if (invite) {
      services.note("cancels pending branches", String.join(", ", pending) + ": " + why);
    } else {
      services.note("leaves pending branches", String.join(", ", pending) + ": " + why
          + ", but a CANCEL is not sent for a " + request.method().name() + " (RFC 3261 section"
          + " 9.1)");
    }
  }

  private void sendCancel(Branch branch) {
    if (!invite) {
      throw new IllegalStateException("a CANCEL for a " + request.method().name() + " branch:"
          + " section 9.1 cancels INVITEs only");
    }
    branch.cancelWasSent();
    // Section 9.1: the CANCEL has the Request-URI, Call-ID, To, From, CSeq number and top Via of
    // the request it cancels, so it goes where that went.
    ClientTransaction cancel = services.layer().startClientTransaction(
        Cancels.cancelOf(branch.transaction().request()), branch.transaction().destination());
    registry.cancelStarted(cancel);
  }

  private void tryNextOrFinish() {
    while (services.config().forking() == Forking.SEQUENTIAL && !closed && !finalSent
        && !untried.isEmpty() && branches.stream().allMatch(Branch::isDone)) {
      services.note("tries the next target", untried.peek() + ": sequential forking goes on after a"
          + " branch ends without a 2xx (RFC 3261 section 16.6)");
      startBranch();
    }
    finishIfDone();
  }

  /**
   * Step 6: "A stateful proxy MUST send a final response to a response context's server
   * transaction if no final responses have been immediately forwarded by the above rules and all
   * client transactions in this response context have been terminated." A branch counts as
   * terminated once it has its final response or has timed out.
   */
  private void finishIfDone() {
    if (finalSent || !untried.isEmpty() || !branches.stream().allMatch(Branch::isDone)) {
      return;
    }
    finalSent = true;
    List<SipResponse> responses = finals.stream().map(Kept::response).toList();
    int best = BestResponse.choose(responses);
    if (best < 0) {
      answerTimeout();
      return;
    }
    SipResponse chosen = responses.get(best);
    if (chosen.status() == 503) {
      // "A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it
      // upstream ... the proxy SHOULD generate a 500 response".
      services.note("answers 500", "the best response is a 503, which a proxy does not forward (RFC"
          + " 3261 section 16.7 step 6)");
      server.respond(services.answers().to(server.request(), 500, List.of()));
      return;
    }
    if (finals.size() > 1) {
      services.note("chooses the best response", chosen.status() + " of " + statuses()
          + " (RFC 3261 section 16.7 step 6)");
    }
    services.upstream().forward(server, BestResponse.withAllChallenges(chosen, responses),
        finals.get(best).from().ownVia());
  }

  /**
   * Step 6: "If there are no final responses in the context, the proxy MUST send a 408". The
   * timeout-480 misbehaviour sends 480 instead, as RFC 3665 section 3.10 draws it.
   */
  private void answerTimeout() {
    if (services.config().misbehaves(Misbehaviour.TIMEOUT_480)) {
      services.note("answers 480", "no final response came on any branch; timeout-480 answers"
          + " 480 where RFC 3261 section 16.7 step 6 requires 408");
      server.respond(services.answers().to(server.request(), 480, List.of()));
      return;
    }
    services.note("answers 408",
        "no final response came on any branch (RFC 3261 section 16.7 step 6)");
    server.respond(services.answers().to(server.request(), 408, List.of()));
  }

  private String statuses() {
    return finals.stream().map(k -> Integer.toString(k.response().status())).toList().toString();
  }

  private void stop(Branch branch) {
    branch.finish();
    if (branch.timer() != null) {
      services.timers().cancel(branch.timer());
    }
  }

  private Branch branchOf(ClientTransaction transaction) {
    for (Branch branch : branches) {
      if (branch.transaction() == transaction) {
        return branch;
      }
    }
    throw new IllegalStateException("no branch of this context has " + transaction);
  }

  /** Whether the server transaction and every branch's transaction have terminated. */
  boolean isFinished() {
    return server.isTerminated() && branches.stream().allMatch(Branch::isTerminated);
  }
}
