package org.siplab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.siplab.testkit.Draw;

/** Damages a trace.json the way a hand edit or another tool might, for robustness properties. */
final class TraceMangling {

  private TraceMangling() {}

  /** The trace with a few of its event fields removed, nulled or given a value of another type. */
  static String mangle(JsonNode root, Draw d) {
    ArrayNode events = (ArrayNode) root.get("events");
    int changes = d.between(1, 4);
    for (int i = 0; i < changes; i++) {
      ObjectNode event = (ObjectNode) events.get(d.between(0, events.size() - 1));
      List<String> names = new ArrayList<>();
      event.fieldNames().forEachRemaining(names::add);
      String name = d.pick(names);
      switch (d.between(0, 3)) {
        case 0 -> event.remove(name);
        case 1 -> event.putNull(name);
        case 2 -> event.put(name, d.between(-5, 50));
        default -> event.put(name, "x" + d.between(0, 9));
      }
    }
    return root.toString();
  }
}
