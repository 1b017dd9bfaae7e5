package org.siplab.capture;

import java.util.List;
import java.util.Map;

/**
 * What a capture file held: its UDP datagrams in file order, and how many packets were passed
 * over for each reason (not UDP, an IP fragment, a link type siplab does not read...), in the order
 * the reasons were first met.
 */
public record Capture(List<CapturedDatagram> datagrams, Map<String, Integer> passedOver,
    int packets) {

  public Capture {
    datagrams = List.copyOf(datagrams);
    passedOver = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(passedOver));
  }
}
