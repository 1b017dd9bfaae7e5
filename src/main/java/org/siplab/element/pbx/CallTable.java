package org.siplab.element.pbx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The calls in progress, found by the Call-ID of either leg: chan_sip's {@code iflist}, the list
 * of {@code sip_pvt} that {@code find_call} walks comparing {@code p->callid} with the Call-ID of
 * each message ("the unique id that tells each call apart").
 *
 * <p>A Call-ID alone does not always pick one call here: with {@code reuse-call-id} both legs of
 * a call share it, and when the PBX calls itself (an extension that dials its own domain) one
 * leg is the callee's leg of one call and the caller's leg of the next. So {@link #findCall}
 * also takes what else the message tells about its call.
 */
final class CallTable {

  private final List<Call> calls = new ArrayList<>();

  /**
   * chan_sip's {@code find_call}: the call one of whose legs has this Call-ID, and that {@code
   * fits} what else the message says (its transaction, its dialog's tags).
   */
  Optional<Call> findCall(String callId, Predicate<Call> fits) {
    for (Call c : calls) {
      if ((c.callerCallId().equals(callId) || c.calleeCallId().equals(callId)) && fits.test(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** chan_sip's {@code sip_alloc}, which links a new {@code sip_pvt} into {@code iflist}. */
  void add(Call call) {
    calls.add(call);
  }

  /** chan_sip's {@code sip_destroy}. */
  void remove(Call call) {
    calls.remove(call);
  }

  /** Every call in progress, oldest first. */
  List<Call> calls() {
    return List.copyOf(calls);
  }
}
