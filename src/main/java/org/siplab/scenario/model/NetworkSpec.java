package org.siplab.scenario.model;

import java.util.List;

/**
 * The simulated network: the default link behaviour, links that differ, and targeted faults.
 *
 * @param defaultsAt where {@code default:} is written, or null when it is not
 */
public record NetworkSpec(LinkBehavior defaults, List<LinkSpec> links, List<FaultSpec> faults,
    SourcePosition defaultsAt) {

  public static final NetworkSpec PERFECT = new NetworkSpec(LinkBehavior.PERFECT, List.of(),
      List.of(), null);

  public NetworkSpec {
    links = List.copyOf(links);
    faults = List.copyOf(faults);
  }
}
