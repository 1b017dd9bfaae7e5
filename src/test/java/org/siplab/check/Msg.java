package org.siplab.check;

import java.util.List;

/**
 * Writes small SIP messages for hand-made flows: only the headers the rules read, CRLF line ends,
 * no body. Party names stand for their URIs ({@code alice} is {@code <sip:alice@example.com>}).
 */
final class Msg {

  private Msg() {}

  /** {@code SIP/2.0/UDP host.example.com:5060;branch=z9hG4bK<branch>}. */
  static String via(String host, String branch) {
    return "SIP/2.0/UDP " + host + ".example.com:5060;branch=z9hG4bK" + branch;
  }

  /** A request; {@code toTag} may be null. */
  static String request(String method, String target, List<String> vias, int maxForwards,
      String from, String fromTag, String to, String toTag, String callId, long cseq) {
    StringBuilder out = new StringBuilder();
    out.append(method).append(" sip:").append(target).append("@example.com SIP/2.0\r\n");
    vias.forEach(v -> out.append("Via: ").append(v).append("\r\n"));
    out.append("Max-Forwards: ").append(maxForwards).append("\r\n");
    headers(out, from, fromTag, to, toTag, callId, cseq + " " + method);
    return out.append("Content-Length: 0\r\n\r\n").toString();
  }

  /** A response to a request with these headers; {@code toTag} may be null. */
  static String response(String status, List<String> vias, String from, String fromTag,
      String to, String toTag, String callId, String cseq) {
    StringBuilder out = new StringBuilder("SIP/2.0 ").append(status).append("\r\n");
    vias.forEach(v -> out.append("Via: ").append(v).append("\r\n"));
    headers(out, from, fromTag, to, toTag, callId, cseq);
    return out.append("Content-Length: 0\r\n\r\n").toString();
  }

  private static void headers(StringBuilder out, String from, String fromTag, String to,
      String toTag, String callId, String cseq) {
    out.append("From: <sip:").append(from).append("@example.com>;tag=").append(fromTag)
        .append("\r\n");
    out.append("To: <sip:").append(to).append("@example.com>");
    if (toTag != null) {
      out.append(";tag=").append(toTag);
    }
    out.append("\r\nCall-ID: ").append(callId).append("\r\nCSeq: ").append(cseq).append("\r\n");
  }
}
