package org.siplab.codec;

import java.nio.charset.StandardCharsets;
import org.siplab.message.PrintSink;
import org.siplab.message.SipMessage;

/**
 * Prints a message as the bytes of a UDP datagram in canonical form (see {@link
 * SipMessage#appendTo}): long header names, one field a line in the model's order, CRLF line ends,
 * Content-Length computed from the body. A parsed message's original bytes are in {@link
 * SipMessage#wire()}; this always prints from the values.
 */
public final class SipPrinter {

  private SipPrinter() {}

  /** Each thread's sink, reused so that a message costs no array but its own. */
  private static final ThreadLocal<PrintSink> SINKS =
      ThreadLocal.withInitial(() -> new PrintSink(1024));

  /** A sink grown past this by a huge message is not kept for the next one. */
  private static final int LARGEST_KEPT_SINK = 16 * 1024;

  public static byte[] print(SipMessage message) {
    PrintSink sink = SINKS.get();
    sink.reset();
    message.appendTo(sink);
    int bodyLength = message.bodyLength();
    byte[] out = sink.toUtf8(bodyLength);
    message.copyBodyInto(out, out.length - bodyLength);
    if (sink.capacity() > LARGEST_KEPT_SINK) {
      SINKS.remove();
    }
    return out;
  }

  /** The printed message as text (body decoded as UTF-8), for traces and explanations. */
  public static String printToString(SipMessage message) {
    return new String(print(message), StandardCharsets.UTF_8);
  }
}
