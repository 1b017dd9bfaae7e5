package org.siplab.scenario.model;

import java.util.Optional;
import org.siplab.message.CSeq;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * Which SIP messages a fault or a flow step means: a request by method ({@code INVITE}), a response
 * by status ({@code 200}), or a response by status and the method it answers, read from its CSeq
 * ({@code 200 INVITE}, also written {@code 200 to INVITE}).
 *
 * @param status 100-699 for a response; 0 for a request
 * @param method the request's method, or the answered method; empty for any
 */
public record MessagePattern(int status, Optional<String> method) {

  public static MessagePattern request(String method) {
    return new MessagePattern(0, Optional.of(method));
  }

  public static MessagePattern response(int status) {
    return new MessagePattern(status, Optional.empty());
  }

  public static MessagePattern response(int status, String method) {
    return new MessagePattern(status, Optional.of(method));
  }

  public boolean isRequest() {
    return status == 0;
  }

  public boolean matches(SipMessage message) {
    if (message instanceof SipRequest request) {
      return isRequest() && method.orElseThrow().equals(request.method().name());
    }
    SipResponse response = (SipResponse) message;
    if (response.status() != status) {
      return false;
    }
    CSeq cseq = response.cseq();
    return method.isEmpty() || (cseq != null && method.get().equals(cseq.method().name()));
  }

  /** As written in a scenario: {@code INVITE}, {@code 200}, {@code 200 INVITE}. */
  @Override
  public String toString() {
    if (isRequest()) {
      return method.orElseThrow();
    }
    return status + method.map(m -> " " + m).orElse("");
  }
}
