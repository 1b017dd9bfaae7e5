package org.siplab.explain;

/** Wire text for hand-built traces: the lines given, CRLF line ends, an empty body. */
final class Sip {

  private Sip() {}

  static String msg(String... lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append("\r\n");
    }
    return out.append("Content-Length: 0\r\n\r\n").toString();
  }

  /** A request from alice's phone to bob, with the headers every request needs. */
  static String request(String method, String uri, String branch, String cseq, String... more) {
    String[] head = {
        method + " " + uri + " SIP/2.0",
        "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=" + branch,
        "Max-Forwards: 70",
        "From: <sip:alice@atlanta.example.com>;tag=a1",
        "To: <sip:bob@biloxi.example.com>",
        "Call-ID: call-1@192.0.2.1",
        "CSeq: " + cseq};
    return msg(concat(head, more));
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
