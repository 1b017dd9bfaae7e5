package org.siplab.scenario.model;

import java.util.List;

/** The simulated network: the default link behaviour, links that differ, and targeted faults. */
public record NetworkSpec(LinkBehavior defaults, List<LinkSpec> links, List<FaultSpec> faults) {

  public static final NetworkSpec PERFECT = new NetworkSpec(LinkBehavior.PERFECT, List.of(),
      List.of());

  public NetworkSpec {
    links = List.copyOf(links);
    faults = List.copyOf(faults);
  }
}
