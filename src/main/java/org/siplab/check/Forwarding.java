package org.siplab.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Tells which messages a proxy forwarded and which it made itself, and links each forwarded message
 * to the one it is a copy of: a forwarded request to the request the proxy received (its
 * "upstream"), a forwarded response to the response the proxy received (its "downstream").
 *
 * <p>A proxy makes some messages itself, hop by hop: its own responses (a 100 Trying, a 407, a 408
 * when its branches time out), a CANCEL for each of its branches and the 200 to a CANCEL it
 * received (section 16.10), and the ACK for a non-2xx response to its own INVITE (section
 * 17.1.1.3). Everything else it sends is a copy of something it received (sections 16.6, 16.7),
 * a CANCEL that matched no response context included: "It MUST statelessly forward the CANCEL
 * request" (section 16.10), with a Via of its own on top of the CANCEL's (16.11), and forwards
 * the responses to it back with that Via taken off. Such a copy is told from the proxy's own
 * CANCEL or 200 by its Via values only: its own CANCEL has the single Via of its INVITE copy
 * (section 9.1), its own 200 the Via values of the CANCEL it received. So is the ACK for a
 * non-2xx that a stateless proxy forwards (section 16.11): it has its INVITE copy's branch, like
 * the proxy's own ACK, but the received ACK's Via below its own, where its own ACK has one Via.
 *
 * <p>A copy is found by its Via values first, which survive a changed Call-ID or CSeq, then by its
 * Call-ID and CSeq, which survive a Via the proxy failed to add or remove, so that each of those
 * mistakes is found by the rule about it and not hidden by the others.
 */
public final class Forwarding {

  private final Sent[] links;

  Forwarding(List<Sent> sends, Hops hops, Predicate<String> isProxy) {
    links = new Sent[sends.size()];
    Map<String, List<Sent>> arrivedAt = new HashMap<>();
    for (Sent s : sends) {
      if (s.arrival() >= 0 && s.message() != null) {
        arrivedAt.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s);
      }
    }
    for (Sent s : sends) {
      if (isProxy.test(s.from()) && !s.isRetransmission()) {
        List<Sent> received = arrivedAt.getOrDefault(s.from(), List.of());
        links[s.index()] = s.isRequest() ? upstream(s, received, hops)
            : s.isResponse() ? downstream(s, received) : null;
      }
    }
  }

  /** The request a proxy received and forwarded as {@code request}, or null. */
  public Sent upstreamOf(Sent request) {
    Sent first = request.original();
    return first.isRequest() ? links[first.index()] : null;
  }

  /** The response a proxy received and forwarded as {@code response}, or null. */
  public Sent downstreamOf(Sent response) {
    Sent first = response.original();
    return first.isResponse() ? links[first.index()] : null;
  }

  /** Whether a proxy sent {@code message} as a copy of one it received. */
  public boolean isForwarded(Sent message) {
    return links[message.original().index()] != null;
  }

  private static Sent upstream(Sent s, List<Sent> received, Hops hops) {
    if (s.isMethod("CANCEL")) {
      return latest(received, s, r -> r.isRequest() && r.isMethod("CANCEL")
          && s.vias().size() >= 2 && r.topVia() != null
          && ViaValues.same(s.vias().get(1), r.topVia()));
    }
    if (s.isMethod("ACK") && hops.inviteOfNonSuccessAck(s) != null) {
      // The ACK a client transaction makes has a single Via, its INVITE's (section 17.1.1.3). A
      // stateless proxy's copy of the ACK it received takes the same branch as its INVITE copy
      // (section 16.11 hashes the received branch, which the ACK shares with its INVITE), and
      // keeps the received ACK's Via below its own: only that tells the copy from its own ACK.
      return latest(received, s, r -> r.isRequest() && r.isMethod("ACK")
          && s.vias().size() >= 2 && r.topVia() != null
          && ViaValues.same(s.vias().get(1), r.topVia()));
    }
    Sent byVia = latest(received, s, r -> r.isRequest() && s.vias().size() >= 2
        && r.topVia() != null && ViaValues.same(s.vias().get(1), r.topVia())
        && Objects.equals(r.method(), s.method()));
    if (byVia != null) {
      return byVia;
    }
    return latest(received, s, r -> r.isRequest() && sameCallAndCseq(r, s));
  }

  private static Sent downstream(Sent s, List<Sent> received) {
    if (s.status() == 100) {
      return null;
    }
    if (s.isMethod("CANCEL")) {
      return latest(received, s, r -> r.isResponse() && r.status() == s.status()
          && r.isMethod("CANCEL") && !r.vias().isEmpty()
          && (ViaValues.sameAfterTop(r.vias(), s.vias()) || ViaValues.same(r.vias(), s.vias())));
    }
    Sent byVia = latest(received, s, r -> r.isResponse() && r.status() == s.status()
        && Objects.equals(r.method(), s.method())
        && (ViaValues.sameAfterTop(r.vias(), s.vias()) || ViaValues.same(r.vias(), s.vias())));
    if (byVia != null) {
      return byVia;
    }
    return latest(received, s, r -> r.isResponse() && r.status() == s.status()
        && sameCallAndCseq(r, s) && Objects.equals(r.toTag(), s.toTag()));
  }

  private static boolean sameCallAndCseq(Sent a, Sent b) {
    return a.callId() != null && a.callId().equals(b.callId()) && a.cseq() != null
        && a.cseq().equals(b.cseq());
  }

  /** The first transmission of the last message that arrived before {@code s} and matches. */
  private static Sent latest(List<Sent> received, Sent s, Predicate<Sent> matches) {
    Sent best = null;
    for (Sent r : received) {
      if (r.arrivedBefore(s.seq()) && matches.test(r)
          && (best == null || r.arrival() > best.arrival())) {
        best = r;
      }
    }
    return best == null ? null : best.original();
  }
}
