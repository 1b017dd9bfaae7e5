package org.siplab.element.proxy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.element.ElementEvents;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sdp.AddressRewriter;
import org.siplab.sdp.Connection;
import org.siplab.sdp.MediaDescription;
import org.siplab.sdp.SdpParseResult;
import org.siplab.sdp.SdpParser;
import org.siplab.sdp.SdpPrinter;
import org.siplab.sdp.SdpProblem;
import org.siplab.sdp.SessionDescription;

/**
 * The media half of a SIP ALG on a network border (RFC 3665 section 3.5): the media addresses in
 * the SDP of every message it forwards are replaced by its public address, so that both sides send
 * their media to the border, which relays it ("the ALG terminates both media streams and bridges
 * them"). With a port base, every stream also gets a port of the border's own, the same one each
 * time the same address and port come by.
 *
 * <p>This breaks section 16.6 step 1 on purpose ("The proxy MUST NOT add to, modify, or remove
 * the message body"): RFC 3665 calls such a border a back-to-back user agent. The media relay
 * itself is not simulated packet by packet; the trace notes each rewrite, and {@link
 * AlgMediaLegs} reports the two legs it bridges.
 */
final class SipAlg {

  private final String element;
  private final ElementEvents events;
  private final Connection publicConnection;
  private final int portBase;
  private final AlgMediaLegs legs;
  /** "address:port" of a stream as its owner wrote it, to the port the border opened for it. */
  private final Map<String, Integer> openedPorts = new LinkedHashMap<>();

  SipAlg(String element, ElementEvents events, String publicAddress, int portBase,
      AlgMediaLegs legs) {
    this.element = element;
    this.events = events;
    this.legs = legs;
    this.publicConnection = publicAddress.indexOf(':') >= 0 ? Connection.ip6(publicAddress)
        : Connection.ip4(publicAddress);
    this.portBase = portBase;
  }

  SipRequest rewrite(SipRequest request) {
    if (request.method().equals(Method.BYE) && request.callId() != null) {
      legs.ended(request.callId());
    }
    byte[] body = rewrittenBody(request, request.method().name());
    return body == null ? request : request.withBody(body);
  }

  SipResponse rewrite(SipResponse response) {
    byte[] body = rewrittenBody(response, response.status() + " " + response.reason());
    return body == null ? response : response.withBody(body);
  }

  /** The new SDP body, or null when the message has none the ALG can read. */
  private byte[] rewrittenBody(SipMessage message, String label) {
    if (message.bodyLength() == 0 || message.contentType() == null
        || !message.contentType().sameTypeAs(MediaType.SDP)) {
      return null;
    }
    SdpParseResult parsed = SdpParser.parse(message.body());
    if (!parsed.isValid()) {
      SdpProblem first = parsed.errors().get(0);
      events.note(element, "alg", "left the SDP of " + label + " alone: line " + first.line()
          + ": " + first.message() + " (" + first.rfcSection() + ")");
      return null;
    }
    SessionDescription original = parsed.description().orElseThrow();
    Map<Integer, Integer> ports = portsFor(original);
    SessionDescription rewritten = AddressRewriter.rewrite(original, publicConnection,
        port -> ports.getOrDefault(port, port));
    events.note(element, "alg", "rewrote the SDP of " + label + ": " + describe(original,
        rewritten) + " (RFC 3665 section 3.5)");
    if (message.callId() != null) {
      legs.rewritten(message.callId(), original, rewritten);
    }
    return SdpPrinter.print(rewritten).getBytes(StandardCharsets.UTF_8);
  }

  private Map<Integer, Integer> portsFor(SessionDescription description) {
    Map<Integer, Integer> ports = new LinkedHashMap<>();
    if (portBase == 0) {
      return ports;
    }
    for (MediaDescription stream : description.media()) {
      if (stream.port() != 0) {
        String key = addressOf(description, stream) + ":" + stream.port();
        int opened = openedPorts.computeIfAbsent(key, k -> portBase + 2 * openedPorts.size());
        ports.put(stream.port(), opened);
      }
    }
    return ports;
  }

  private static String describe(SessionDescription before, SessionDescription after) {
    List<String> moves = new ArrayList<>();
    for (int i = 0; i < before.media().size(); i++) {
      MediaDescription was = before.media().get(i);
      MediaDescription now = after.media().get(i);
      moves.add(was.media() + " " + addressOf(before, was) + ":" + was.port() + " is now "
          + addressOf(after, now) + ":" + now.port());
    }
    return String.join(", ", moves);
  }

  private static String addressOf(SessionDescription description, MediaDescription stream) {
    return description.connectionOf(stream).map(Connection::address).orElse("(no address)");
  }
}
