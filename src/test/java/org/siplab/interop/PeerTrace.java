package org.siplab.interop;

import java.util.HashSet;
import java.util.Set;
import org.siplab.sim.Endpoint;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * A bridged run's trace with the real peer as an element of its own.
 *
 * <p>The simulated network names a datagram's ends after hosts, one host an address; the siplab
 * element and the real peer share the host 127.0.0.1, so the recorded trace says {@code phone} at
 * both ends of every datagram. The rules pair requests with responses and count CSeqs per sending
 * element, so this copy names each datagram's end by its endpoint instead: the peer's endpoint is
 * the peer. A datagram the peer sent gets no cause either: what made SIPp send is outside the
 * simulation, and the recorder's cause at that moment is only the last event it saw.
 */
final class PeerTrace {

  private final Endpoint peerEndpoint;
  private final String peer;
  private final Set<Long> fromPeer = new HashSet<>();
  private final Set<Long> toPeer = new HashSet<>();

  private PeerTrace(Endpoint peerEndpoint, String peer) {
    this.peerEndpoint = peerEndpoint;
    this.peer = peer;
  }

  /**
   * A copy of {@code trace} in which the datagrams from and to {@code endpoint} name {@code peer}.
   * A perfect link neither duplicates nor delays, so deliveries and drops are all there is to
   * rename besides the sends.
   */
  static Trace of(Trace trace, Endpoint endpoint, String peer, String kind) {
    PeerTrace naming = new PeerTrace(endpoint, peer);
    Trace copy = new Trace(trace.scenario(), trace.seed());
    trace.elements().forEach(copy::addElement);
    copy.addElement(new ElementInfo(peer, kind, endpoint.toString()));
    copy.settings(trace.settings());
    for (TraceEvent event : trace.events()) {
      TraceEvent renamed = naming.rename(event);
      copy.append(seq -> renamed);
    }
    return copy;
  }

  private TraceEvent rename(TraceEvent event) {
    if (event instanceof TraceEvent.Send s) {
      return renameSend(s);
    }
    if (event instanceof TraceEvent.Deliver d) {
      return new TraceEvent.Deliver(d.seq(), d.timeUs(), d.cause(), from(d.datagram(), d.from()),
          to(d.datagram(), d.to()), d.datagram(), d.copy(), d.callId(), d.cseq(),
          d.transaction(), d.dialog());
    }
    if (event instanceof TraceEvent.Drop d) {
      return new TraceEvent.Drop(d.seq(), d.timeUs(), d.cause(), from(d.datagram(), d.from()),
          to(d.datagram(), d.to()), d.datagram(), d.reason(), d.fault(), d.copy(), d.callId(),
          d.cseq(), d.transaction(), d.dialog());
    }
    return event;
  }

  private TraceEvent.Send renameSend(TraceEvent.Send s) {
    boolean sentByPeer = s.fromAddress().equals(peerEndpoint.toString());
    boolean sentToPeer = s.toAddress().equals(peerEndpoint.toString());
    if (sentByPeer) {
      fromPeer.add(s.datagram());
    }
    if (sentToPeer) {
      toPeer.add(s.datagram());
    }
    return new TraceEvent.Send(s.seq(), s.timeUs(), sentByPeer ? TraceEvent.NO_CAUSE : s.cause(),
        sentByPeer ? peer : s.from(), sentToPeer ? peer : s.to(), s.fromAddress(),
        s.toAddress(), s.datagram(), s.message(), s.callId(), s.cseq(), s.transaction(),
        s.dialog(), s.retransmittedBy());
  }

  private String from(long datagram, String host) {
    return fromPeer.contains(datagram) ? peer : host;
  }

  private String to(long datagram, String host) {
    return toPeer.contains(datagram) ? peer : host;
  }
}
