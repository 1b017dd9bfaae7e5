package org.siplab.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.RunSettings;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * A trace as the rules see it: every send parsed once, each retransmission linked to its first
 * transmission, each response to its request ({@link Hops}), each proxied message to the one it
 * copies ({@link Forwarding}), and the elements' kinds and the run's timers.
 *
 * <p>Only the trace is read, never the simulator, so that {@code siplab check} judges any
 * trace.json the same way as a run just made. The rules read the wire text, not a send's own
 * callId and cseq fields; a send's transaction field only ties it to the timer events of the same
 * transaction.
 */
public final class TraceView {

  /** Section 17.1.1.2: "The default value for T1 is 500 ms"; for a trace without settings. */
  public static final long DEFAULT_T1_US = 500_000;

  /** Section 17.1.2.2: "The default value of T2 is 4s". */
  public static final long DEFAULT_T2_US = 4_000_000;

  private final Trace trace;
  private final List<Sent> sends;
  private final Map<String, String> kinds = new HashMap<>();
  private final Hops hops;
  private final Forwarding forwarding;

  private TraceView(Trace trace) {
    this.trace = trace;
    for (ElementInfo e : trace.elements()) {
      kinds.put(e.name(), e.kind() == null ? "" : e.kind().toLowerCase(Locale.ROOT));
    }
    this.sends = Collections.unmodifiableList(parseSends(trace));
    this.hops = new Hops(sends);
    this.forwarding = new Forwarding(sends, hops, this::isProxy);
  }

  public static TraceView of(Trace trace) {
    return new TraceView(trace);
  }

  private static List<Sent> parseSends(Trace trace) {
    Arrivals arrivals = Arrivals.of(trace);
    Originals originals = new Originals();
    List<Sent> out = new ArrayList<>();
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send send) {
        byte[] kept = trace.keptBytes(send.datagram());
        ParseResult parse = kept != null ? SipParser.parse(kept) : send.message() == null ? null
            : SipParser.parse(send.message().getBytes(StandardCharsets.UTF_8));
        long arrival = arrivals.arrival(send);
        Sent first = new Sent(out.size(), send, parse, null, arrival);
        Sent original = originals.originalOf(send, first);
        if (original == null) {
          originals.add(first);
          out.add(first);
        } else {
          out.add(new Sent(out.size(), send, parse, original, arrival));
        }
      }
    }
    return out;
  }

  public Trace trace() {
    return trace;
  }

  /** Every send of the trace, in order; retransmissions included. */
  public List<Sent> sends() {
    return sends;
  }

  public Hops hops() {
    return hops;
  }

  public Forwarding forwarding() {
    return forwarding;
  }

  /** The element's kind as the trace lists it (phone, proxy, registrar, redirect, pbx), or "". */
  public String kind(String element) {
    return kinds.getOrDefault(element, "");
  }

  public boolean isProxy(String element) {
    return "proxy".equals(kind(element));
  }

  /** Whether {@code s} was made by its sender, not forwarded by a proxy as a copy. */
  public boolean isOrigin(Sent s) {
    return !forwarding.isForwarded(s);
  }

  /** Whether the sender is a user agent (not a proxy), which makes every message it sends. */
  public boolean isUserAgent(String element) {
    return !isProxy(element);
  }

  /** T1, the round-trip estimate the timers are built from (section 17.1.1.1), in microseconds. */
  public long t1Us() {
    RunSettings s = trace.settings();
    return s != null && s.t1Us() > 0 ? s.t1Us() : DEFAULT_T1_US;
  }

  /** T2, the cap on non-INVITE retransmission intervals (section 17.1.2.2), in microseconds. */
  public long t2Us() {
    RunSettings s = trace.settings();
    return s != null && s.t2Us() > 0 ? s.t2Us() : DEFAULT_T2_US;
  }
}
