package org.siplab.element.phone;

import java.util.List;
import org.siplab.element.ToUri;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.sdp.Direction;
import org.siplab.sdp.LocalMedia;
import org.siplab.sdp.MediaSession;
import org.siplab.sdp.Offers;
import org.siplab.transaction.ServerTransaction;

/**
 * The requests that stand alone: OPTIONS (RFC 3261 section 11), which asks what a UA supports, and
 * MESSAGE (RFC 3428), which carries a short text; INFO in a call (RFC 6086) is answered here too.
 * The phone sends them and answers them.
 */
final class Messaging {

  private final PhoneKit kit;
  private int errands;

  Messaging(PhoneKit kit) {
    this.kit = kit;
  }

  /** Section 11.1: OPTIONS to {@code target}, which answers as it would an INVITE. */
  void options(SipUri target) {
    SipRequest request = kit.core().newRequest(Method.OPTIONS, target, kit.identity().self(),
        ToUri.of(target))
        .header(HeaderName.ACCEPT, List.of(MediaType.SDP))
        .build();
    new Errand(kit, "options " + ++errands, target, response -> kit.reporter().note("capabilities",
        target + " answered " + response.status() + " " + response.reason() + "; Allow: "
            + response.allow() + ", Accept: " + response.accept().stream()
                .map(MediaType::essence).toList() + ", Supported: " + response.supported()))
        .send(request);
  }

  /** RFC 3428: MESSAGE with {@code text} as text/plain to {@code target}. */
  void message(SipUri target, String text) {
    SipRequest request = kit.core().newRequest(Method.MESSAGE, target, kit.identity().self(),
        ToUri.of(target))
        .body(MediaType.TEXT_PLAIN, text)
        .build();
    new Errand(kit, "message " + ++errands, target, response -> kit.reporter().note("message",
        "the MESSAGE to " + target + " got " + response.status() + " " + response.reason()))
        .send(request);
  }

  /**
   * Section 11.2: "The response code chosen MUST be the same that would have been chosen had the
   * request been an INVITE"; "Allow, Accept, Accept-Encoding, Accept-Language, and Supported
   * header fields SHOULD be present in a 200 (OK) response to an OPTIONS request", and a UAS
   * "SHOULD include a body" describing its media capabilities (application/sdp by default).
   */
  void answerOptions(ServerTransaction transaction, boolean busy) {
    if (busy) {
      kit.respond(transaction, kit.responseTo(transaction, 486).build());
      return;
    }
    MediaSession capabilities = MediaSession.start(new LocalMedia(kit.identity().connection(),
        Identity.RTP_PORT, kit.config().codecs(), Direction.SENDRECV),
        kit.config().aor().user(), "0", 0);
    SipResponse ok = Capabilities.advertise(kit.responseTo(transaction, 200))
        .body(MediaType.SDP, Bodies.bytes(Offers.offer(capabilities.local(),
            capabilities.origin())))
        .build();
    kit.respond(transaction, ok);
  }

  /** RFC 3428 section 7: a MESSAGE the phone accepts gets 200, and the text is shown. */
  void answerMessage(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    kit.reporter().note("message", "from " + request.from().uri() + ": \""
        + request.bodyText() + "\"");
    kit.respond(transaction, kit.responseTo(transaction, 200).build());
  }

  /** INFO in a call: accepted with 200; what it carries is noted. */
  void answerInfo(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    String carries = request.bodyLength() == 0 ? "nothing"
        : request.contentType().essence() + " \""
        + request.bodyText().strip().replace("\r\n", "; ") + "\"";
    kit.reporter().note("info", "INFO in the call carries " + carries);
    kit.respond(transaction, kit.responseTo(transaction, 200).build());
  }
}
