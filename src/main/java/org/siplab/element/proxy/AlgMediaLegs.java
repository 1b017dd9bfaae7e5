package org.siplab.element.proxy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.siplab.element.ElementEvents;
import org.siplab.sdp.Codec;
import org.siplab.sdp.Connection;
import org.siplab.sdp.MediaDescription;
import org.siplab.sdp.SessionDescription;

/**
 * The two media legs a SIP ALG bridges for a call, for the trace: RFC 3665 section 3.5 draws "RTP
 * Media" between Alice and the ALG and "Both Way RTP Media" between the ALG and Bob. A leg is known
 * when the ALG rewrites one side's SDP; both legs start when the second side's SDP (the answer)
 * passes, and end when a BYE of the call passes. The first audio stream stands for the call.
 */
final class AlgMediaLegs {

  /** One side: its own RTP address, and the border's address it now sends to and gets from. */
  private record Leg(String peer, String peerRtp, String borderRtp, String codec) {}

  private final String element;
  private final ElementEvents events;
  private final Function<String, String> peerAt;
  private final Map<String, List<Leg>> byCall = new LinkedHashMap<>();

  /** {@code peerAt} names the element at an IP address, or gives the address back. */
  AlgMediaLegs(String element, ElementEvents events, Function<String, String> peerAt) {
    this.element = element;
    this.events = events;
    this.peerAt = peerAt;
  }

  /** The SDP of call {@code callId} was rewritten from {@code before} to {@code after}. */
  void rewritten(String callId, SessionDescription before, SessionDescription after) {
    Optional<Leg> leg = legOf(before, after);
    List<Leg> legs = byCall.computeIfAbsent(callId, k -> new ArrayList<>());
    if (leg.isEmpty() || legs.size() == 2
        || legs.stream().anyMatch(l -> l.peerRtp().equals(leg.get().peerRtp()))) {
      return;
    }
    legs.add(leg.get());
    if (legs.size() == 2) {
      String codec = legs.get(1).codec();
      for (Leg l : legs) {
        events.media(element, l.peer(), "start", codec, l.borderRtp(), l.peerRtp());
      }
    }
  }

  /** A BYE of call {@code callId} passed: the relay stops. */
  void ended(String callId) {
    List<Leg> legs = byCall.remove(callId);
    if (legs == null || legs.size() < 2) {
      return;
    }
    for (Leg l : legs) {
      events.media(element, l.peer(), "end", legs.get(1).codec(), l.borderRtp(), l.peerRtp());
    }
  }

  private Optional<Leg> legOf(SessionDescription before, SessionDescription after) {
    for (int i = 0; i < before.media().size(); i++) {
      MediaDescription was = before.media().get(i);
      if (was.media().equals("audio") && !was.isRejected()) {
        String address = before.connectionOf(was).map(Connection::address).orElse("(none)");
        MediaDescription now = after.media().get(i);
        String border = after.connectionOf(now).map(Connection::address).orElse("(none)");
        String codec = was.formats().stream().map(was::codecOf).flatMap(Optional::stream)
            .filter(c -> !c.isTelephoneEvent()).findFirst().map(Codec::toString)
            .orElse("(no codec)");
        return Optional.of(new Leg(peerAt.apply(address), address + ":" + was.port(),
            border + ":" + now.port(), codec));
      }
    }
    return Optional.empty();
  }
}
