package org.siplab.transaction;

import java.util.Objects;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * What can happen to a transaction, as the input of its state machine's step function. A client
 * transaction sees {@link ForClient} events, a server transaction {@link ForServer} ones; a timer
 * firing and a transport error happen to both.
 */
public sealed interface TransactionEvent {

  /** An event a client transaction handles. */
  sealed interface ForClient extends TransactionEvent {}

  /** An event a server transaction handles. */
  sealed interface ForServer extends TransactionEvent {}

  /** The transport passed up a response that matched the transaction (section 17.1.3). */
  record ResponseReceived(SipResponse response) implements ForClient {
    public ResponseReceived {
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * The transport passed up a request that matched the transaction (section 17.2.3): a
   * retransmission of the request that created it, or, for an INVITE server transaction, an ACK.
   */
  record RequestReceived(SipRequest request) implements ForServer {
    public RequestReceived {
      Objects.requireNonNull(request, "request");
    }
  }

  /** The TU handed the server transaction a response to send. */
  record ResponseFromTu(SipResponse response) implements ForServer {
    public ResponseFromTu {
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * A timer fired; it carries the duration it was set with, from which a doubling timer (A, E, G)
   * computes its next interval.
   */
  record TimerFired(TimerName timer, long durationUs) implements ForClient, ForServer {
    public TimerFired {
      Objects.requireNonNull(timer, "timer");
    }
  }

  /**
   * The TU gives up on a request that has had no final response: section 9.1, "If there is no
   * final response for the original request in 64*T1 seconds" after its CANCEL, "the client
   * SHOULD then consider the original transaction cancelled and SHOULD destroy the client
   * transaction handling the original request". No figure draws it: in Proceeding no timer of
   * the transaction runs, so without it the transaction would wait for ever.
   */
  record Abandoned(String reason) implements ForClient {
    public Abandoned {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The transport could not send a message the transaction gave it (sections 17.1.4, 17.2.4). */
  record TransportError(String reason) implements ForClient, ForServer {
    public TransportError {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
