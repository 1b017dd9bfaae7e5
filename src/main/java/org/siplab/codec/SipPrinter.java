package org.siplab.codec;

import java.nio.charset.StandardCharsets;
import org.siplab.message.SipMessage;

/**
 * Prints a message as the bytes of a UDP datagram in canonical form (see {@link
 * SipMessage#appendTo}): long header names, one field a line in the model's order, CRLF line ends,
 * Content-Length computed from the body. A parsed message's original bytes are in {@link
 * SipMessage#wire()}; this always prints from the values.
 */
public final class SipPrinter {

  private SipPrinter() {}

  public static byte[] print(SipMessage message) {
    StringBuilder sb = new StringBuilder(512);
    message.appendTo(sb);
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    int bodyLength = message.bodyLength();
    if (bodyLength == 0) {
      return head;
    }
    byte[] out = new byte[head.length + bodyLength];
    System.arraycopy(head, 0, out, 0, head.length);
    message.copyBodyInto(out, head.length);
    return out;
  }

  /** The printed message as text (body decoded as UTF-8), for traces and explanations. */
  public static String printToString(SipMessage message) {
    return new String(print(message), StandardCharsets.UTF_8);
  }
}
