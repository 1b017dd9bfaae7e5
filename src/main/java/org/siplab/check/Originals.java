package org.siplab.check;

import java.util.HashMap;
import java.util.Map;
import org.siplab.trace.TraceEvent;

/**
 * Finds the first transmission of each retransmitted message. A retransmission is the same message
 * passed to the transport once more (section 17.1.1.2: "take the message previously sent to the
 * transport layer and pass it to the transport layer once more"), so it goes from the same element
 * to the same receiver. Two signs make one: the same bytes again, or a send the trace marks as
 * retransmitted by a timer, whose first transmission is then found by its transaction (top Via
 * branch and method, and status for a response), so that a retransmission that changed is still
 * recognised, and judged.
 */
final class Originals {

  private record Transaction(String from, String to, String branch, String method, int status) {}

  private record Bytes(String from, String to, String message) {}

  private final Map<Bytes, Sent> byBytes = new HashMap<>();
  private final Map<Transaction, Sent> byTransaction = new HashMap<>();

  /**
   * The first transmission of the message {@code parsed} carries (a Sent not yet linked to its
   * original), or null when this is the first.
   */
  Sent originalOf(TraceEvent.Send send, Sent parsed) {
    if (send.message() != null) {
      Sent same = byBytes.get(new Bytes(send.from(), send.to(), send.message()));
      if (same != null) {
        return same;
      }
    }
    if (send.isRetransmission()) {
      return byTransaction.get(transaction(parsed));
    }
    return null;
  }

  /**
   * Remembers a first transmission. A later first transmission of the same transaction key (a
   * branch wrongly reused) replaces the earlier: a retransmission repeats the latest one.
   */
  void add(Sent first) {
    if (first.event().message() != null) {
      byBytes.putIfAbsent(
          new Bytes(first.from(), first.to(), first.event().message()), first);
    }
    if (first.branch() != null && first.method() != null) {
      byTransaction.put(transaction(first), first);
    }
  }

  private static Transaction transaction(Sent s) {
    return new Transaction(s.from(), s.to(), s.branch(), s.method(), s.status());
  }
}
