package org.siplab.sdp;

import java.util.List;
import java.util.Objects;

/**
 * What one side brings to offer/answer for its audio stream: where it receives RTP, the codecs it
 * supports in order of preference, and the direction it wants.
 */
public record LocalMedia(Connection connection, int port, List<Codec> codecs, Direction direction) {

  public LocalMedia {
    Objects.requireNonNull(connection, "connection");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("a receiving port is 1 to 65535: " + port);
    }
    codecs = List.copyOf(codecs);
    if (codecs.isEmpty()) {
      throw new IllegalArgumentException("a side needs at least one codec");
    }
    Objects.requireNonNull(direction, "direction");
  }

  public LocalMedia withDirection(Direction newDirection) {
    return new LocalMedia(connection, port, codecs, newDirection);
  }

  public LocalMedia withAddress(Connection newConnection, int newPort) {
    return new LocalMedia(newConnection, newPort, codecs, direction);
  }

  /** Whether this side supports the codec (same name in any case, rate and channels). */
  public boolean supports(Codec codec) {
    return codecs.stream().anyMatch(codec::sameAs);
  }
}
