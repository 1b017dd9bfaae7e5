package org.siplab.check;

import java.util.HashMap;
import java.util.Map;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * When each datagram reached its receiver. A simulated run records the network's decision for every
 * datagram (deliver or drop), and then only a delivered datagram was received, at its delivery. A
 * trace written by hand or converted from a capture may hold sends only; each send then counts as
 * received at once.
 */
final class Arrivals {

  static final long NEVER = -1;

  private final boolean recorded;
  private final Map<Long, Long> deliveries = new HashMap<>();

  private Arrivals(Trace trace) {
    boolean any = false;
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Deliver d) {
        deliveries.putIfAbsent(d.datagram(), d.seq());
        any = true;
      } else if (e instanceof TraceEvent.Drop) {
        any = true;
      }
    }
    this.recorded = any;
  }

  static Arrivals of(Trace trace) {
    return new Arrivals(trace);
  }

  /** The seq at which the datagram of {@code send} arrived, or {@link #NEVER}. */
  long arrival(TraceEvent.Send send) {
    if (!recorded) {
      return send.seq();
    }
    return deliveries.getOrDefault(send.datagram(), NEVER);
  }
}
