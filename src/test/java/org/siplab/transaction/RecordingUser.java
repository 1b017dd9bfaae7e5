package org.siplab.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sim.Scheduler;

/**
 * A transaction user that writes down every call with its virtual time and, for requests, does
 * what the test asks (by default nothing).
 */
final class RecordingUser implements TransactionUser {

  /** One call, at a time in microseconds, with what it brought. */
  record Call(long timeUs, String what, Object message, Transaction transaction) {}

  private final Scheduler scheduler;
  final List<Call> calls = new ArrayList<>();
  /** Off, calls are still acted on but not kept (for runs of a million transactions). */
  boolean recording = true;
  BiConsumer<SipRequest, ServerTransaction> onRequest = (request, transaction) -> {};
  BiConsumer<SipResponse, ClientTransaction> onResponse = (response, transaction) -> {};

  RecordingUser(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction) {
    record("request " + request.method(), request, transaction);
    onRequest.accept(request, transaction);
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction) {
    record("response " + response.status(), response, transaction);
    onResponse.accept(response, transaction);
  }

  @Override
  public void onStrayAck(SipRequest ack) {
    record("stray ACK", ack, null);
  }

  @Override
  public void onStrayResponse(SipResponse response) {
    record("stray response " + response.status(), response, null);
  }

  @Override
  public void onTimeout(Transaction transaction, TimerName timer) {
    record("timeout " + timer.label(), null, transaction);
  }

  @Override
  public void onTransportError(Transaction transaction, String reason) {
    record("transport error", reason, transaction);
  }

  private void record(String what, Object message, Transaction transaction) {
    if (recording) {
        calls.add(new Call(scheduler.nowUs(), what, message, transaction));
    }
  }

  /** The calls as {@code what @ seconds}, such as {@code response 200 @ 0.02}. */
  List<String> timeline() {
    return calls.stream().map(c -> c.what() + " @ " + Rig.seconds(c.timeUs())).toList();
  }

  List<String> whats() {
    return calls.stream().map(Call::what).toList();
  }

  List<SipRequest> requests() {
    return calls.stream().filter(c -> c.what().startsWith("request"))
        .map(c -> (SipRequest) c.message()).toList();
  }
}
