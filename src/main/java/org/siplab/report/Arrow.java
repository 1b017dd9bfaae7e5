package org.siplab.report;

import org.siplab.trace.TraceEvent;

/**
 * One datagram in the ladder: its send event, the columns it goes between and what the network
 * did with it.
 *
 * @param row its position from the top, from 0
 * @param transactionColour the palette index of its transaction, or -1 for none
 * @param dialogColour the palette index of its dialog, or -1 for none
 * @param worstFinding the most severe finding on this send ("error", "warning", "info") or null
 */
record Arrow(int row, TraceEvent.Send send, int from, int to, Fate fate, int transactionColour,
    int dialogColour, String worstFinding) {

  /** {@code INVITE} for a request, {@code 180 Ringing} for a response: the arrow's label. */
  String label() {
    String line = send.message() == null ? "" : send.firstLine();
    if (line.startsWith("SIP/")) {
      int space = line.indexOf(' ');
      return space < 0 ? line : line.substring(space + 1);
    }
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }
}
