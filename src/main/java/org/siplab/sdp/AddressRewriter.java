package org.siplab.sdp;

import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Rewrites where media should be sent, as a SIP ALG on a network border does: every c= line
 * (session and media level) gets the border's address, and every port is mapped through the
 * border's port allocator. A session-level c= line is added when a stream has no c= of its own and
 * the session has none either.
 *
 * <p>Left alone: ports of 0, which mark rejected or removed streams (RFC 3264 sections 6 and 8.2)
 * and must stay 0; the o= line, which only identifies the session (RFC 4566 section 5.2), though
 * some ALGs rewrite it too; and addresses inside other attributes (such as a=rtcp of RFC 3605),
 * which this model keeps as text.
 */
public final class AddressRewriter {

  private AddressRewriter() {}

  /**
   * Rewrites the addresses and ports of a description.
   *
   * @param replacement the address media should be sent to from now on
   * @param ports maps each non-zero port to the port the border opens for it (1 to 65535)
   */
  public static SessionDescription rewrite(
      SessionDescription description, Connection replacement, IntUnaryOperator ports) {
    List<MediaDescription> media =
        description.media().stream()
            .map(
                stream ->
                    stream
                        .withConnection(stream.connection().map(old -> replacement))
                        .withPort(mappedPort(stream.port(), ports)))
            .toList();
    // RFC 4566 section 5.7: a stream without its own c= uses the session's, so the session's is
    // rewritten, or added when missing, so that no stream is left without an address.
    boolean someStreamUsesSession =
        description.media().stream().anyMatch(stream -> stream.connection().isEmpty());
    Optional<Connection> session =
        description.connection().isPresent() || someStreamUsesSession
            ? Optional.of(replacement)
            : Optional.empty();
    return description.withConnection(session).withMedia(media);
  }

  private static int mappedPort(int port, IntUnaryOperator ports) {
    if (port == 0) {
      return 0;
    }
    int mapped = ports.applyAsInt(port);
    if (mapped < 1 || mapped > 65535) {
      throw new IllegalArgumentException("the port allocator gave " + mapped + " for " + port);
    }
    return mapped;
  }
}
