package org.siplab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Deliver;
import org.siplab.trace.TraceEvent.Send;

/**
 * Explains a proxy's copy of a message it received: a request forwarded with its own Via on top,
 * Max-Forwards one less and perhaps a Record-Route (RFC 3261 16.6), or a response forwarded with
 * its own Via taken off (16.7). The original is found by Via, as the proxy itself finds it: the
 * request whose top Via is now second, the response whose Vias below the top are these (or, from
 * a proxy that breaks 16.7 step 3 and keeps its Via, the response whose Vias are these).
 */
final class ProxyForwarding {

  private final TraceIndex index;

  ProxyForwarding(TraceIndex index) {
    this.index = index;
  }

  /** The explanation of a copy, or null when the proxy made {@code o}'s message itself. */
  Explanation explain(Outgoing o) {
    if (o.message() instanceof SipRequest r) {
      Deliver upstream = upstream(o.send(), r);
      return upstream == null ? null : request(o, r, upstream,
          (SipRequest) index.messageOf(upstream));
    }
    SipResponse r = (SipResponse) o.message();
    Deliver downstream = downstream(o.send(), r);
    if (downstream == null) {
      return null;
    }
    SipResponse received = (SipResponse) index.messageOf(downstream);
    boolean kept = received.vias().size() == r.vias().size();
    String vias = kept
        ? ": it leaves its own Via on top, although section 16.7 step 3 says the proxy MUST"
            + " remove it, so the next element finds a top Via that is not its own"
            + Rfc.cite("16.7 step 3", "18.1.2")
        : ": it takes its own Via off the top, and the next Via names where the response goes"
            + Rfc.cite("16.7 steps 3 and 9");
    // 16.7 step 9: the response forwarded is the one received, Call-ID included.
    String callId = Objects.equals(received.callId(), r.callId()) ? ""
        : "; it changes the Call-ID " + received.callId() + " -> " + r.callId() + ", although"
            + " what a proxy forwards is the response it received" + Rfc.cite("16.7 step 9");
    return new Explanation(o.from() + " forwards the " + o.label() + " delivered at seq "
        + downstream.seq() + " back to " + o.to() + o.onUnless(downstream.seq()) + vias + callId
        + ".", Note.PROXY_VERSUS_B2BUA);
  }

  private Explanation request(Outgoing o, SipRequest copy, Deliver upstream, SipRequest original) {
    List<String> changes = new ArrayList<>();
    if (copy.vias().size() > original.vias().size()) {
      changes.add("adds its own Via (branch " + copy.topVia().branch() + ")");
    } else {
      changes.add("adds no Via of its own, which 16.6 step 8 requires");
    }
    changes.add("Max-Forwards " + original.maxForwards() + " -> " + copy.maxForwards());
    if (copy.recordRoutes().size() > original.recordRoutes().size()) {
      changes.add("adds a Record-Route so that later requests of the dialog pass it too");
    }
    if (!Objects.equals(copy.callId(), original.callId())) {
      // 16.6 step 1: the proxy forwards a copy of the request, Call-ID included.
      changes.add("changes the Call-ID " + original.callId() + " -> " + copy.callId()
          + ", although what a proxy forwards is a copy of the request (16.6 step 1)");
    }
    if (!Objects.equals(copy.requestUri(), original.requestUri())) {
      changes.add("Request-URI " + uri(original) + " -> " + uri(copy));
    }
    List<String> consumed = consumedRealms(original, copy);
    if (!consumed.isEmpty()) {
      changes.add("removes the Proxy-Authorization for realm " + String.join(", ", consumed)
          + ": credentials for its own realm end at the proxy, and any for other realms go on"
          + " (22.3)");
    }
    int branches = copies(o.send());
    boolean forks = branches > 1;
    String forking = forks ? " (one of " + branches + " copies: the proxy forks)" : "";
    return new Explanation(o.from() + " forwards the " + o.label() + " delivered at seq "
        + upstream.seq() + " to " + o.to() + forking + o.onUnless(upstream.seq()) + ": it "
        + String.join(", ", changes) + Rfc.cite("16.6") + ".",
        forks ? Note.FORKING : Note.PROXY_VERSUS_B2BUA);
  }

  /** The realms of the Proxy-Authorization values the original has and the copy does not. */
  private static List<String> consumedRealms(SipRequest original, SipRequest copy) {
    List<String> kept = copy.proxyAuthorization().stream().map(c -> c.parameter("realm"))
        .toList();
    return original.proxyAuthorization().stream().map(c -> c.parameter("realm"))
        .filter(realm -> realm != null && !kept.contains(realm)).distinct().toList();
  }

  /** The request the proxy received whose top Via is the copy's second (or same Call-ID, CSeq). */
  private Deliver upstream(Send s, SipRequest copy) {
    Via second = copy.vias().size() >= 2 ? copy.vias().get(1) : null;
    Deliver sameCall = null;
    for (Deliver d : index.deliveredBefore(s.from(), s.seq())) {
      if (index.messageOf(d) instanceof SipRequest r && r.method().equals(copy.method())) {
        if (second != null && r.topVia() != null && TraceIndex.sameBranch(r.topVia(), second)) {
          return d;
        }
        if (sameCall == null && sameCallAndCseq(r, copy) && !isHopByHop(copy)) {
          sameCall = d;
        }
      }
    }
    return sameCall;
  }

  /**
   * CANCEL and the ACK of a failure are made by the proxy itself for each hop (16.10, 17.1.1.3), so
   * only a Via can show that one of them is a copy.
   */
  private static boolean isHopByHop(SipRequest r) {
    String method = r.method().name();
    return method.equals("CANCEL") || method.equals("ACK");
  }

  /** The response the proxy received whose Vias below its top are the copy's Vias. */
  private Deliver downstream(Send s, SipResponse copy) {
    if (copy.status() == 100) {
      return null;
    }
    for (Deliver d : index.deliveredBefore(s.from(), s.seq())) {
      if (index.messageOf(d) instanceof SipResponse r && r.status() == copy.status()
          && (r.vias().size() == copy.vias().size() + 1 && sameBranches(r, copy, 1)
          || r.vias().size() == copy.vias().size() && sameBranches(r, copy, 0))) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether the copy's Vias are the received response's from {@code skip} on: 1 for a proxy that
   * took its Via off (16.7 step 3), 0 for one that kept it.
   */
  private static boolean sameBranches(SipResponse received, SipResponse copy, int skip) {
    for (int i = 0; i < copy.vias().size(); i++) {
      if (!TraceIndex.sameBranch(received.vias().get(i + skip), copy.vias().get(i))) {
        return false;
      }
    }
    return !copy.vias().isEmpty();
  }

  private static boolean sameCallAndCseq(SipMessage a, SipMessage b) {
    return a.callId() != null && a.callId().equals(b.callId()) && Objects.equals(a.cseq(),
        b.cseq());
  }

  /** How many copies of the same request the proxy sent on the same cause (parallel forking). */
  private int copies(Send s) {
    int n = 0;
    for (TraceEvent e : index.effects(s.cause())) {
      if (e instanceof Send other && other.from().equals(s.from()) && !other.isRetransmission()
          && sameMethod(other, s)) {
        n++;
      }
    }
    return Math.max(n, 1);
  }

  private static boolean sameMethod(Send a, Send b) {
    String ma = a.firstLine().split(" ", 2)[0];
    return ma.equals(b.firstLine().split(" ", 2)[0]) && !ma.equals("SIP/2.0");
  }

  private static String uri(SipRequest r) {
    return r.requestUri().text();
  }
}
