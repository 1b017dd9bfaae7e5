package org.siplab.interop;

import java.nio.charset.StandardCharsets;

/**
 * One datagram to show Wireshark: its exact bytes and where it came from, so that a failure names
 * the scenario or corpus file to look at.
 *
 * @param source the scenario file (relative to scenarios/) or corpus file that produced the bytes
 * @param event the send event of the scenario's trace, e.g. "send 12"; empty for a corpus file
 * @param wire the UDP payload, byte for byte as siplab sent it or the corpus holds it
 */
record WiresharkSample(String source, String event, byte[] wire) {

  WiresharkSample {
    wire = wire.clone();
  }

  @Override
  public byte[] wire() {
    return wire.clone();
  }

  String text() {
    return new String(wire, StandardCharsets.UTF_8);
  }

  /** The start line, the way a reader recognises a message in a list of failures. */
  String startLine() {
    String text = text();
    int end = text.indexOf("\r\n");
    return end < 0 ? text : text.substring(0, end);
  }

  @Override
  public String toString() {
    return source + (event.isEmpty() ? "" : " (" + event + ")") + ": " + startLine();
  }
}
