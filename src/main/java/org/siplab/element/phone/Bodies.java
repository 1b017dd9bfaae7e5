package org.siplab.element.phone;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.siplab.message.MediaType;
import org.siplab.message.Parameters;
import org.siplab.message.SipMessage;
import org.siplab.sdp.SdpParseResult;
import org.siplab.sdp.SdpParser;
import org.siplab.sdp.SdpPrinter;
import org.siplab.sdp.SdpProblem;
import org.siplab.sdp.SessionDescription;

/** The bodies a phone reads and writes: SDP (RFC 4566), text, and DTMF in INFO. */
final class Bodies {

  /** DTMF relayed in INFO, as many phones send it (a de facto format without an RFC). */
  static final MediaType DTMF_RELAY = new MediaType("application", "dtmf-relay", Parameters.NONE);

  private Bodies() {}

  /** What a message carries as SDP. */
  sealed interface Sdp permits Sdp.None, Sdp.Valid, Sdp.Broken {
    /** No body, or not an SDP one. */
    record None() implements Sdp {}

    record Valid(SessionDescription description) implements Sdp {}

    /** An SDP body that does not parse; {@code problem} says why. */
    record Broken(String problem) implements Sdp {}
  }

  static Sdp sdpOf(SipMessage message) {
    MediaType type = message.contentType();
    if (message.bodyLength() == 0 || type == null || !type.sameTypeAs(MediaType.SDP)) {
      return new Sdp.None();
    }
    SdpParseResult parsed = SdpParser.parse(message.body());
    if (parsed.description().isPresent()) {
      return new Sdp.Valid(parsed.description().get());
    }
    SdpProblem first = parsed.errors().get(0);
    return new Sdp.Broken("the SDP does not parse: line " + first.line() + ": "
        + first.message());
  }

  /** The SDP description a message carries, if it carries a valid one. */
  static Optional<SessionDescription> descriptionOf(SipMessage message) {
    return sdpOf(message) instanceof Sdp.Valid valid ? Optional.of(valid.description())
        : Optional.empty();
  }

  static byte[] bytes(SessionDescription description) {
    return SdpPrinter.print(description).getBytes(StandardCharsets.UTF_8);
  }
}
