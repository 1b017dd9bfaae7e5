package org.siplab.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What tshark extracted from one frame of the capture: each requested field with all its
 * occurrences, in packet order.
 *
 * @param number the frame number, from 1
 * @param fields field name to occurrences; a field the frame lacks is absent
 */
record WiresharkFrame(int number, Map<String, List<String>> fields) {

  WiresharkFrame {
    fields = Map.copyOf(fields);
  }

  List<String> all(String field) {
    return fields.getOrDefault(field, List.of());
  }

  /**
   * The field's one value, or null when absent. Several occurrences of a field that a message
   * holds once (two Call-IDs, say) come back joined, so that they can never equal siplab's one
   * value by accident.
   */
  String single(String field) {
    List<String> values = all(field);
    return values.isEmpty() ? null : String.join(" | ", values);
  }

  /** Whether Wireshark's SIP dissector took the datagram (frame.protocols ends in "udp:sip..."). */
  boolean dissectedAsSip() {
    return Arrays.asList(String.valueOf(single("frame.protocols")).split(":")).contains("sip");
  }

  /** Whether Wireshark marked the frame malformed (its dissector met bytes it could not read). */
  boolean malformed() {
    return !all("_ws.malformed").isEmpty();
  }

  /** The expert items, each severity paired with its message (tshark lists them side by side). */
  List<WiresharkExpert> expertItems() {
    List<String> levels = all("_ws.expert.severity");
    List<String> messages = all("_ws.expert.message");
    if (levels.size() != messages.size()) {
      throw new AssertionError("frame " + number + ": " + levels.size() + " expert severities but "
          + messages.size() + " messages");
    }
    List<WiresharkExpert> items = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      items.add(new WiresharkExpert(WiresharkExpert.severityName(Long.parseLong(levels.get(i))),
          messages.get(i)));
    }
    return items;
  }
}
