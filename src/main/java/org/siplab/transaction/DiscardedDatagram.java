package org.siplab.transaction;

import java.util.List;
import java.util.Objects;
import org.siplab.codec.Diagnostic;
import org.siplab.message.SipResponse;
import org.siplab.sim.Endpoint;

/**
 * A datagram the transport did not pass up, and what it did instead.
 *
 * @param datagramId the network's id of the datagram, as in its deliver event
 * @param source where it came from
 * @param reason why, in words, with the RFC section
 * @param diagnostics the parser's findings, empty when the message parsed
 * @param answer the 400 Bad Request sent back, or null when the datagram was only dropped
 */
public record DiscardedDatagram(long datagramId, Endpoint source, String reason,
    List<Diagnostic> diagnostics, SipResponse answer) {

  public DiscardedDatagram {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether the transport answered with 400 Bad Request rather than only dropping it. */
  public boolean answered() {
    return answer != null;
  }
}
