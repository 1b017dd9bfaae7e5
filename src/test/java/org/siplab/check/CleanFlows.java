package org.siplab.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The flows every rule must be silent on, and the bases the mutation properties break: the RFC
 * 3665 flows with their published mistakes mended (the ones without mistakes unchanged), and the
 * hand-made legal flows.
 */
final class CleanFlows {

  private static final List<Flow> ALL = build();

  private CleanFlows() {}

  static List<Flow> all() {
    return ALL;
  }

  private static List<Flow> build() {
    List<Flow> out = new ArrayList<>();
    for (String id : Rfc3665Flows.IDS) {
      out.add(Rfc3665Repairs.repaired(id));
    }
    out.add(SyntheticFlows.b2bua());
    out.add(SyntheticFlows.forking());
    out.add(SyntheticFlows.proceedingRetransmissions());
    return Collections.unmodifiableList(out);
  }
}
